/**
 * The manifest checker's interface, loaded when the reader opens a checker (the checker page, or a task's "Check my
 * answer"): a CodeMirror editor with line numbers labelled "Manifest", findings as the reader types (debounced) and on
 * the Check button, listed in a "Results" region with line, path, message and fix, and marked in the editor. The
 * checks run in a Web Worker (client.ts) on the site's own validation pipeline.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { AnswerDifference } from '../validation/answer.ts';
import type { Finding } from '../validation/finding.ts';
import type { AnswerResult, ManifestResult, TextLang } from './check.ts';
import { type Outcome, checkAnswer, checkManifest, warmUp } from './client.ts';
import { keepCheckerOffline } from './offline.ts';
import { type Translate, translator } from './strings.ts';

/** The expected answer of a task: one code block of its solution with `check="…"`. */
export interface AnswerSource {
	solution: string;
	solutionLang: TextLang;
	check: string;
	checkOrdered?: string;
	schema?: string;
}

/** Typing pauses this long before the text is checked. */
const debounceMs = 500;
/** Findings listed at most; the count says how many there are. */
const maxListed = 100;

let uid = 0;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
	el.append(...children);
	return el;
}

// Colours come from the site's theme variables, so both themes keep the contrast of their text colours.
const highlight = HighlightStyle.define([
	{ tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--sl-color-text-accent)' },
	{ tag: [tags.string, tags.special(tags.string), tags.content], color: 'var(--sl-color-white)' },
	{ tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--sl-color-orange-high)' },
	{ tag: [tags.comment, tags.lineComment], color: 'var(--sl-color-gray-2)', fontStyle: 'italic' },
	{ tag: [tags.meta, tags.keyword, tags.labelName, tags.typeName], color: 'var(--sl-color-purple-high)' },
]);

const theme = EditorView.theme({
	'&': { color: 'var(--sl-color-white)', backgroundColor: 'var(--sl-color-bg)', border: '1px solid var(--sl-color-gray-4)', borderRadius: '0.5rem', fontSize: 'var(--sl-text-sm)' },
	'&.cm-focused': { outline: '2px solid var(--sl-color-text-accent)', outlineOffset: '2px' },
	'.cm-scroller': { fontFamily: 'var(--__sl-font-mono, ui-monospace, monospace)', minHeight: '14rem', maxHeight: '32rem', overflow: 'auto', lineHeight: '1.6' },
	'.cm-content': { caretColor: 'var(--sl-color-white)', padding: '0.5rem 0' },
	'.cm-cursor': { borderLeftColor: 'var(--sl-color-white)' },
	'.cm-gutters': { backgroundColor: 'var(--sl-color-gray-6)', color: 'var(--sl-color-gray-2)', borderRight: '1px solid var(--sl-color-gray-5)', borderRadius: '0.5rem 0 0 0.5rem' },
	'.cm-placeholder': { color: 'var(--sl-color-gray-2)' },
	'&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--sl-color-gray-5)' },
});

interface Ui {
	view: EditorView;
	status: HTMLElement;
	verdict: HTMLElement;
	list: HTMLOListElement;
	results: HTMLElement;
	type?: HTMLInputElement;
}

/** Builds the checker inside `host`: label, editor, (type), button, status and results. Ids are made here, so a task copied into another page stays valid. */
function build(host: HTMLElement, t: Translate, options: { heading: 'h2' | 'h4'; types?: string[]; onCheck: () => void; onChange: () => void }): Ui {
	const id = `cks-checker-${++uid}`;
	const label = h('p', { class: 'cks-checker-label', 'aria-hidden': 'true' }, t('cks.checker.editor'));
	const hint = h('p', { class: 'cks-checker-hint' }, t('cks.checker.hint'));
	const editorHost = h('div', { class: 'cks-checker-editor' });
	const button = h('button', { type: 'button', class: 'cks-button cks-checker-run' }, t('cks.checker.check'));
	button.addEventListener('click', options.onCheck);
	const status = h('p', { class: 'cks-checker-status', role: 'status' });
	const verdict = h('p', { class: 'cks-checker-verdict' });
	const list = h('ol', { class: 'cks-checker-findings' });
	const results = h('section', { class: 'cks-checker-results', 'aria-labelledby': `${id}-results` }, h(options.heading, { id: `${id}-results` }, t('cks.checker.results')), verdict, list);
	let type: HTMLInputElement | undefined;
	const parts: Node[] = [label, hint, editorHost];
	if (options.types) {
		type = h('input', { type: 'text', id: `${id}-type`, list: `${id}-types`, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-type-hint` });
		type.addEventListener('input', options.onChange);
		const datalist = h('datalist', { id: `${id}-types` }, ...options.types.map((v) => h('option', { value: v })));
		parts.push(h('div', { class: 'cks-checker-type' }, h('label', { for: `${id}-type` }, t('cks.checker.type')), type, datalist, h('p', { class: 'cks-checker-hint', id: `${id}-type-hint` }, t('cks.checker.type.hint'))));
	}
	parts.push(h('div', { class: 'cks-checker-actions' }, button), status, results);
	host.replaceChildren(...parts);

	// The editor lives in a shadow root: CodeMirror then styles it with constructed style sheets, which the site's
	// CSP (no inline <style>) allows, where in the document it would add <style> elements. ID references do not cross
	// into it, so the editable element is named by aria-label, the same text as the visible label.
	const shadow = editorHost.attachShadow({ mode: 'open' });
	const view = new EditorView({
		parent: shadow,
		root: shadow,
		state: EditorState.create({
			doc: '',
			extensions: [
				lineNumbers(),
				history(),
				drawSelection(),
				indentOnInput(),
				bracketMatching(),
				yaml(),
				syntaxHighlighting(highlight),
				lintGutter(),
				placeholder(t('cks.checker.placeholder')),
				// Tab is left to move the focus out of the editor; YAML is indented with spaces, which Enter keeps.
				keymap.of([...defaultKeymap, ...historyKeymap]),
				EditorState.tabSize.of(2),
				EditorView.contentAttributes.of({ 'aria-label': t('cks.checker.editor'), spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
				EditorView.updateListener.of((update) => update.docChanged && options.onChange()),
				theme,
			],
		}),
	});
	return { view, status, verdict, list, results, type };
}

/** The editor's markers for the findings: each on its line, errors and deprecations apart. */
function diagnostics(view: EditorView, findings: readonly Finding[]): Diagnostic[] {
	const doc = view.state.doc;
	return findings.map((f) => {
		const line = doc.line(Math.min(Math.max(f.line ?? 1, 1), doc.lines));
		return {
			from: line.from,
			to: line.to,
			severity: f.kind === 'deprecated' ? 'warning' : 'error',
			message: [f.path ? `${f.path}: ` : '', f.message, f.fix ? ` — ${f.fix}` : ''].join(''),
		};
	});
}

function findingItem(view: EditorView, f: Finding, t: Translate): HTMLLIElement {
	const item = h('li', { class: `cks-finding${f.kind === 'deprecated' ? ' deprecated' : ''}` });
	if (f.line !== undefined) {
		const jump = h('button', { type: 'button', class: 'cks-finding-line' }, t('cks.checker.line', { line: f.line }));
		jump.addEventListener('click', () => {
			const line = view.state.doc.line(Math.min(f.line!, view.state.doc.lines));
			view.dispatch({ selection: { anchor: line.from, head: line.to }, scrollIntoView: true });
			view.focus();
		});
		item.append(jump, ' ');
	}
	if (f.kind === 'deprecated') item.append(h('span', { class: 'cks-finding-tag' }, t('cks.checker.deprecated')), ' ');
	if (f.path) item.append(h('code', { class: 'cks-finding-path' }, f.path), ' ');
	item.append(h('span', { class: 'cks-finding-message' }, f.message));
	if (f.fix) item.append(' ', h('span', { class: 'cks-finding-fix' }, `${t('cks.checker.fix')}: ${f.fix}`));
	return item;
}

function differenceItem(d: AnswerDifference): HTMLLIElement {
	// A missing document's message names it already; other differences say which document they are in.
	const where = d.kind === 'missing-document' ? [] : [h('span', { class: 'cks-finding-where' }, `${d.where}:`), ' '];
	return h('li', { class: 'cks-finding difference' }, ...where, h('span', { class: 'cks-finding-message' }, d.message));
}

/** The findings a reader should see: the build's advice to add `schema="…"` becomes advice to fill in the type. */
function forReader(findings: readonly Finding[], t: Translate): Finding[] {
	return [...findings]
		.map((f) => (/declares no type/.test(f.message) ? { ...f, message: t('cks.checker.unknown'), fix: t('cks.checker.unknown.fix') } : f))
		.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function kindLabel(result: ManifestResult, t: Translate): string {
	return t('cks.checker.checkedAs', { kind: t(`cks.checker.kind.${result.kind}`), count: result.documents });
}

/** Runs checks as the reader types and on the button, dropping answers to texts that have changed since. */
function controller(ui: Ui, t: Translate, run: (text: string) => Promise<void>) {
	let pending: ReturnType<typeof setTimeout> | undefined;
	return {
		schedule(delay: number) {
			clearTimeout(pending);
			pending = setTimeout(() => void run(ui.view.state.doc.toString()), delay);
		},
		showOutcome(outcome: Outcome<unknown>): boolean {
			if (outcome.status === 'timeout') {
				ui.status.textContent = t('cks.checker.timeout');
			} else if (outcome.status === 'failed') {
				ui.status.textContent = t('cks.checker.failed');
			} else return true;
			ui.verdict.textContent = '';
			ui.list.replaceChildren();
			ui.view.dispatch(setDiagnostics(ui.view.state, []));
			return false;
		},
	};
}

function listFindings(ui: Ui, findings: readonly Finding[], differences: readonly AnswerDifference[], t: Translate) {
	const items = [...findings.slice(0, maxListed).map((f) => findingItem(ui.view, f, t)), ...differences.slice(0, maxListed).map(differenceItem)];
	ui.list.replaceChildren(...items);
	ui.view.dispatch(setDiagnostics(ui.view.state, diagnostics(ui.view, findings)));
}

/** The checker page: any manifest, its kind told from the text or named in the type field. */
export function mountManifestChecker(host: HTMLElement): void {
	const t = translator();
	let generation = 0;
	const types = JSON.parse(host.dataset.types ?? '[]') as string[];
	const ui: Ui = build(host, t, { heading: 'h2', types, onCheck: () => void run(ui.view.state.doc.toString()), onChange: () => control.schedule(debounceMs) });
	const control = controller(ui, t, run);
	async function run(text: string) {
		const g = ++generation;
		if (!text.trim()) {
			ui.status.textContent = t('cks.checker.empty');
			ui.verdict.textContent = '';
			return listFindings(ui, [], [], t);
		}
		ui.results.setAttribute('aria-busy', 'true');
		const outcome = await checkManifest(text, ui.type?.value.trim() || undefined);
		if (g !== generation) return;
		ui.results.removeAttribute('aria-busy');
		if (!control.showOutcome(outcome) || outcome.status !== 'done') return;
		const result = outcome.result;
		const findings = forReader(result.findings, t);
		// JSON that is neither a Kubernetes object nor a file we know is read, but not validated.
		if (!findings.length && (result.kind === 'json' || result.kind === 'other')) findings.push({ line: 1, message: t('cks.checker.unknown'), fix: t('cks.checker.unknown.fix') });
		ui.results.dataset.ms = String(Math.round(outcome.ms));
		ui.results.dataset.kind = result.kind;
		const errors = findings.filter((f) => f.kind !== 'deprecated').length;
		ui.verdict.textContent = findings.length ? t('cks.checker.count', { count: findings.length }) : `${t('cks.checker.clean')} ${kindLabel(result, t)}`;
		ui.status.textContent = ui.verdict.textContent;
		ui.results.dataset.state = errors ? 'errors' : findings.length ? 'warnings' : 'clean';
		listFindings(ui, findings, [], t);
	}
	warmUp();
	ui.status.textContent = t('cks.checker.empty');
	void keepCheckerOffline().then((kept) => kept && host.append(h('p', { class: 'cks-checker-offline' }, t('cks.checker.offline'))));
}

/** A task's "Check my answer": the reader's document must validate and match the solution on the declared paths. */
export function mountAnswerChecker(host: HTMLElement, sources: readonly AnswerSource[]): void {
	const t = translator();
	let generation = 0;
	const ui: Ui = build(host, t, { heading: 'h4', onCheck: () => void run(ui.view.state.doc.toString()), onChange: () => control.schedule(debounceMs) });
	const control = controller(ui, t, run);
	async function run(text: string) {
		const g = ++generation;
		if (!text.trim()) {
			ui.status.textContent = t('cks.answer.empty');
			ui.verdict.textContent = '';
			return listFindings(ui, [], [], t);
		}
		ui.results.setAttribute('aria-busy', 'true');
		const outcomes = await Promise.all(sources.map((s) => checkAnswer({ text, ...s })));
		if (g !== generation) return;
		ui.results.removeAttribute('aria-busy');
		const failed = outcomes.find((o) => o.status !== 'done');
		if (failed && !control.showOutcome(failed)) return;
		const results = outcomes.map((o) => (o as { result: AnswerResult }).result);
		const findings = forReader(results[0]!.findings, t);
		const differences = results.flatMap((r) => r.differences);
		const passed = results.every((r) => r.passed);
		ui.results.dataset.state = passed ? 'passed' : 'failed';
		ui.results.dataset.ms = String(Math.round(Math.max(...outcomes.map((o) => (o as { ms: number }).ms))));
		const problems = findings.filter((f) => f.kind !== 'deprecated').length + differences.length;
		ui.verdict.textContent = passed ? t('cks.answer.passed') : problems ? t('cks.answer.failed', { count: problems }) : t('cks.answer.unreadable');
		ui.status.textContent = ui.verdict.textContent;
		listFindings(ui, findings, differences, t);
	}
	warmUp();
	ui.status.textContent = t('cks.answer.empty');
	ui.view.focus();
	void keepCheckerOffline();
}

/**
 * The search dialog once the reader has asked for it: searches as they type (debounced; an answer to an older query
 * never replaces a newer one), announces the outcome in the status line, lists the results with their sections and
 * excerpts (text, with only the matched words as `<mark>` elements), and moves through them with the arrow keys.
 */
import type { Run } from '../../lib/search/excerpt.ts';
import { messageParts, readStrings } from '../../lib/search/strings.ts';
import { cleanQuery, maxQueryLength } from '../../lib/search/text.ts';
import { type Outcome, type ResultView, type Scope, Searcher, loadPagefind } from './engine.ts';

/** Pause after the last keystroke before searching. */
const debounceMs = 150;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

function excerptElement(runs: readonly Run[]): HTMLElement {
	const excerpt = element('span', 'excerpt');
	for (const run of runs) excerpt.append(run.mark ? element('mark', undefined, run.text) : document.createTextNode(run.text));
	return excerpt;
}

function link(href: string, title: string, runs: readonly Run[] | undefined): HTMLAnchorElement {
	const a = element('a');
	a.href = href;
	a.append(element('span', 'title', title));
	if (runs?.length) a.append(excerptElement(runs));
	return a;
}

export function attachSearch(root: HTMLElement): void {
	const strings = readStrings(root);
	const scope = JSON.parse(root.dataset.scope!) as Scope;
	const lang = root.dataset.lang!;
	const base = root.dataset.base!;
	const dialog = root.querySelector('dialog')!;
	const input = dialog.querySelector('input')!;
	const status = dialog.querySelector<HTMLElement>('.status')!;
	const results = dialog.querySelector<HTMLElement>('.results')!;

	let searcher: Promise<Searcher> | undefined;
	const engine = () => {
		searcher ??= loadPagefind(base).then((api) => new Searcher(api, lang, scope));
		// A failed load is tried again at the next search.
		searcher.catch(() => (searcher = undefined));
		return searcher;
	};
	engine();

	/** Writes a message into the status line, the query isolated in `<bdi>` so its direction cannot reorder the text. */
	const say = (...messages: { template: string; values?: Record<string, string> }[]) => {
		status.replaceChildren();
		messages.forEach(({ template, values = {} }, i) => {
			if (i > 0) status.append(' ');
			for (const part of messageParts(template, values)) status.append(part.slot === 'query' ? element('bdi', undefined, part.text) : part.text);
		});
	};

	const render = (outcome: Outcome) => {
		const count = String(outcome.total);
		const notes: { template: string; values?: Record<string, string> }[] = [];
		if (outcome.empty) notes.push({ template: strings['cks.search.noWords'] });
		else if (outcome.total === 0) notes.push({ template: strings['cks.search.none'], values: { query: outcome.query } });
		else if (!outcome.complete) notes.push({ template: strings[outcome.total === 1 ? 'cks.search.partialOne' : 'cks.search.partial'], values: { count } });
		else notes.push({ template: strings[outcome.total === 1 ? 'cks.search.countOne' : 'cks.search.count'], values: { count, query: outcome.query } });
		if (outcome.total > outcome.results.length && outcome.results.length) notes.push({ template: strings['cks.search.shown'], values: { shown: String(outcome.results.length) } });
		if (outcome.failed) notes.push({ template: strings['cks.search.partlyFailed'] });
		if (outcome.truncated) notes.push({ template: strings['cks.search.truncated'], values: { max: String(maxQueryLength) } });
		say(...notes);

		if (!outcome.results.length) return results.replaceChildren();
		const list = element('ol');
		list.setAttribute('aria-label', strings['cks.search.results']);
		list.append(...outcome.results.map(resultItem));
		results.replaceChildren(list);
	};

	const resultItem = (result: ResultView) => {
		const item = element('li', 'result');
		item.append(link(result.url, result.title, result.sections.length ? undefined : result.excerpt));
		if (result.missing.length) {
			const missing = element('p', 'missing', strings['cks.search.missing']);
			result.missing.forEach((word, i) => missing.append(i ? ' ' : '', element('s', undefined, word)));
			item.append(missing);
		}
		if (result.sections.length) {
			const sections = element('ul');
			for (const section of result.sections) {
				const li = element('li');
				li.append(link(section.url, section.title, section.excerpt));
				sections.append(li);
			}
			item.append(sections);
		}
		return item;
	};

	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const run = async () => {
		const current = ++generation;
		const query = input.value;
		if (!cleanQuery(query).text) {
			status.replaceChildren();
			results.replaceChildren();
			results.setAttribute('aria-busy', 'false');
			return;
		}
		const pending = engine();
		const slow = setTimeout(() => current === generation && say({ template: strings['cks.search.loading'] }), 300);
		try {
			const outcome = await (await pending).search(query);
			if (current !== generation) return;
			render(outcome);
		} catch {
			if (current !== generation) return;
			say({ template: strings['cks.search.error'] });
			results.replaceChildren();
		} finally {
			clearTimeout(slow);
			if (current === generation) results.setAttribute('aria-busy', 'false');
		}
	};

	const schedule = () => {
		// Busy from the keystroke on, so nobody reads the results of the previous query as this one's.
		results.setAttribute('aria-busy', 'true');
		clearTimeout(timer);
		timer = setTimeout(run, debounceMs);
	};

	input.addEventListener('input', schedule);
	// The form-less box: Enter follows the first result.
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !event.isComposing) {
			const first = results.querySelector<HTMLAnchorElement>('a[href]');
			if (first && results.getAttribute('aria-busy') !== 'true') first.click();
		}
	});
	// Arrow keys move between the box and the result links.
	dialog.addEventListener('keydown', (event) => {
		if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.isComposing || event.altKey) return;
		const items: HTMLElement[] = [input, ...results.querySelectorAll<HTMLElement>('a[href]')];
		const index = items.indexOf(document.activeElement as HTMLElement);
		if (index < 0) return;
		const next = items[Math.max(0, Math.min(items.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]!;
		if (next === items[index]) return;
		event.preventDefault();
		next.focus();
	});

	// What the reader typed before this module arrived.
	if (input.value) schedule();
	results.setAttribute('aria-busy', input.value ? 'true' : 'false');
}

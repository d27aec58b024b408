/**
 * The checker's custom elements, small enough for every page that has one: they load the editor and the checks
 * (checker-ui.ts, its worker and the validators) only when the reader opens a checker.
 * - `<cks-manifest-checker>`: the checker page's checker, opened with the page.
 * - `<cks-answer-check>`: a task's "Check my answer" button and the editor it opens before the solution.
 */
import type { AnswerSource } from './checker-ui.ts';

const loadUi = () => import('./checker-ui.ts');

/**
 * The solution blocks with `check="…"` under `root`: their code as the page shows it (the block's lines; the copy
 * button's text when there are none), their paths from the attributes the Expressive Code plugin writes.
 */
export function answerSources(root: ParentNode): AnswerSource[] {
	return [...root.querySelectorAll<HTMLElement>('figure[data-cks-check]')].map((figure) => {
		// An empty line is rendered as a line break of its own.
		const lines = [...figure.querySelectorAll('pre .ec-line')].map((l) => (l.textContent ?? '').replace(/\n$/, ''));
		const copy = figure.querySelector<HTMLElement>('button[data-code]')?.dataset.code;
		const solution = lines.length ? lines.join('\n') : (copy ?? '').replace(/\u007f/g, '\n');
		const { cksCheck, cksCheckOrdered, cksSchema, cksLang } = figure.dataset;
		return { solution, solutionLang: cksLang === 'json' ? 'json' : 'yaml', check: cksCheck!, checkOrdered: cksCheckOrdered, schema: cksSchema };
	});
}

const kept = new WeakMap<Element, AnswerSource[]>();

/** Keeps the expected answers of a task's checkers before its solution is taken out (the mock exam shows no solution, but checks the same way). */
export function keepAnswers(section: ParentNode): void {
	const sources = answerSources(section);
	for (const checker of section.querySelectorAll('cks-answer-check')) kept.set(checker, sources);
}

/** Says so when the checker's code cannot be loaded (offline before it was ever opened); the message is the element's `data-unavailable`. */
function unavailable(host: HTMLElement, text: string): void {
	const message = document.createElement('p');
	message.className = 'cks-checker-unavailable';
	message.setAttribute('role', 'alert');
	message.textContent = text;
	host.replaceChildren(message);
}

class ManifestChecker extends HTMLElement {
	connectedCallback() {
		if (this.dataset.ready !== undefined) return;
		this.dataset.ready = '';
		loadUi().then(
			(ui) => ui.mountManifestChecker(this),
			() => unavailable(this, this.dataset.unavailable!),
		);
	}
}

class AnswerCheck extends HTMLElement {
	connectedCallback() {
		if (this.dataset.ready !== undefined) return;
		this.dataset.ready = '';
		const button = this.querySelector<HTMLButtonElement>('button.answer-open')!;
		const panel = this.querySelector<HTMLElement>('.answer-panel')!;
		panel.id ||= `cks-answer-${Math.random().toString(36).slice(2, 10)}`;
		button.setAttribute('aria-controls', panel.id);
		let mounted = false;
		button.addEventListener('click', () => {
			const open = button.getAttribute('aria-expanded') !== 'true';
			button.setAttribute('aria-expanded', String(open));
			panel.hidden = !open;
			if (!open || mounted) return;
			mounted = true;
			const section = this.closest('section[data-task]') ?? this.parentElement!;
			const sources = kept.get(this) ?? answerSources(section);
			loadUi().then(
				(ui) => ui.mountAnswerChecker(panel, sources),
				() => {
					mounted = false;
					unavailable(panel, this.dataset.unavailable!);
				},
			);
		});
	}
}

if (!customElements.get('cks-manifest-checker')) customElements.define('cks-manifest-checker', ManifestChecker);
if (!customElements.get('cks-answer-check')) customElements.define('cks-answer-check', AnswerCheck);

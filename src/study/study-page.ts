/** The `<cks-study-page>` element: readiness, today's reviews and a review session, past mock exams, export, import and reset. */
import { type Catalog, pageCatalog } from './catalog.ts';
// Tasks brought here keep their "Check my answer" editor.
import '../checker/elements.ts';
import { loadTask } from './load-task.ts';
import { dueTasks } from './schedule.ts';
import { examResult, readiness } from './score.ts';
import { type StudyState, emptyState } from './state.ts';
import { type StorageStatus, loadState, onStateChange, saveState } from './storage.ts';
import { ratedEvent } from './task-rating.ts';
import { type ImportProblem, exportText, importText } from './transfer.ts';
import { type Strings, format, formatDate, h, pageStrings, storageMessage } from './ui.ts';
import './task-rating.ts';

const svg = (tag: string, attrs: Record<string, string | number>) => {
	const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
	for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, String(v));
	return element;
};

class StudyPage extends HTMLElement {
	#catalog!: Catalog;
	#strings!: Strings;
	#lang = document.documentElement.lang;
	#review: string[] = [];
	#reviewIndex = 0;

	connectedCallback() {
		this.#catalog = pageCatalog();
		this.#strings = pageStrings();
		this.#render();
		onStateChange(() => this.#render());
		this.#$('.start-review').addEventListener('click', () => this.#startReview());
		this.#$('.export').addEventListener('click', () => this.#export());
		this.#$<HTMLInputElement>('.import').addEventListener('change', (e) => this.#import(e.target as HTMLInputElement));
		this.#$('.reset').addEventListener('click', () => this.#confirmReset(true));
		this.#$('.reset-no').addEventListener('click', () => this.#confirmReset(false));
		this.#$('.reset-yes').addEventListener('click', () => this.#reset());
		this.addEventListener(ratedEvent, () => this.#nextReview());
	}

	#$<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	#t(key: string, values: Record<string, string | number> = {}): string {
		return format(this.#strings[key] ?? key, values);
	}

	#showStatus(status: StorageStatus) {
		this.#$('.storage-message').textContent = storageMessage(status, this.#strings);
	}

	#render() {
		const { state, status } = loadState();
		this.#showStatus(status);
		this.#renderReadiness(state);
		if (!this.#review.length) this.#renderDue(state);
		this.#renderExams(state);
	}

	#renderReadiness(state: StudyState) {
		const { domains, percent } = readiness(state, this.#catalog);
		this.#$('.readiness-value').textContent = this.#t('cks.study.readiness.value', { percent: Math.round(percent) });
		const chart = this.#$('.readiness-chart svg');
		chart.replaceChildren();
		let x = 0;
		for (const d of this.#catalog.domains) {
			const progress = domains.find((p) => p.id === d.id)!;
			const share = progress.total ? progress.solved / progress.total : 0;
			const title = svg('title', {});
			title.textContent = `${d.name}: ${this.#t('cks.study.solvedCount', { solved: progress.solved, total: progress.total })}`;
			const band = svg('g', { class: 'band' });
			band.append(title, svg('rect', { class: 'track', x, y: 0, width: d.weight - 0.5, height: 40 }), svg('rect', { class: 'solved', x, y: 40 - 40 * share, width: d.weight - 0.5, height: 40 * share }));
			chart.append(band);
			x += d.weight;
		}
		for (const item of this.querySelectorAll<HTMLElement>('.domain-progress li')) {
			const progress = domains.find((p) => p.id === item.dataset.domain)!;
			const bar = item.querySelector<HTMLElement>('[role="progressbar"]')!;
			const text = this.#t('cks.study.solvedCount', { solved: progress.solved, total: progress.total });
			bar.setAttribute('aria-valuemax', String(progress.total));
			bar.setAttribute('aria-valuenow', String(progress.solved));
			bar.setAttribute('aria-valuetext', text);
			bar.querySelector<HTMLElement>('.fill')!.style.width = `${progress.total ? (100 * progress.solved) / progress.total : 0}%`;
			item.querySelector('.count')!.textContent = text;
		}
	}

	#due(state: StudyState) {
		return dueTasks(state, this.#catalog.tasks.map((t) => t.id), new Date());
	}

	#renderDue(state: StudyState) {
		const due = this.#due(state);
		this.#$('.due-summary').textContent = due.length ? this.#t('cks.study.due.count', { count: due.length }) : this.#t('cks.study.due.none');
		this.#$('.due-list').replaceChildren(
			...due.map(({ id }) => {
				const task = this.#catalog.tasks.find((t) => t.id === id)!;
				return h('li', {}, h('a', { href: `${task.href}#${encodeURIComponent(id)}` }, task.title), ` — ${task.pageTitle}`);
			}),
		);
		this.#$('.start-review').hidden = due.length === 0;
	}

	#startReview() {
		this.#review = this.#due(loadState().state).map((d) => d.id);
		this.#reviewIndex = 0;
		this.#$('.start-review').hidden = true;
		this.#$('.due-list').hidden = true;
		this.#$('.review').hidden = false;
		void this.#showReviewTask();
	}

	async #showReviewTask() {
		const host = this.#$('.review-task');
		const progress = this.#$('.review-progress');
		const id = this.#review[this.#reviewIndex];
		if (id === undefined) {
			progress.textContent = this.#t('cks.study.review.done');
			host.replaceChildren();
			this.#review = [];
			this.#$('.due-list').hidden = false;
			this.#$('.hint').hidden = true;
			this.#render();
			return;
		}
		const task = this.#catalog.tasks.find((t) => t.id === id)!;
		progress.textContent = this.#t('cks.study.review.progress', { n: this.#reviewIndex + 1, total: this.#review.length });
		try {
			const section = await loadTask(task.href, id);
			host.replaceChildren(h('p', { class: 'review-page' }, h('a', { href: task.href }, task.pageTitle)), section);
			section.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
			section.querySelector<HTMLElement>('h3')?.focus();
		} catch {
			host.replaceChildren(h('p', { role: 'alert' }, this.#t('cks.study.loadFailed')), h('p', {}, h('a', { href: task.href }, this.#t('cks.study.open'))));
		}
	}

	#nextReview() {
		if (!this.#review.length) return;
		this.#reviewIndex++;
		void this.#showReviewTask();
	}

	#renderExams(state: StudyState) {
		const finished = state.exams.filter((e) => e.endedAt !== undefined).reverse();
		const list = this.#$('.exam-list');
		if (!finished.length) return list.replaceChildren(h('li', {}, this.#t('cks.study.exams.none')));
		list.replaceChildren(
			...finished.slice(0, 10).map((exam) => {
				const result = examResult(state, exam, this.#catalog);
				return h(
					'li',
					{},
					this.#t('cks.study.exams.item', {
						date: formatDate(exam.startedAt, this.#lang),
						percent: Math.round(result.percent),
						verdict: this.#t(result.passed ? 'cks.mock.passed' : 'cks.mock.failed'),
					}),
				);
			}),
		);
	}

	#export() {
		const text = exportText(loadState().state, new Date());
		const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
		const link = h('a', { href: url, download: `cks-notes-progress-${new Date().toISOString().slice(0, 10)}.json` });
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const status = this.#$('.transfer-status');
		const error = this.#$('.transfer-error');
		status.textContent = '';
		error.textContent = '';
		const known = new Set([...this.#catalog.tasks.map((t) => t.id), ...this.#catalog.retired]);
		// A file far larger than any export is refused before it is read.
		const read = file.size > 4 * 1024 * 1024 ? { problem: { kind: 'too-large', bytes: file.size } as ImportProblem } : importText(await file.text(), known);
		if ('problem' in read) {
			error.textContent = this.#importProblem(read.problem);
			return;
		}
		const saved = saveState(read.state);
		if (saved !== 'ok') {
			error.textContent = storageMessage(saved, this.#strings);
			return;
		}
		status.textContent = this.#t('cks.study.import.done', { count: Object.keys(read.state.reviews).length, exams: read.state.exams.length });
		this.#render();
	}

	#importProblem(problem: ImportProblem): string {
		switch (problem.kind) {
			case 'not-json':
				return this.#t('cks.study.import.notJson');
			case 'not-export':
				return this.#t('cks.study.import.notExport');
			case 'newer':
				return this.#t('cks.study.import.newer', { version: problem.version });
			case 'not-state':
				return this.#t('cks.study.import.notState', { detail: problem.detail });
			case 'unknown-tasks':
				return this.#t('cks.study.import.unknownTasks', { ids: problem.ids.slice(0, 5).join(', ') + (problem.ids.length > 5 ? ', …' : '') });
			case 'too-large':
				return this.#t('cks.study.import.tooLarge', { size: `${(problem.bytes / 1024 / 1024).toFixed(1)} MB` });
		}
	}

	#confirmReset(show: boolean) {
		this.#$('.confirm-reset').hidden = !show;
		this.#$(show ? '.reset-no' : '.reset').focus();
	}

	#reset() {
		const saved = saveState(emptyState());
		this.#$('.confirm-reset').hidden = true;
		this.#$('.transfer-status').textContent = saved === 'ok' ? this.#t('cks.study.reset.done') : '';
		this.#$('.transfer-error').textContent = saved === 'ok' ? '' : storageMessage(saved, this.#strings);
		this.#$('.reset').focus();
		this.#render();
	}
}

customElements.define('cks-study-page', StudyPage);

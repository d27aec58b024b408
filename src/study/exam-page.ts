/** The `<cks-mock-exam>` element: draws an exam, runs its countdown from the stored deadline, and scores it from the reader's ratings. */
import { type Catalog, pageCatalog } from './catalog.ts';
import { drawExam } from './draw.ts';
import { finishExam, formatTimeLeft, observeExam, startExam, timeLeft } from './exam-clock.ts';
import { keepAnswers } from '../checker/elements.ts';
import { loadTask } from './load-task.ts';
import { examResult } from './score.ts';
import type { MockExam, StudyState } from './state.ts';
import { type StorageStatus, loadState, onStateChange, updateState } from './storage.ts';
import { type Strings, format, formatDate, h, pageStrings, storageMessage } from './ui.ts';
import './task-rating.ts';

/** How often the running exam's last-seen time is stored (a clock set back is detected against it). */
const persistEveryMs = 5000;

class MockExamPage extends HTMLElement {
	#catalog!: Catalog;
	#strings!: Strings;
	#lang = document.documentElement.lang;
	/** The exam on screen; kept here too, so an exam runs even where storage is refused. */
	#exam: MockExam | undefined;
	#timer: ReturnType<typeof setInterval> | undefined;
	#lastPersist = 0;

	connectedCallback() {
		this.#catalog = pageCatalog();
		this.#strings = pageStrings();
		const { state, status } = loadState();
		this.#showStatus(status);
		this.#$('.start').addEventListener('click', () => this.#start());
		this.#$('.again').addEventListener('click', () => this.#start());
		this.#$('.finish').addEventListener('click', () => this.#confirmFinish(true));
		this.#$('.finish-no').addEventListener('click', () => this.#confirmFinish(false));
		this.#$('.finish-yes').addEventListener('click', () => this.#finish());
		onStateChange(() => this.#refresh());
		const running = state.exams.find((e) => e.endedAt === undefined);
		if (running) this.#resume(running);
		this.#renderPast(state);
	}

	#$<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	#t(key: string, values: Record<string, string | number> = {}): string {
		return format(this.#strings[key] ?? key, values);
	}

	#showStatus(status: StorageStatus) {
		this.#$('.storage-message').textContent = status === 'unavailable' ? this.#t('cks.mock.unavailable') : storageMessage(status, this.#strings);
	}

	/** Stores the exam (replacing its earlier copy) and keeps it on screen. */
	#save(exam: MockExam) {
		this.#exam = exam;
		const { status } = updateState((s) => ({ ...s, exams: [...s.exams.filter((e) => e.startedAt !== exam.startedAt), exam] }));
		this.#showStatus(status);
		this.#lastPersist = Date.now();
	}

	#start() {
		const { state } = loadState();
		const { min, max } = this.#catalog.exam.taskCount;
		const count = min + Math.floor(Math.random() * (max - min + 1));
		const tasks = drawExam(this.#catalog.tasks, this.#catalog.domains, state, count, Math.random);
		// A new exam ends one still running (there is at most one).
		for (const e of state.exams.filter((e) => e.endedAt === undefined)) this.#save(finishExam(e, Date.now()));
		this.#save(startExam(tasks, Date.now(), this.#catalog.exam.durationMinutes));
		this.#resume(this.#exam!);
	}

	#resume(stored: MockExam) {
		const exam = observeExam(stored, Date.now());
		this.#save(exam);
		if (exam.endedAt !== undefined) return this.#showResults(exam, true);
		this.#$('.intro').hidden = true;
		this.#$('.results').hidden = true;
		this.#$('.running').hidden = false;
		this.#renderTasks(exam);
		this.#tick();
		clearInterval(this.#timer);
		this.#timer = setInterval(() => this.#tick(), 1000);
		this.#$('.exam-tasks').focus();
	}

	#tick() {
		if (!this.#exam || this.#exam.endedAt !== undefined) return;
		const now = Date.now();
		const exam = observeExam(this.#exam, now);
		if (exam.endedAt !== undefined) {
			this.#save(exam);
			return this.#showResults(exam, true);
		}
		this.#exam = exam;
		if (now - this.#lastPersist >= persistEveryMs || now < this.#lastPersist) this.#save(exam);
		this.#$('.timer').textContent = formatTimeLeft(timeLeft(exam, now));
	}

	#task(id: string) {
		return this.#catalog.tasks.find((t) => t.id === id);
	}

	#domainName(id: string) {
		return this.#catalog.domains.find((d) => d.id === id)?.name ?? id;
	}

	#renderTasks(exam: MockExam) {
		this.#$('.exam-tasks').replaceChildren(
			...exam.tasks.flatMap((id, i) => {
				const task = this.#task(id);
				if (!task) return [];
				const statement = h('details', { class: 'statement' }, h('summary', {}, this.#t('cks.mock.show')), h('div', { class: 'content' }));
				statement.addEventListener('toggle', () => statement.open && void this.#loadStatement(statement, task.href, id), { once: true });
				const flag = h('button', { type: 'button', class: 'flag', 'aria-pressed': String(exam.flagged.includes(id)) }, this.#t('cks.mock.flag'));
				flag.addEventListener('click', () => this.#toggleFlag(id, flag));
				const notesId = `notes-${i}`;
				const notes = h('textarea', { id: notesId, rows: '2' });
				notes.value = exam.notes[id] ?? '';
				let pending: ReturnType<typeof setTimeout> | undefined;
				notes.addEventListener('input', () => {
					clearTimeout(pending);
					pending = setTimeout(() => this.#saveNotes(id, notes.value), 400);
				});
				return [
					h(
						'li',
						{ 'data-task': id },
						h('h3', {}, task.title, ' ', h('span', { class: 'domain' }, this.#domainName(task.domain))),
						statement,
						h('div', { class: 'task-tools not-content' }, flag, h('label', { for: notesId }, this.#t('cks.mock.notes')), notes),
					),
				];
			}),
		);
	}

	async #loadStatement(host: HTMLDetailsElement, href: string, id: string) {
		const content = host.querySelector('.content')!;
		try {
			const section = await loadTask(href, id);
			// During the exam the task is all there is: no solution, no rating; "Check my answer" keeps what it checks against.
			keepAnswers(section);
			section.querySelectorAll('details.solution, cks-task-rating').forEach((e) => e.remove());
			section.querySelector('.sl-heading-wrapper:has(h3), h3')?.remove();
			content.replaceChildren(section);
		} catch {
			content.replaceChildren(h('p', { role: 'alert' }, this.#t('cks.study.loadFailed')));
		}
	}

	#toggleFlag(id: string, button: HTMLButtonElement) {
		if (!this.#exam) return;
		const flagged = this.#exam.flagged.includes(id) ? this.#exam.flagged.filter((f) => f !== id) : [...this.#exam.flagged, id];
		this.#save({ ...this.#exam, flagged });
		button.setAttribute('aria-pressed', String(flagged.includes(id)));
	}

	#saveNotes(id: string, text: string) {
		if (!this.#exam) return;
		this.#save({ ...this.#exam, notes: { ...this.#exam.notes, [id]: text } });
	}

	#confirmFinish(show: boolean) {
		this.#$('.confirm-finish').hidden = !show;
		this.#$(show ? '.finish-no' : '.finish').focus();
	}

	#finish() {
		if (!this.#exam) return;
		const exam = finishExam(this.#exam, Date.now());
		this.#save(exam);
		this.#showResults(exam, false);
	}

	#showResults(exam: MockExam, timeUp: boolean) {
		clearInterval(this.#timer);
		this.#exam = exam;
		this.#$('.intro').hidden = true;
		this.#$('.running').hidden = true;
		this.#$('.confirm-finish').hidden = true;
		this.#$('.results').hidden = false;
		this.#$('.time-up').textContent = timeUp ? this.#t('cks.mock.timeUp') : '';
		this.#$('.result-tasks').replaceChildren(
			...exam.tasks.flatMap((id) => {
				const task = this.#task(id);
				if (!task) return [];
				const item = h('li', { 'data-task': id }, h('p', { class: 'domain' }, this.#domainName(task.domain), ' · ', h('a', { href: task.href }, task.pageTitle)));
				loadTask(task.href, id).then(
					(section) => {
						if (exam.notes[id]) section.append(h('p', { class: 'own-notes' }, `${this.#t('cks.mock.notes')}: `, exam.notes[id]!));
						item.append(section);
					},
					() => item.append(h('p', { role: 'alert' }, task.title, ': ', this.#t('cks.study.loadFailed'))),
				);
				return [item];
			}),
		);
		this.#renderScore(loadState().state);
		this.#renderPast(loadState().state);
		this.#$('#results').focus();
	}

	/** The score of the exam on screen, again after every rating. */
	#refresh() {
		const { state } = loadState();
		if (this.#exam?.endedAt !== undefined && !this.#$('.results').hidden) this.#renderScore(state);
		this.#renderPast(state);
	}

	#renderScore(state: StudyState) {
		if (!this.#exam) return;
		const exam = state.exams.find((e) => e.startedAt === this.#exam!.startedAt) ?? this.#exam;
		const result = examResult(state, exam, this.#catalog);
		const verdict = this.#t(result.passed ? 'cks.mock.passed' : 'cks.mock.failed');
		this.#$('.score').textContent = `${this.#t('cks.mock.score', { percent: Math.round(result.percent), pass: this.#catalog.exam.passingScorePercent })} — ${verdict}`;
		const unrated = exam.tasks.length - exam.tasks.filter((id) => state.reviews[id]?.some((r) => r.at >= exam.endedAt!)).length;
		this.#$('.incomplete').textContent = unrated ? this.#t('cks.mock.incomplete', { count: unrated }) : '';
		this.#$('.domain-scores').replaceChildren(
			...result.domains.map((d) => h('li', {}, `${this.#domainName(d.id)}: `, this.#t('cks.mock.domainRow', { percent: Math.round(d.percent), tasks: d.tasks }))),
		);
	}

	#renderPast(state: StudyState) {
		const finished = state.exams.filter((e) => e.endedAt !== undefined).reverse();
		this.#$('.past').hidden = finished.length === 0;
		this.#$('.past-list').replaceChildren(
			...finished.map((exam) => {
				const result = examResult(state, exam, this.#catalog);
				const show = h('button', { type: 'button', class: 'show-result' }, this.#t('cks.mock.results'));
				show.addEventListener('click', () => this.#showResults(exam, false));
				return h(
					'li',
					{},
					this.#t('cks.study.exams.item', {
						date: formatDate(exam.startedAt, this.#lang),
						percent: Math.round(result.percent),
						verdict: this.#t(result.passed ? 'cks.mock.passed' : 'cks.mock.failed'),
					}),
					' ',
					show,
				);
			}),
		);
	}
}

customElements.define('cks-mock-exam', MockExamPage);

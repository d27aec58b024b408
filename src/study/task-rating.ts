/** The `<cks-task-rating>` element: shows a task's latest rating as the pressed button and records a new one on click. */
import { type Rating, latestRating, withReview } from './state.ts';
import { loadState, onStateChange, updateState } from './storage.ts';

/** Fired (bubbling) when the reader rates a task, with the task id and rating as detail. */
export const ratedEvent = 'cks-task-rated';

class TaskRating extends HTMLElement {
	connectedCallback() {
		if (this.dataset.ready !== undefined) return;
		this.dataset.ready = '';
		const task = this.dataset.task!;
		const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-rating]')];
		const message = this.querySelector<HTMLElement>('.message')!;
		const show = (rating: Rating | undefined) => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.rating === rating)));
		show(latestRating(loadState().state, task)?.rating);
		onStateChange(() => show(latestRating(loadState().state, task)?.rating));
		for (const button of buttons) {
			button.addEventListener('click', () => {
				const rating = button.dataset.rating as Rating;
				const { status } = updateState((s) => withReview(s, task, { rating, at: Date.now() }));
				show(rating);
				message.textContent = status === 'unavailable' ? message.dataset.unavailable! : status === 'newer' ? message.dataset.newer! : '';
				this.dispatchEvent(new CustomEvent(ratedEvent, { bubbles: true, detail: { task, rating } }));
			});
		}
	}
}

if (!customElements.get('cks-task-rating')) customElements.define('cks-task-rating', TaskRating);

/** When each practice task is due for review: the FSRS scheduler (ts-fsrs) replayed over the task's ratings. */
import { type Card, type Grade, Rating as Grades, createEmptyCard, fsrs } from 'ts-fsrs';
import type { Rating, Review, StudyState } from './state.ts';

// Practice tasks take minutes, not seconds: no same-day learning steps, and no fuzz, so a schedule can be reproduced.
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

const grades: Record<Rating, Grade> = { solved: Grades.Good, shaky: Grades.Hard, missed: Grades.Again };

/** The FSRS card of a task after its ratings, oldest first; undefined for a task never rated. */
export function cardAfter(reviews: readonly Review[]): Card | undefined {
	if (!reviews.length) return undefined;
	let card = createEmptyCard(new Date(reviews[0]!.at));
	for (const review of reviews) card = scheduler.next(card, new Date(review.at), grades[review.rating]).card;
	return card;
}

/** When a task is next due, or undefined for a task never rated. */
export function dueDate(reviews: readonly Review[]): Date | undefined {
	return cardAfter(reviews)?.due;
}

/** The end of the reader's local day that contains `now`: a task due before it is due today. */
export function endOfDay(now: Date): Date {
	const end = new Date(now);
	end.setHours(23, 59, 59, 999);
	return end;
}

export interface DueTask {
	id: string;
	due: Date;
}

/** The rated tasks among `taskIds` that are due by the end of today, most overdue first. */
export function dueTasks(state: StudyState, taskIds: Iterable<string>, now: Date): DueTask[] {
	const limit = endOfDay(now).getTime();
	const due: DueTask[] = [];
	for (const id of taskIds) {
		const date = dueDate(state.reviews[id] ?? []);
		if (date && date.getTime() <= limit) due.push({ id, due: date });
	}
	return due.sort((a, b) => a.due.getTime() - b.due.getTime() || a.id.localeCompare(b.id));
}

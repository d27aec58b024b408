/** What a reader's study progress is made of, its schema version, and how older stored forms are read into the current one. */

/** A reader's own verdict on a practice task. */
export type Rating = 'solved' | 'shaky' | 'missed';
export const ratings: readonly Rating[] = ['solved', 'shaky', 'missed'];

/** One rating of a task at a moment (ms since the epoch). */
export interface Review {
	rating: Rating;
	at: number;
}

/** The current schema: every rating of every task, oldest first. The schedule is derived from them, never stored. */
export interface StudyState {
	version: typeof stateVersion;
	reviews: Record<string, Review[]>;
}

export const stateVersion = 1;

/** Why a stored or imported value is not a study state. */
export type StateProblem =
	| { kind: 'not-json' }
	| { kind: 'not-state'; detail: string }
	| { kind: 'newer'; version: number };

export function emptyState(): StudyState {
	return { version: stateVersion, reviews: {} };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function reviewsProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return '"reviews" must be an object of task ids';
	for (const [id, list] of Object.entries(value)) {
		if (!Array.isArray(list)) return `the reviews of "${id}" must be a list`;
		for (const r of list) {
			if (!isRecord(r) || !ratings.includes(r.rating as Rating) || typeof r.at !== 'number' || !Number.isFinite(r.at)) {
				return `a review of "${id}" is not {rating: ${ratings.join('|')}, at: <time>}`;
			}
		}
	}
	return undefined;
}

/** Reads a parsed value as the current study state, migrating older versions; never drops what it cannot read. */
export function readState(value: unknown): { state: StudyState } | { problem: StateProblem } {
	if (!isRecord(value) || typeof value.version !== 'number') return { problem: { kind: 'not-state', detail: 'no "version" field' } };
	if (value.version > stateVersion) return { problem: { kind: 'newer', version: value.version } };
	if (value.version !== stateVersion) return { problem: { kind: 'not-state', detail: `unknown version ${value.version}` } };
	const detail = reviewsProblem(value.reviews);
	if (detail) return { problem: { kind: 'not-state', detail } };
	const reviews: Record<string, Review[]> = {};
	for (const [id, list] of Object.entries(value.reviews as Record<string, Review[]>)) {
		reviews[id] = list.map(({ rating, at }) => ({ rating, at })).sort((a, b) => a.at - b.at);
	}
	return { state: { version: stateVersion, reviews } };
}

/** Parses stored or imported text as a study state. */
export function parseState(text: string): { state: StudyState } | { problem: StateProblem } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { problem: { kind: 'not-json' } };
	}
	return readState(value);
}

/** The latest rating of a task, if it was ever rated. */
export function latestRating(state: StudyState, taskId: string): Review | undefined {
	return state.reviews[taskId]?.at(-1);
}

/** The state with one more rating of a task. */
export function withReview(state: StudyState, taskId: string, review: Review): StudyState {
	return { ...state, reviews: { ...state.reviews, [taskId]: [...(state.reviews[taskId] ?? []), review] } };
}

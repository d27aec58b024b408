/** What a reader's study progress is made of, its schema version, and how older stored forms are read into the current one. */

/** A reader's own verdict on a practice task. */
export type Rating = 'solved' | 'shaky' | 'missed';
export const ratings: readonly Rating[] = ['solved', 'shaky', 'missed'];

/** One rating of a task at a moment (ms since the epoch). */
export interface Review {
	rating: Rating;
	at: number;
}

/** A timed mock exam, running or finished. Its results are the first ratings of its tasks after it ended. */
export interface MockExam {
	/** When it started (ms since the epoch); also its id. */
	startedAt: number;
	/** When it ends by itself. The deadline is stored, not the time left, so a reload or a closed tab does not stop the clock. */
	deadline: number;
	/** The latest moment the exam was seen running: a clock set back before it moves the deadline back too. */
	lastSeen: number;
	/** When it ended (at the deadline or when the reader finished early). */
	endedAt?: number;
	/** Task ids in the order they were drawn. */
	tasks: string[];
	flagged: string[];
	notes: Record<string, string>;
}

/** The current schema (version 2): every rating of every task, oldest first, and the mock exams. The schedule is derived from the ratings, never stored. */
export interface StudyState {
	version: typeof stateVersion;
	reviews: Record<string, Review[]>;
	/** Mock exams, oldest first; at most one without `endedAt`. */
	exams: MockExam[];
}

export const stateVersion = 2;

/** Why a stored or imported value is not a study state. */
export type StateProblem = { kind: 'not-json' } | { kind: 'not-state'; detail: string } | { kind: 'newer'; version: number };

export function emptyState(): StudyState {
	return { version: stateVersion, reviews: {}, exams: [] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function reviewsProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return '"reviews" must be an object of task ids';
	for (const [id, list] of Object.entries(value)) {
		if (!Array.isArray(list)) return `the reviews of "${id}" must be a list`;
		for (const r of list) {
			if (!isRecord(r) || !ratings.includes(r.rating as Rating) || !isTime(r.at)) return `a review of "${id}" is not {rating: ${ratings.join('|')}, at: <time>}`;
		}
	}
	return undefined;
}

function examsProblem(value: unknown): string | undefined {
	if (!Array.isArray(value)) return '"exams" must be a list';
	for (const [i, e] of value.entries()) {
		const ok =
			isRecord(e) &&
			isTime(e.startedAt) &&
			isTime(e.deadline) &&
			isTime(e.lastSeen) &&
			(e.endedAt === undefined || isTime(e.endedAt)) &&
			isStringList(e.tasks) &&
			isStringList(e.flagged) &&
			isRecord(e.notes) &&
			Object.values(e.notes).every((n) => typeof n === 'string');
		if (!ok) return `exam ${i + 1} is not a mock exam record`;
	}
	if (value.filter((e: MockExam) => e.endedAt === undefined).length > 1) return 'more than one mock exam is running';
	return undefined;
}

/** Version 1 had only the ratings. */
function fromVersion1(value: Record<string, unknown>): Record<string, unknown> {
	return { ...value, version: 2, exams: [] };
}

/** Each older version's step to the next one; a stored state walks them all, so nothing a reader stored is dropped. */
const migrations: Record<number, (value: Record<string, unknown>) => Record<string, unknown>> = { 1: fromVersion1 };

/** Reads a parsed value as the current study state, migrating older versions; never drops what it cannot read. */
export function readState(input: unknown): { state: StudyState } | { problem: StateProblem } {
	if (!isRecord(input) || typeof input.version !== 'number') return { problem: { kind: 'not-state', detail: 'no "version" field' } };
	if (input.version > stateVersion) return { problem: { kind: 'newer', version: input.version } };
	let value = input;
	while ((value.version as number) < stateVersion) {
		const step = migrations[value.version as number];
		if (!step) return { problem: { kind: 'not-state', detail: `unknown version ${String(value.version)}` } };
		value = step(value);
	}
	if (value.version !== stateVersion) return { problem: { kind: 'not-state', detail: `unknown version ${String(value.version)}` } };
	const detail = reviewsProblem(value.reviews) ?? examsProblem(value.exams);
	if (detail) return { problem: { kind: 'not-state', detail } };
	const reviews: Record<string, Review[]> = {};
	for (const [id, list] of Object.entries(value.reviews as Record<string, Review[]>)) {
		reviews[id] = list.map(({ rating, at }) => ({ rating, at })).sort((a, b) => a.at - b.at);
	}
	const exams = (value.exams as MockExam[]).map(({ startedAt, deadline, lastSeen, endedAt, tasks, flagged, notes }) => ({
		startedAt,
		deadline,
		lastSeen,
		...(endedAt === undefined ? {} : { endedAt }),
		tasks: [...tasks],
		flagged: [...flagged],
		notes: { ...notes },
	}));
	return { state: { version: stateVersion, reviews, exams: exams.sort((a, b) => a.startedAt - b.startedAt) } };
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

/** Every task id the state mentions, in ratings and in mock exams. */
export function mentionedTasks(state: StudyState): Set<string> {
	return new Set([...Object.keys(state.reviews), ...state.exams.flatMap((e) => e.tasks)]);
}

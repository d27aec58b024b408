/** The running mock exam's clock: a stored deadline that a reload, a closed tab or a clock set back cannot extend. */
import type { MockExam } from './state.ts';

/** A new exam over `tasks`, starting `now` and lasting `minutes`. */
export function startExam(tasks: string[], now: number, minutes: number): MockExam {
	return { startedAt: now, deadline: now + minutes * 60_000, lastSeen: now, tasks, flagged: [], notes: {} };
}

/**
 * The exam as seen at `now`. A clock set back (now before the last time the exam was seen) moves the deadline back by
 * the same amount, so the time left never grows; an exam past its deadline has ended at the deadline.
 */
export function observeExam(exam: MockExam, now: number): MockExam {
	if (exam.endedAt !== undefined) return exam;
	const setBack = Math.max(0, exam.lastSeen - now);
	const deadline = exam.deadline - setBack;
	const seen = { ...exam, deadline, lastSeen: now };
	return now >= deadline ? { ...seen, endedAt: deadline } : seen;
}

/** Milliseconds left at `now`, never below zero. */
export function timeLeft(exam: MockExam, now: number): number {
	return exam.endedAt !== undefined ? 0 : Math.max(0, exam.deadline - now);
}

/** The exam ended by the reader at `now` (or at its deadline, if that came first). */
export function finishExam(exam: MockExam, now: number): MockExam {
	const seen = observeExam(exam, now);
	return seen.endedAt !== undefined ? seen : { ...seen, endedAt: now };
}

/** `h:mm:ss` for a duration in milliseconds, rounded up to the second (the exam is over only at 0:00:00). */
export function formatTimeLeft(ms: number): string {
	const total = Math.ceil(ms / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

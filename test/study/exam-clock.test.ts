import { describe, expect, it } from 'vitest';
import { finishExam, formatTimeLeft, observeExam, startExam, timeLeft } from '../../src/study/exam-clock.ts';

const minute = 60_000;
const t0 = Date.UTC(2026, 11, 3, 9);

describe('mock exam clock', () => {
	it('counts down from the stored deadline, across a reload or a closed tab', () => {
		const exam = startExam(['a#x'], t0, 120);
		expect(formatTimeLeft(timeLeft(exam, t0))).toBe('2:00:00');
		// The tab is closed for 30 minutes: the time went on.
		const later = observeExam(exam, t0 + 30 * minute);
		expect(formatTimeLeft(timeLeft(later, t0 + 30 * minute))).toBe('1:30:00');
	});

	it('is not extended by a clock set back', () => {
		const seen = observeExam(startExam(['a#x'], t0, 120), t0 + 60 * minute);
		// The clock is set back two hours after an hour of the exam.
		const back = t0 - 60 * minute;
		const after = observeExam(seen, back);
		expect(timeLeft(after, back)).toBe(60 * minute);
		expect(after.endedAt).toBeUndefined();
		// And it still ends an hour of real time later.
		expect(observeExam(after, back + 60 * minute).endedAt).toBe(back + 60 * minute);
	});

	it('ends by itself at the deadline', () => {
		const exam = observeExam(startExam(['a#x'], t0, 120), t0 + 121 * minute);
		expect(exam.endedAt).toBe(t0 + 120 * minute);
		expect(timeLeft(exam, t0 + 121 * minute)).toBe(0);
	});

	it('ends when the reader finishes early, and not later than the deadline', () => {
		expect(finishExam(startExam(['a#x'], t0, 120), t0 + 50 * minute).endedAt).toBe(t0 + 50 * minute);
		expect(finishExam(startExam(['a#x'], t0, 120), t0 + 500 * minute).endedAt).toBe(t0 + 120 * minute);
	});

	it('rounds the time left up to the second', () => {
		expect(formatTimeLeft(1)).toBe('0:00:01');
		expect(formatTimeLeft(0)).toBe('0:00:00');
		expect(formatTimeLeft(59 * minute + 59_500)).toBe('1:00:00');
	});
});

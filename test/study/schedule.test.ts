import { describe, expect, it } from 'vitest';
import { dueDate, dueTasks } from '../../src/study/schedule.ts';
import { emptyState, withReview } from '../../src/study/state.ts';

const day = 24 * 60 * 60 * 1000;
const start = new Date('2026-12-01T09:00:00').getTime();

describe('review schedule', () => {
	it('brings a missed task back sooner than a shaky one, and a shaky one sooner than a solved one', () => {
		const after = (rating: 'solved' | 'shaky' | 'missed') => dueDate([{ rating, at: start }])!.getTime() - start;
		expect(after('missed')).toBeLessThan(after('shaky'));
		expect(after('shaky')).toBeLessThan(after('solved'));
		expect(after('missed')).toBeGreaterThanOrEqual(day);
	});

	it('spaces reviews further apart each time a task is solved again', () => {
		const first = dueDate([{ rating: 'solved', at: start }])!.getTime();
		const second = dueDate([
			{ rating: 'solved', at: start },
			{ rating: 'solved', at: first },
		])!.getTime();
		expect(second - first).toBeGreaterThan(first - start);
	});

	it('lists the rated tasks due by the end of today, most overdue first, and never an unrated one', () => {
		let state = withReview(emptyState(), 'a#missed-early', { rating: 'missed', at: start - 3 * day });
		state = withReview(state, 'b#missed-late', { rating: 'missed', at: start - 2 * day });
		state = withReview(state, 'c#solved-now', { rating: 'solved', at: start });
		const due = dueTasks(state, ['c#solved-now', 'b#missed-late', 'a#missed-early', 'd#never-rated'], new Date(start));
		expect(due.map((d) => d.id)).toEqual(['a#missed-early', 'b#missed-late']);
	});
});

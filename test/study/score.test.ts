import { describe, expect, it } from 'vitest';
import { examResult, readiness } from '../../src/study/score.ts';
import { type MockExam, emptyState, withReview } from '../../src/study/state.ts';
import { catalog } from './fixtures/catalog.ts';

const exam = (tasks: string[], endedAt = 1000): MockExam => ({ startedAt: 0, deadline: 7200000, lastSeen: endedAt, endedAt, tasks, flagged: [], notes: {} });

describe('scores', () => {
	it('weights readiness by the exam weights of the domains', () => {
		let state = emptyState();
		// Every runtime-security task solved (weight 20), nothing else.
		for (const t of catalog.tasks.filter((t) => t.domain === 'runtime-security')) state = withReview(state, t.id, { rating: 'solved', at: 1 });
		const { domains, percent } = readiness(state, catalog);
		expect(percent).toBeCloseTo(20);
		expect(domains.find((d) => d.id === 'runtime-security')).toEqual({ id: 'runtime-security', solved: 16, total: 16 });
	});

	it('counts only the latest rating as solved', () => {
		const id = catalog.tasks[0]!.id;
		const state = withReview(withReview(emptyState(), id, { rating: 'solved', at: 1 }), id, { rating: 'missed', at: 2 });
		expect(readiness(state, catalog).domains[0]!.solved).toBe(0);
	});

	it('scores a mock exam from the first ratings after it ended, by domain weight, against the pass line', () => {
		const setup = catalog.tasks.find((t) => t.domain === 'cluster-setup')!.id;
		const [r1, r2] = catalog.tasks.filter((t) => t.domain === 'runtime-security').map((t) => t.id);
		let state = withReview(emptyState(), setup, { rating: 'missed', at: 500 }); // before the end: does not count
		state = withReview(state, setup, { rating: 'solved', at: 1000 });
		state = withReview(state, setup, { rating: 'missed', at: 9000 }); // a later review: does not change the exam
		state = withReview(state, r1!, { rating: 'shaky', at: 1500 });
		const result = examResult(state, exam([setup, r1!, r2!]), catalog);
		// cluster-setup 100 % × 15, runtime-security (50 % + 0 %) / 2 = 25 % × 20 → (1500 + 500) / 35.
		expect(result.percent).toBeCloseTo(2000 / 35);
		expect(result.passed).toBe(false);
		expect(result.complete).toBe(false);
		expect(result.domains).toEqual([
			{ id: 'cluster-setup', percent: 100, tasks: 1 },
			{ id: 'runtime-security', percent: 25, tasks: 2 },
		]);
	});
});

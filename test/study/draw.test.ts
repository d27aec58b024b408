import { describe, expect, it } from 'vitest';
import { apportion, drawExam, seatsPerDomain, seededRandom } from '../../src/study/draw.ts';
import { emptyState, withReview } from '../../src/study/state.ts';
import { catalog } from './fixtures/catalog.ts';

describe('mock exam draw', () => {
	it('follows the domain weights: over many draws each domain gets its weight’s share of the tasks', () => {
		const random = seededRandom(1);
		const counts = new Map<string, number>();
		let total = 0;
		for (let i = 0; i < 4000; i++) {
			const count = 15 + Math.floor(random() * 6);
			for (const id of drawExam(catalog.tasks, catalog.domains, emptyState(), count, random)) {
				const domain = id.split('/')[0]!;
				counts.set(domain, (counts.get(domain) ?? 0) + 1);
				total++;
			}
		}
		for (const d of catalog.domains) expect(Math.abs((100 * counts.get(d.id)!) / total - d.weight), d.id).toBeLessThan(0.3);
	});

	it('draws the asked number of distinct tasks, and each domain gets its share rounded down or up', () => {
		const random = seededRandom(2);
		for (let count = 15; count <= 20; count++) {
			const ids = drawExam(catalog.tasks, catalog.domains, emptyState(), count, random);
			expect(ids).toHaveLength(count);
			expect(new Set(ids).size).toBe(count);
			for (const d of catalog.domains) {
				const n = ids.filter((id) => id.startsWith(`${d.id}/`)).length;
				expect(n).toBeGreaterThanOrEqual(Math.floor((count * d.weight) / 100));
				expect(n).toBeLessThanOrEqual(Math.ceil((count * d.weight) / 100));
			}
		}
	});

	it('favours tasks not yet solved', () => {
		let state = emptyState();
		const solved = catalog.tasks.filter((_, i) => i % 2 === 0);
		for (const t of solved) state = withReview(state, t.id, { rating: 'solved', at: 1 });
		const random = seededRandom(3);
		let drawnSolved = 0;
		let drawn = 0;
		for (let i = 0; i < 500; i++) {
			for (const id of drawExam(catalog.tasks, catalog.domains, state, 18, random)) {
				drawn++;
				if (solved.some((t) => t.id === id)) drawnSolved++;
			}
		}
		// Half the tasks are solved and weigh a third of an unsolved one: about a quarter of the draws.
		expect(drawnSolved / drawn).toBeGreaterThan(0.2);
		expect(drawnSolved / drawn).toBeLessThan(0.3);
	});

	it('gives the seats a small domain cannot take to the others', () => {
		const available = new Map(catalog.domains.map((d) => [d.id, d.id === 'runtime-security' ? 1 : 30]));
		const seats = seatsPerDomain(catalog.domains, available, 20, seededRandom(4));
		expect(seats.get('runtime-security')).toBe(1);
		expect([...seats.values()].reduce((a, b) => a + b, 0)).toBe(20);
	});

	it('rounds quotas to whole seats that add up to their sum', () => {
		const random = seededRandom(5);
		for (let i = 0; i < 200; i++) {
			const seats = apportion(new Map([['a', 2.55], ['b', 2.55], ['c', 1.7], ['d', 3.4], ['e', 3.4], ['f', 3.4]]), random);
			expect([...seats.values()].reduce((a, b) => a + b, 0)).toBe(17);
		}
	});
});

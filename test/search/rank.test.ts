import { describe, expect, it } from 'vitest';
import { type WordSearch, isPrefixFallback, rankPages } from '../../src/lib/search/rank.ts';
import { fixtures } from './fixtures.ts';

interface RankFixture {
	searches?: WordSearch[];
	fallback?: { query: string; indexed: string; segmented: boolean; fallback: boolean }[];
	order?: string[];
	complete?: boolean;
	unknown?: string[];
	missing?: Record<string, string[]>;
	scores?: Record<string, number>;
	locations?: Record<string, Record<string, string[]>>;
}

describe('ranking the one-word searches of a query', () => {
	for (const [name, fixture] of fixtures<RankFixture>('rank')) {
		it(name, () => {
			for (const { query, indexed, segmented, fallback } of fixture.fallback ?? []) {
				expect(isPrefixFallback(query, indexed, segmented), `${query} / ${indexed}`).toBe(fallback);
			}
			if (!fixture.searches) return;
			const ranking = rankPages(fixture.searches);
			expect(ranking.pages.map((p) => p.id)).toEqual(fixture.order);
			expect(ranking.complete).toBe(fixture.complete);
			expect(ranking.unknown).toEqual(fixture.unknown);
			const byId = new Map(ranking.pages.map((p) => [p.id, p]));
			for (const [id, missing] of Object.entries(fixture.missing ?? {})) expect(byId.get(id)?.missing, id).toEqual(missing);
			for (const [id, score] of Object.entries(fixture.scores ?? {})) expect(byId.get(id)?.score, id).toBeCloseTo(score);
			for (const [id, locations] of Object.entries(fixture.locations ?? {})) {
				expect(Object.fromEntries(byId.get(id)!.locations), id).toEqual(locations);
			}
			for (const page of ranking.pages) expect(page.matched.length + page.missing.length).toBe(fixture.searches.length);
		});
	}

	it('gives a page holding every word its whole score, and one holding half of them a quarter', () => {
		const ranking = rankPages([
			{ word: 'a', hits: [{ id: 'all', score: 2, words: [] }, { id: 'half', score: 4, words: [] }] },
			{ word: 'b', hits: [{ id: 'all', score: 2, words: [] }] },
		]);
		expect(ranking.pages.map((p) => [p.id, p.score])).toEqual([
			['all', 4],
			['half', 1],
		]);
	});

	it('ranks nothing for a query no page answers', () => {
		expect(rankPages([{ word: 'zzz', hits: [] }])).toEqual({ pages: [], complete: false, unknown: ['zzz'] });
	});
});

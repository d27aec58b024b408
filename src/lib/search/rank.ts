/**
 * Ranks pages for a query from one Pagefind search per query word.
 *
 * Pagefind returns only the pages that hold every word of a query it knows (pagefind_web/src/search.rs: the pages of
 * each word are intersected; a word no page holds is dropped first), so a reader who types one word the page does not
 * use gets nothing. Searching each word on its own gives, for every page, the words it holds and their scores; a page
 * then ranks by the sum of its word scores (BM25, as Pagefind scores one word) times the square of its coverage, the
 * share of the query's weight it holds, each word weighing its inverse document frequency: a page holding the rare
 * words of a query ranks above one holding only its common ones, and a page holding every word keeps its full score.
 */

/** One Pagefind result of a one-word search: the page, its score for the word and where the word occurs in the page. */
export interface WordHit {
	id: string;
	score: number;
	/** Positions of the word in the page's text (Pagefind's `words`); empty when only a meta field matched. */
	words: readonly number[];
}

export interface WordSearch {
	word: string;
	hits: readonly WordHit[];
}

export interface RankedPage {
	id: string;
	score: number;
	/** Share of the query's weight the page holds, from 0 to 1 (1: every word). */
	coverage: number;
	/** Query words the page holds, in query order. */
	matched: string[];
	/** Query words the page does not hold, in query order. */
	missing: string[];
	/** Positions of the matched words in the page's text, each with the words found there. */
	locations: Map<number, string[]>;
}

export interface Ranking {
	pages: RankedPage[];
	/** Whether some page holds every word of the query. */
	complete: boolean;
	/** Query words no page holds. */
	unknown: string[];
}

/** Inverse document frequency as Pagefind computes it (search.rs, calculate_idf). */
export function idf(totalPages: number, pagesWithWord: number): number {
	return Math.log(1 + (totalPages - pagesWithWord + 0.5) / (pagesWithWord + 0.5));
}

/** The pages of a query ranked from its one-word searches; `totalPages` is the size of the searched index. */
export function rankPages(searches: readonly WordSearch[], totalPages: number): Ranking {
	const weights = searches.map(({ hits }) => idf(Math.max(totalPages, hits.length), hits.length));
	const totalWeight = weights.reduce((a, b) => a + b, 0);
	const pages = new Map<string, { score: number; weight: number; matched: Set<number>; locations: Map<number, string[]> }>();

	searches.forEach(({ word, hits }, index) => {
		const seen = new Set<string>();
		for (const hit of hits) {
			if (seen.has(hit.id)) continue;
			seen.add(hit.id);
			let page = pages.get(hit.id);
			if (!page) pages.set(hit.id, (page = { score: 0, weight: 0, matched: new Set(), locations: new Map() }));
			page.score += Number.isFinite(hit.score) ? hit.score : 0;
			page.weight += weights[index]!;
			page.matched.add(index);
			for (const location of hit.words) {
				const words = page.locations.get(location);
				if (!words) page.locations.set(location, [word]);
				else if (!words.includes(word)) words.push(word);
			}
		}
	});

	const ranked: RankedPage[] = [...pages].map(([id, page]) => {
		const coverage = totalWeight > 0 ? page.weight / totalWeight : page.matched.size / searches.length;
		return {
			id,
			score: page.score * coverage * coverage,
			coverage,
			matched: searches.filter((_, i) => page.matched.has(i)).map((s) => s.word),
			missing: searches.filter((_, i) => !page.matched.has(i)).map((s) => s.word),
			locations: page.locations,
		};
	});
	// Ties keep Pagefind's order of the first word's results, then the order pages were first seen.
	ranked.sort((a, b) => b.score - a.score || b.matched.length - a.matched.length);
	return {
		pages: ranked,
		complete: ranked.some((p) => p.missing.length === 0),
		unknown: searches.filter((s) => s.hits.length === 0).map((s) => s.word),
	};
}

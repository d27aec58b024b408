/**
 * Ranks pages for a query from one Pagefind search per query word.
 *
 * Pagefind returns only the pages that hold every word of a query it knows (pagefind_web/src/search.rs: the pages of
 * each word are intersected; a word no page holds is dropped first), so a reader who types one word the page does not
 * use gets nothing. Searching each word on its own gives, for every page, the words it holds and its score for each
 * (BM25 as Pagefind computes it, so rare words already weigh more). A page ranks by the sum of its word scores times
 * the square of its coverage, the share of the query's words it holds: the pages that hold most of the words come
 * first, and a page holding every word keeps its full score. (Weighing coverage by each word's rarity instead let one
 * incidental rare word outrank the page that teaches the rest of the query.)
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
	/** Share of the query's words the page holds, from 0 to 1 (1: every word). */
	coverage: number;
	/** Query words the page holds, in query order. */
	matched: string[];
	/** Query words the page does not hold, in query order. */
	missing: string[];
	/** Positions of the matched words in the page's text, each with the query words found there. */
	locations: Map<number, string[]>;
}

export interface Ranking {
	pages: RankedPage[];
	/** Whether some page holds every word of the query. */
	complete: boolean;
	/** Query words no page holds. */
	unknown: string[];
}

/** Power of the coverage in a page's score. */
export const coveragePower = 2;

/** The pages of a query ranked from its one-word searches. */
export function rankPages(searches: readonly WordSearch[]): Ranking {
	const pages = new Map<string, { score: number; matched: Set<number>; locations: Map<number, string[]> }>();

	searches.forEach(({ word, hits }, index) => {
		for (const hit of hits) {
			let page = pages.get(hit.id);
			if (!page) pages.set(hit.id, (page = { score: 0, matched: new Set(), locations: new Map() }));
			if (page.matched.has(index)) continue;
			page.score += Number.isFinite(hit.score) && hit.score > 0 ? hit.score : 0;
			page.matched.add(index);
			for (const location of hit.words) {
				const words = page.locations.get(location);
				if (!words) page.locations.set(location, [word]);
				else if (!words.includes(word)) words.push(word);
			}
		}
	});

	const ranked: RankedPage[] = [...pages].map(([id, page]) => {
		const coverage = page.matched.size / searches.length;
		return {
			id,
			score: page.score * coverage ** coveragePower,
			coverage,
			matched: searches.filter((_, i) => page.matched.has(i)).map((s) => s.word),
			missing: searches.filter((_, i) => !page.matched.has(i)).map((s) => s.word),
			locations: page.locations,
		};
	});
	// Equal scores keep the order in which the pages were first found (Pagefind's order for the first word).
	ranked.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
	return {
		pages: ranked,
		complete: ranked.some((p) => p.missing.length === 0),
		unknown: searches.filter((s) => s.hits.length === 0).map((s) => s.word),
	};
}

/**
 * Whether Pagefind found a query word only through its fallback: when no indexed word starts with a query word, it
 * takes the longest indexed word the query word starts with (search.rs, find_word_extensions), so 追跡 finds pages
 * with 追 and zzzxqj pages with z. `indexed` is a word Pagefind matched (normalised): a proper prefix of the query word
 * means the fallback. English words are stemmed before matching (secrets finds secret), so there the prefix must also
 * be short (at most half the word) or the word hold digits (3306 is not 3); segmented languages are not stemmed.
 */
export function isPrefixFallback(queryWord: string, indexed: string, segmented: boolean): boolean {
	if (!indexed || indexed.length >= queryWord.length || !queryWord.startsWith(indexed)) return false;
	return segmented || /\p{N}/u.test(queryWord) || indexed.length * 2 <= queryWord.length;
}

/** The search behind the dialog: Pagefind's browser API, one search per query word, ranked and excerpted by src/lib/search. */
import { metaWeights } from '../../lib/search/config.ts';
import { type Run, buildExcerpts, fragmentWords } from '../../lib/search/excerpt.ts';
import { isPrefixFallback, rankPages } from '../../lib/search/rank.ts';
import { cleanQuery, isSegmentedLanguage, normalizeText, queryWords, stripPunctuation } from '../../lib/search/text.ts';
import type { PagefindApi, PagefindFragment, PagefindResult } from './pagefind-api.ts';

export interface SectionView {
	title: string;
	url: string;
	excerpt: Run[];
}

export interface ResultView {
	url: string;
	title: string;
	/** The page's best passage, shown when no section holds the words. */
	excerpt: Run[];
	sections: SectionView[];
	/** Query words the page does not hold. */
	missing: string[];
}

export interface Outcome {
	/** The query as searched (cleaned and cut), to show. */
	query: string;
	/** Whether the query was cut to the maximum length. */
	truncated: boolean;
	/** No word to search for (only punctuation, symbols or emoji). */
	empty: boolean;
	/** Some page holds every word of the query. */
	complete: boolean;
	/** Query words no page holds. */
	unknown: string[];
	/** Matching pages in all. */
	total: number;
	/** Pages left out because their data could not be read. */
	failed: number;
	results: ResultView[];
}

/** Why a search failed: the search code or index could not be loaded, or a page's data could not be read. */
export class SearchError extends Error {
	constructor(
		readonly stage: 'load' | 'search',
		options?: { cause?: unknown },
	) {
		super(`search failed (${stage})`, options);
	}
}

/** Results shown for one query; more would only lengthen the list a reader scans. */
export const resultLimit = 10;

/** Sections shown per result. */
export const sectionLimit = 3;

/** How long a part of the index may take to arrive before the dialog says it cannot be read. */
const dataTimeoutMs = 15_000;

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/** Loads Pagefind from the site's bundle (`<base>pagefind/pagefind.js`) with the site's ranking weights. */
export async function loadPagefind(base: string): Promise<PagefindApi> {
	try {
		const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
		await api.options({ ranking: { metaWeights } });
		await api.init();
		return api;
	} catch (cause) {
		throw new SearchError('load', { cause });
	}
}

export interface Scope {
	/** Result URLs must start with this path (the language's home, e.g. `/en/`). */
	within: string;
	/** …and must not start with these (the other languages' homes under it). */
	except: string[];
}

export class Searcher {
	#api: PagefindApi;
	#lang: string;
	#scope: Scope;

	constructor(api: PagefindApi, lang: string, scope: Scope) {
		this.#api = api;
		this.#lang = lang;
		this.#scope = scope;
	}

	#inScope(url: string): boolean {
		const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
		return path.startsWith(this.#scope.within) && !this.#scope.except.some((p) => path.startsWith(p));
	}

	/**
	 * Empties the hits of a query word Pagefind found only through its prefix fallback (see isPrefixFallback): no page
	 * holds the word. The fallback applies to a word's whole result set, so one page tells: the best page with text
	 * positions for it, or else the page whose meta fields matched.
	 */
	async #dropFallback(search: { word: string; hits: PagefindResult[] }): Promise<void> {
		if (!search.hits.length) return;
		const located = search.hits.filter((h) => h.words.length).sort((a, b) => b.score - a.score)[0];
		const hit = located ?? search.hits[0]!;
		let fragment: PagefindFragment;
		try {
			fragment = await withTimeout(hit.data(), dataTimeoutMs);
		} catch {
			return; // an unreadable page is reported when results are shown
		}
		if (typeof fragment?.content !== 'string') return;
		const term = stripPunctuation(normalizeText(search.word));
		const segmented = isSegmentedLanguage(this.#lang);
		const normal = (word: string) => stripPunctuation(normalizeText(word));
		// Pagefind indexes the parts of a word joined by punctuation too (v1.33 → 1, 33), so a fallback may have matched a part.
		const forms = (word: string) => [normal(word), ...word.split(/[^\p{L}\p{N}]+/u).map(normal)].filter(Boolean);
		const fallback = (word: string) => !forms(word).some((f) => f.startsWith(term)) && forms(word).some((f) => isPrefixFallback(term, f, segmented));
		let matched: string[];
		if (located) {
			const words = fragmentWords(fragment);
			matched = located.words.slice(0, 5).map((l) => words[l] ?? '');
		} else {
			matched = Object.values(fragment.meta ?? {}).flatMap((v) => (v ?? '').split(/\s+/)).filter((w) => normal(w));
			if (matched.some((w) => forms(w).some((f) => f.startsWith(term)))) return;
			matched = matched.filter(fallback);
		}
		if (matched.length && matched.every(fallback)) search.hits = [];
	}

	async search(raw: string): Promise<Outcome> {
		const { text, truncated } = cleanQuery(raw);
		const words = queryWords(text, this.#lang);
		const outcome: Outcome = { query: text, truncated, empty: words.length === 0, complete: false, unknown: [], total: 0, failed: 0, results: [] };
		if (!words.length) return outcome;

		let searches: { word: string; hits: PagefindResult[] }[];
		try {
			searches = await Promise.all(words.map(async (word) => ({ word, hits: (await this.#api.search(word))?.results ?? [] })));
		} catch (cause) {
			throw new SearchError('search', { cause });
		}
		await Promise.all(searches.map((s) => this.#dropFallback(s)));
		const ranking = rankPages(searches);
		const byId = new Map(searches.flatMap((s) => s.hits.map((h) => [h.id, h] as const)));

		const views: ResultView[] = [];
		let failed = 0;
		// Pages outside the dialog's language are dropped, so reading goes on until enough are shown.
		for (let start = 0; start < ranking.pages.length && views.length < resultLimit; start += resultLimit) {
			const batch = ranking.pages.slice(start, start + resultLimit);
			// A page whose data cannot be read (a missing or damaged index file) is left out, and the reader told.
			const fragments = await Promise.all(
				batch.map((page) =>
					withTimeout(byId.get(page.id)!.data(), dataTimeoutMs).then(
						(fragment) => (typeof fragment?.url === 'string' && typeof fragment.content === 'string' ? fragment : undefined),
						() => undefined,
					),
				),
			);
			batch.forEach((page, i) => {
				const fragment = fragments[i];
				if (!fragment) return void failed++;
				if (views.length >= resultLimit || !this.#inScope(fragment.url)) return;
				const { excerpt, sections } = buildExcerpts(fragment, page.locations, page.matched);
				const url = fragment.url;
				views.push({
					url,
					title: fragment.meta?.title?.trim() || url,
					excerpt,
					sections: sections.slice(0, sectionLimit).map((s) => ({ title: s.title, url: `${url.split('#')[0]}#${encodeURIComponent(s.id)}`, excerpt: s.excerpt })),
					missing: page.missing,
				});
			});
		}
		if (failed && !views.length) throw new SearchError('search');
		return { ...outcome, complete: ranking.complete, unknown: ranking.unknown, total: ranking.pages.length - failed, failed, results: views };
	}
}

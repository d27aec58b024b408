/** The parts of Pagefind's browser API (pagefind.js, 1.6) the search dialog uses; the `pagefind` package types only its Node API. */

export interface PagefindAnchor {
	element: string;
	id: string;
	text?: string;
	title?: string;
	location: number;
}

export interface PagefindFragment {
	/** Page URL with the site's base. */
	url: string;
	content: string;
	raw_content?: string;
	meta: Record<string, string | undefined>;
	anchors: PagefindAnchor[];
	word_count: number;
}

export interface PagefindResult {
	id: string;
	score: number;
	/** Positions of the matched words in the page's text. */
	words: number[];
	data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
}

export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
}

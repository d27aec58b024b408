/** A page's declared search terms (`searchTerms` in the frontmatter): a ranking aid for the pages that teach them. */

/**
 * The terms as one Pagefind meta value: Pagefind separates meta fields with commas and indexes a value's words at
 * spaces. The index build adds the words the browser's segmenter makes of them (src/postbuild/search-index.ts).
 */
export function searchKeywords(terms: readonly string[]): string {
	return [...new Set(terms.map((t) => t.replace(/,/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean))].join(' ');
}

/** The terms that do not occur in the page's own text: a page may only be found for what it teaches. */
export function termsNotInText(terms: readonly string[], text: string): string[] {
	const haystack = text.toLowerCase();
	return terms.filter((t) => !haystack.includes(t.toLowerCase()));
}

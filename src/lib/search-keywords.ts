/** Search keywords of a page, in the words the browser's query segmenter will produce, so Japanese queries find the page that teaches them. */

/**
 * Pagefind splits Japanese queries with the browser's `Intl.Segmenter` (ICU) but segments pages with Lindera
 * when indexing, and the two disagree on katakana words (シークレット → シーク + レット; Pagefind issue #1237).
 * Indexing each term also as ICU's words makes the query's words match the page that declares the term.
 */
export function searchKeywords(terms: readonly string[], lang: string): string {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
	const words = terms.flatMap((term) => [
		term,
		...Array.from(segmenter.segment(term))
			.filter((s) => s.isWordLike)
			.map((s) => s.segment),
	]);
	// Pagefind's meta attribute separates fields with commas.
	return [...new Set(words.map((w) => w.replace(/,/g, ' ').trim()).filter(Boolean))].join(' ');
}

/** The terms that do not occur in the page's own text: a page may only be found for what it teaches. */
export function termsNotInText(terms: readonly string[], text: string): string[] {
	const haystack = text.toLowerCase();
	return terms.filter((t) => !haystack.includes(t.toLowerCase()));
}

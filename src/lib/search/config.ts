/** Settings the search index build and the search dialog share. */

/** Pagefind meta field holding the words of a page that only the browser's segmenter produces (never shown). */
export const segmentedWordsField = 'segmented';

/** Pagefind meta field holding the terms a page declares in its frontmatter (`searchTerms`, never shown). */
export const keywordsField = 'keywords';

/**
 * Ranking weights of the meta fields (Pagefind's default gives `title` 5). Declared terms help a page rank, they are not
 * needed to find it; the segmented words only make a page findable and weigh like one occurrence in the text.
 */
export const metaWeights: Record<string, number> = { title: 5, [keywordsField]: 4, [segmentedWordsField]: 1 };

/** Marks an element the indexer reads and the served page loses (src/postbuild/search-index.ts). */
export const indexerOnlyAttribute = 'data-indexer-only';

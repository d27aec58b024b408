/**
 * Builds the Pagefind search index of the built site, in place of Starlight's run (`pagefind: false`).
 *
 * Pagefind splits Japanese pages into words with Lindera when indexing, but splits Japanese queries with the browser's
 * `Intl.Segmenter` (ICU), and the two disagree, mostly on katakana (シークレット is one word for Lindera, シーク + レット
 * for ICU; Pagefind issue #1237). A query word is found when it is a prefix of a word indexed for the page. So the index
 * is built twice: the first pass tells which words Lindera made of each page (its fragments hold the text, split at
 * zero-width spaces); the second pass gives the indexer, and only the indexer, each page's ICU words that no Lindera
 * word covers, as a meta field the reader never sees. Any word of a page is then findable as the browser splits it,
 * without declaring it in `searchTerms`.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { indexerOnlyAttribute, keywordsField, segmentedWordsField } from '../lib/search/config.ts';
import { icuWords, isSegmentedLanguage, normalizeText, stripPunctuation } from '../lib/search/text.ts';

/** Pagefind's optional UIs and highlighter, written with every index; the site's own search dialog uses none of them. */
const unusedBundleFiles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

export interface SearchIndexReport {
	/** Pages in the index, by language. */
	pages: Record<string, number>;
	/** Words added for the browser's segmenter, over all pages. */
	addedWords: number;
}

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}

/** The page's declared search terms (from the indexer-only element SearchKeywords.astro writes), and the page without it. */
export function takeIndexerOnly(html: string): { html: string; keywords: string } {
	let keywords = '';
	const element = new RegExp(`<span\\b[^>]*\\s${indexerOnlyAttribute}(?:=(?:""|''))?[^>]*>\\s*</span>`, 'g');
	const stripped = html.replace(element, (tag) => {
		const value = new RegExp(`data-pagefind-meta="${keywordsField}:([^"]*)"`).exec(tag)?.[1];
		if (value) keywords = decodeAttribute(value);
		return '';
	});
	return { html: stripped, keywords };
}

function decodeAttribute(value: string): string {
	return value.replace(/&(quot|#34|#39|apos|lt|gt|amp);/g, (_, entity: string) =>
		({ quot: '"', '#34': '"', '#39': "'", apos: "'", lt: '<', gt: '>', amp: '&' })[entity]!,
	);
}

function encodeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The words Pagefind indexed for a page, as it stores them (lower case, punctuation removed), sorted for prefix look-ups. */
export function indexedWords(content: string, lang: string): string[] {
	const words = isSegmentedLanguage(lang) ? content.split('\u200B') : content.split(/\s+/);
	return [...new Set(words.map((w) => stripPunctuation(w.trim().toLowerCase())).filter(Boolean))].sort();
}

/** Whether a sorted word list holds a word that starts with `prefix`. */
export function coversPrefix(sorted: readonly string[], prefix: string): boolean {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! < prefix) low = middle + 1;
		else high = middle;
	}
	return low < sorted.length && sorted[low]!.startsWith(prefix);
}

/**
 * The words a query split by the browser can contain for this page and that no indexed word of the page starts with:
 * the ICU words of the page's normalised text (and of its declared terms) that Pagefind's prefix match would miss.
 */
export function segmentedWords(content: string, keywords: string, lang: string): string[] {
	if (!isSegmentedLanguage(lang)) return [];
	const indexed = indexedWords(`${content}\u200B${keywords.split(/\s+/).join('\u200B')}`, lang);
	const text = normalizeText(`${content.replace(/\u200B/g, '')} ${keywords}`);
	const added = new Set<string>();
	for (const word of icuWords(text, lang)) {
		if (!coversPrefix(indexed, word)) added.add(word);
	}
	return [...added];
}

/** The page with a meta field for the indexer, inside its `data-pagefind-body` element (or at the start of `<body>`). */
export function withIndexerMeta(html: string, field: string, words: readonly string[]): string {
	if (!words.length) return html;
	// Pagefind separates meta fields with commas within one attribute.
	const element = `<span hidden data-pagefind-meta="${field}:${encodeAttribute(words.join(' ').replace(/,/g, ' '))}"></span>`;
	const body = /<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body\b[^>]*>/i.exec(html) ?? /<body\b[^>]*>/i.exec(html);
	if (!body) return html;
	const at = body.index + body[0].length;
	return html.slice(0, at) + element + html.slice(at);
}

function decodeFragment(bytes: Uint8Array): Fragment {
	const text = new TextDecoder().decode(gunzipSync(bytes));
	return JSON.parse(text.startsWith('pagefind_dcd') ? text.slice('pagefind_dcd'.length) : text) as Fragment;
}

function check<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length) throw new Error(`Pagefind (${step}): ${response.errors.join('; ')}`);
	return response;
}

/** URL of a built page as Pagefind reports it (`cluster-setup/rbac/index.html` → `/cluster-setup/rbac/`), without the base. */
function pageUrl(file: string): string {
	return `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Indexes every built page of `root` into `root/pagefind/`; pages lose their indexer-only elements. */
export async function buildSearchIndex(root: string): Promise<SearchIndexReport> {
	const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
	const pages = new Map<string, { html: string; keywords: string }>();
	for (const file of files) {
		const built = await readFile(join(root, file), 'utf8');
		const { html, keywords } = takeIndexerOnly(built);
		pages.set(pageUrl(file), { html, keywords: keywords.trim() });
		if (html !== built) await writeFile(join(root, file), html);
	}

	try {
		// First pass: what Lindera made of each page.
		const first = check(await pagefind.createIndex({}), 'create').index!;
		for (const [url, { html }] of pages) check(await first.addHTMLFile({ url, content: html }), `add ${url}`);
		const { files: output } = check(await first.getFiles(), 'read');
		await first.deleteIndex();

		const added = new Map<string, string[]>();
		for (const file of output.filter((f) => /^fragment\/.+\.pf_fragment$/.test(f.path))) {
			const lang = /^fragment\/([^_]+)_/.exec(file.path)![1]!;
			const fragment = decodeFragment(file.content);
			added.set(fragment.url, segmentedWords(fragment.content, pages.get(fragment.url)?.keywords ?? '', lang));
		}

		// Second pass: the index that is served, with the declared terms and the words only the browser's segmenter makes.
		const second = check(await pagefind.createIndex({}), 'create').index!;
		for (const [url, { html, keywords }] of pages) {
			let content = withIndexerMeta(html, segmentedWordsField, added.get(url) ?? []);
			if (keywords) content = withIndexerMeta(content, keywordsField, keywords.split(/\s+/));
			check(await second.addHTMLFile({ url, content }), `add ${url}`);
		}
		const outputPath = join(root, 'pagefind');
		await rm(outputPath, { recursive: true, force: true });
		check(await second.writeFiles({ outputPath }), 'write');
		await Promise.all(unusedBundleFiles.map((f) => rm(join(outputPath, f), { force: true })));
		const languages = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		return {
			pages: Object.fromEntries(Object.entries(languages.languages).map(([lang, { page_count }]) => [lang, page_count])),
			addedWords: [...added.values()].reduce((sum, words) => sum + words.length, 0),
		};
	} finally {
		await pagefind.close();
	}
}

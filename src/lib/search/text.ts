/**
 * Text handling shared by the search index (at build, in Node) and the search dialog (in the browser), so a query and a
 * page are normalised and split into words the same way.
 *
 * Pagefind indexes Japanese pages with Lindera but splits Japanese queries with the browser's `Intl.Segmenter` (ICU),
 * and prefix-matches each query word against the indexed words. The index build adds to each page the ICU words of its
 * text that Lindera's words do not cover (see src/postbuild/search-index.ts); the query goes through the same ICU
 * segmenter after the same normalisation, so both sides speak ICU.
 */

/** Longest query we search for, in characters; a longer one is cut (a pasted page must not freeze the dialog). */
export const maxQueryLength = 200;

/** Most words of one query we search for; the rest are left out. */
export const maxQueryWords = 12;

/** Languages whose words are not separated by spaces, which Pagefind segments (pagefind_web_js/lib/coupled_search.ts). */
export function isSegmentedLanguage(lang: string): boolean {
	return ['zh', 'ja', 'th'].includes(lang.split('-')[0]!.toLowerCase());
}

// Control characters become spaces; format characters (bidi overrides and isolates, zero-width characters, BOM),
// unpaired surrogates and private-use characters are dropped: none of them is searchable, and bidi controls reorder
// the text they are shown in.
const controls = /\p{Cc}/gu;
const invisible = /[\p{Cf}\p{Cs}\p{Co}]/gu;

export interface CleanQuery {
	/** The query as the reader typed it, without invisible characters and cut to `maxQueryLength`: safe to show. */
	text: string;
	/** Whether the query was longer than `maxQueryLength`. */
	truncated: boolean;
}

/** The reader's query, made safe to show and search: invisible characters removed, cut to a sane length. */
export function cleanQuery(raw: string): CleanQuery {
	// Cut before the expensive steps, with room for what cleaning removes; then cut by code points, never inside a pair.
	const head = raw.length > maxQueryLength * 4 ? raw.slice(0, maxQueryLength * 4) : raw;
	const cleaned = head.replace(controls, ' ').replace(invisible, '').replace(/\s+/g, ' ').trim();
	const chars = Array.from(cleaned);
	const truncated = chars.length > maxQueryLength || (head.length < raw.length && /\S/.test(raw.slice(head.length)));
	return { text: chars.slice(0, maxQueryLength).join('').trim(), truncated };
}

/**
 * Text as it is searched: compatibility forms folded (NFKC: half-width katakana ｼｰｸﾚｯﾄ → シークレット, full-width
 * Latin ｋｕｂｅ → kube, ideographic space → space), lower case, single spaces.
 */
export function normalizeText(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Pagefind drops graphemes that are dashes, brackets, quotes or other punctuation from query words (coupled_search.ts),
// except the characters it is told to keep (its default: connector punctuation such as `_`).
const punctuation = /^[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]$/u;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** A word without the punctuation Pagefind removes from query words. */
export function stripPunctuation(word: string): string {
	let out = '';
	for (const { segment } of graphemes.segment(word)) if (!punctuation.test(segment)) out += segment;
	return out;
}

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string): Intl.Segmenter {
	let segmenter = segmenters.get(lang);
	if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
	return segmenter;
}

// Chromium's segmenter, unlike ICU's own rules (and Node's), breaks words at a full stop or colon between letters
// (kubernetes.io, tls.crt, api:aws), not between digits (v1.27, 127.0.0.1); checked on every page by e2e/search.spec.ts.
const letterStop = /(?<=\p{L})[.:](?=\p{L})/u;

/** The words of normalised text as the browser's segmenter splits them for a Japanese (or Chinese, Thai) query. */
export function icuWords(text: string, lang: string): string[] {
	const words: string[] = [];
	for (const { segment, isWordLike } of wordSegmenter(lang).segment(text)) {
		if (!isWordLike) continue;
		for (const part of segment.split(letterStop)) {
			const word = stripPunctuation(part);
			if (word) words.push(word);
		}
	}
	return words;
}

const katakanaWord = /^[\p{sc=Katakana}ー]+$/u;

/**
 * A katakana word in the form that finds both spellings of its final long vowel (サーバー and サーバ): without the
 * final ー when the word has at least three other characters (JIS Z 8301; キー keeps it) and the browser's segmenter
 * keeps the short form whole, since Pagefind segments what it is given once more. Pagefind matches query words as
 * prefixes, so サーバ finds サーバー as well.
 */
export function longVowelFree(word: string, lang: string): string {
	if (!katakanaWord.test(word) || !word.endsWith('ー')) return word;
	const short = word.replace(/ー+$/, '');
	if (Array.from(short).length < 3) return word;
	const words = icuWords(short, lang);
	return words.length === 1 && words[0] === short ? short : word;
}

/**
 * The words of a query, each searched on its own: for Japanese the segmenter's words (as Pagefind would split them),
 * for other languages the space-separated words. Normalised, without duplicates, at most `maxQueryWords`.
 */
export function queryWords(query: string, lang: string): string[] {
	const text = normalizeText(query);
	const words = isSegmentedLanguage(lang)
		? icuWords(text, lang).map((w) => longVowelFree(w, lang))
		: text.split(' ').filter((w) => stripPunctuation(w) !== '' && /[\p{L}\p{N}]/u.test(w));
	return [...new Set(words)].slice(0, maxQueryWords);
}

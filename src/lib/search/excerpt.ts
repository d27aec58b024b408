/**
 * Excerpts of a search result, built from the page's indexed text: the passage with the most query words, as plain
 * text runs with the matched words flagged, so the dialog inserts text and only the marks as elements. Sections
 * (the headings Pagefind records as anchors) give sub-results, each with its own excerpt.
 */
import { normalizeText } from './text.ts';

/** A run of excerpt text; `mark` for a matched word. */
export interface Run {
	text: string;
	mark: boolean;
}

export interface Section {
	/** Heading text. */
	title: string;
	/** Element id of the heading, for the link's fragment. */
	id: string;
	excerpt: Run[];
	/** Distinct query words in the section. */
	words: number;
}

export interface Excerpts {
	/** The best passage of the whole page. */
	excerpt: Run[];
	/** Sections holding query words, the one with the most distinct words first. */
	sections: Section[];
}

/** What Pagefind gives of a page (its fragment), in the parts the excerpts need. */
export interface FragmentText {
	/** The indexed text; in segmented languages without the zero-width spaces that separate its words. */
	content: string;
	/** The indexed text with `<` and `>` escaped and, in segmented languages, words separated by zero-width spaces. */
	raw_content?: string;
	anchors?: readonly { element: string; id: string; text?: string; title?: string; location: number }[];
}

/** Words of an excerpt: Pagefind's default (pagefind_web_js, `excerptLength`). */
export const excerptWords = 30;

/**
 * The page's words in Pagefind's numbering (positions count words of `raw_content`, split at zero-width spaces when it
 * has them, else at white space), as the page's text: `content` gives each word without Pagefind's HTML escaping.
 */
export function fragmentWords(fragment: FragmentText): string[] {
	const raw = fragment.raw_content ?? fragment.content.replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const zws = raw.includes('\u200B');
	const rawWords = zws ? raw.split('\u200B') : raw.split(/[\r\n\s]+/g);
	const text = fragment.content;
	let cursor = 0;
	return rawWords.map((rawWord) => {
		if (!zws) while (cursor < text.length && /\s/.test(text[cursor]!)) cursor++;
		let word = '';
		for (let i = 0; i < rawWord.length; ) {
			const entity = rawWord.startsWith('&lt;', i) ? '<' : rawWord.startsWith('&gt;', i) ? '>' : undefined;
			if (entity && text[cursor] === entity) {
				word += entity;
				i += 4;
			} else {
				word += rawWord[i];
				i += 1;
			}
			cursor += 1;
		}
		return word;
	});
}

/**
 * The positions of query words in the page: where Pagefind found them, and, for a query word Pagefind matched only in
 * a meta field (the page's segmented words, see src/postbuild/search-index.ts), the indexed words that contain it.
 */
export function matchPositions(words: readonly string[], found: ReadonlyMap<number, readonly string[]>, queryWords: readonly string[]): Map<number, Set<string>> {
	const positions = new Map<number, Set<string>>();
	for (const [location, matched] of found) if (location < words.length) positions.set(location, new Set(matched));
	const located = new Set([...found.values()].flat());
	const unlocated = queryWords.filter((w) => !located.has(w) && Array.from(w).length >= 2);
	if (unlocated.length) {
		words.forEach((word, location) => {
			const normal = normalizeText(word);
			for (const query of unlocated) {
				if (!normal.includes(query)) continue;
				const set = positions.get(location) ?? new Set<string>();
				set.add(query);
				positions.set(location, set);
			}
		});
	}
	return positions;
}

/**
 * Where the window of `length` words between `start` and `end` should begin: where it holds the most distinct query
 * words (then the most matches), with up to three words of context before its first match when they fit.
 */
function bestWindow(words: readonly string[], positions: ReadonlyMap<number, ReadonlySet<string>>, start: number, end: number, length: number): number {
	const inRange = [...positions.keys()].filter((p) => p >= start && p < end).sort((a, b) => a - b);
	if (end - start <= length || !inRange.length) return start;
	let best = { from: start, score: -1, last: start };
	for (const from of inRange) {
		const distinct = new Set<string>();
		let count = 0;
		let last = from;
		for (const p of inRange) {
			if (p < from || p >= from + length) continue;
			count++;
			last = p;
			positions.get(p)!.forEach((w) => distinct.add(w));
		}
		const score = distinct.size * 1000 + count;
		if (score > best.score) best = { from, score, last };
	}
	// Context before the first match, as far as the last match stays inside and the text does not run out.
	let from = Math.max(start, best.from - Math.min(3, best.from + length - 1 - best.last));
	from = Math.min(from, Math.max(start, end - length));
	// A window does not begin with bare punctuation.
	while (from < best.from && /^[\s\p{P}]*$/u.test(words[from] ?? '')) from++;
	return from;
}

function runs(words: readonly string[], from: number, to: number, positions: ReadonlyMap<number, ReadonlySet<string>>, joiner: string): Run[] {
	const out: Run[] = [];
	const push = (text: string, mark: boolean) => {
		if (!text) return;
		const last = out[out.length - 1];
		if (last && last.mark === mark && !mark) last.text += text;
		else out.push({ text, mark });
	};
	for (let i = from; i < to; i++) {
		if (i > from) push(joiner, false);
		const word = words[i]!;
		if (!positions.has(i)) {
			push(word, false);
			continue;
		}
		// The mark covers the word, not the spaces and punctuation around it (Pagefind's words keep them: "base64.").
		const [, before = '', core = '', after = ''] = /^([\s\p{P}]*)(.*?)([\s\p{P}]*)$/su.exec(word) ?? [];
		if (!core) {
			push(word, false);
			continue;
		}
		push(before, false);
		push(core, true);
		push(after, false);
	}
	if (out.length) {
		out[0]!.text = out[0]!.text.trimStart();
		out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd();
	}
	if (from > 0) out.unshift({ text: '… ', mark: false });
	if (to < words.length) out.push({ text: ' …', mark: false });
	return out.filter((r) => r.text !== '');
}

/** The excerpts of a page for a query, from its fragment and the positions of the query words Pagefind reported. */
export function buildExcerpts(fragment: FragmentText, found: ReadonlyMap<number, readonly string[]>, queryWords: readonly string[], length = excerptWords): Excerpts {
	const words = fragmentWords(fragment);
	const joiner = (fragment.raw_content ?? '').includes('\u200B') ? '' : ' ';
	const positions = matchPositions(words, found, queryWords);
	const excerpt = (start: number, end: number) => {
		const from = bestWindow(words, positions, start, end, length);
		return runs(words, from, Math.min(end, from + length), positions, joiner);
	};

	// Pagefind's sub-results take headings (and elements with a title) as section starts (sub_results.ts); the page's
	// own title (its first heading, at the start of the text) is the result itself, not a section of it.
	const anchors = (fragment.anchors ?? [])
		.filter((a) => (a.title && /\S/.test(a.title)) || (/^h\d$/i.test(a.element) && a.text && /\S/.test(a.text)))
		.filter((a) => a.id && !(a.location === 0 && /^h1$/i.test(a.element)))
		.sort((a, b) => a.location - b.location);
	const sections: Section[] = [];
	anchors.forEach((anchor, i) => {
		const end = anchors[i + 1]?.location ?? words.length;
		const inside = [...positions].filter(([p]) => p >= anchor.location && p < end);
		if (!inside.length) return;
		const distinct = new Set(inside.flatMap(([, set]) => [...set]));
		sections.push({ title: (anchor.title || anchor.text || '').trim(), id: anchor.id, excerpt: excerpt(anchor.location, end), words: distinct.size });
	});
	sections.sort((a, b) => b.words - a.words);
	return { excerpt: excerpt(0, words.length), sections };
}

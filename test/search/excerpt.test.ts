import { describe, expect, it } from 'vitest';
import { type FragmentText, type Run, buildExcerpts, fragmentWords } from '../../src/lib/search/excerpt.ts';
import { fixtures } from './fixtures.ts';

interface ExcerptFixture {
	/** The page's text as Pagefind stores it in a fragment (words separated by zero-width spaces in segmented languages). */
	indexed: string;
	anchors: NonNullable<FragmentText['anchors']>;
	found: Record<string, string[]>;
	words: string[];
	length: number;
	expected: { excerpt: string; sections: { id: string; title: string; excerpt: string }[] };
}

/** The fragment as Pagefind's browser code hands it out (pagefind_web_js/lib/coupled_search.ts, loadFragment). */
function loaded(indexed: string, anchors: FragmentText['anchors']): FragmentText {
	return { raw_content: indexed.replace(/</g, '&lt;').replace(/>/g, '&gt;'), content: indexed.replace(/\u200B/g, ''), anchors };
}

/** Runs written with marks in brackets, for readable fixtures. */
const written = (runs: Run[]) => runs.map((r) => (r.mark ? `[${r.text}]` : r.text)).join('');

describe('excerpts of a result', () => {
	for (const [name, fixture] of fixtures<ExcerptFixture>('excerpt')) {
		it(name, () => {
			const found = new Map(Object.entries(fixture.found).map(([k, v]) => [Number(k), v]));
			const { excerpt, sections } = buildExcerpts(loaded(fixture.indexed, fixture.anchors), found, fixture.words, fixture.length);
			expect(written(excerpt)).toBe(fixture.expected.excerpt);
			expect(sections.map((s) => ({ id: s.id, title: s.title, excerpt: written(s.excerpt) }))).toEqual(fixture.expected.sections);
			for (const run of [...excerpt, ...sections.flatMap((s) => s.excerpt)]) {
				expect(run.text).not.toBe('');
				if (run.mark) expect(run.text).toMatch(/^[^\s\p{P}].*[^\s\p{P}]$|^[^\s\p{P}]$/su);
			}
		});
	}

	it('numbers words as Pagefind does and gives them back as the page wrote them', () => {
		const indexed = 'a\u200B<b>\u200B&lt;\u200B';
		expect(fragmentWords(loaded(indexed, []))).toEqual(['a', '<b>', '&lt;', '']);
		expect(fragmentWords(loaded('x  <y>\nz', []))).toEqual(['x', '<y>', 'z']);
	});

	it('ignores positions past the end of the text and anchors without an id', () => {
		const { excerpt, sections } = buildExcerpts(loaded('one two three', [{ element: 'h2', id: '', text: 'x', location: 1 }]), new Map([[99, ['x']]]), ['x']);
		expect(written(excerpt)).toBe('one two three');
		expect(sections).toEqual([]);
	});
});

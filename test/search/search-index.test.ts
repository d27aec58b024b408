import { describe, expect, it } from 'vitest';
import { coversPrefix, segmentedWords, takeIndexerOnly, withIndexerMeta } from '../../src/postbuild/search-index.ts';
import { fixtures } from './fixtures.ts';

interface IndexCase {
	lang: string;
	indexed: string;
	keywords: string;
	added: string[];
}

describe('words added to the index for the browser segmenter', () => {
	for (const [name, fixture] of fixtures<Partial<IndexCase> & { cases?: IndexCase[] }>('index')) {
		it(name, () => {
			for (const { lang, indexed, keywords, added } of fixture.cases ?? [fixture as IndexCase]) {
				expect(segmentedWords(indexed, keywords, lang), indexed).toEqual(added);
			}
		});
	}

	it('finds prefixes in a sorted word list', () => {
		const sorted = ['kube-bench', 'シークレット', 'ポッド'].sort();
		expect(coversPrefix(sorted, 'シーク')).toBe(true);
		expect(coversPrefix(sorted, 'レット')).toBe(false);
		expect(coversPrefix(sorted, 'ポッド')).toBe(true);
		expect(coversPrefix([], 'a')).toBe(false);
	});
});

describe('what only the indexer sees', () => {
	it('takes the declared terms out of the served page', () => {
		const html = '<main data-pagefind-body><p>x</p><span hidden data-indexer-only data-pagefind-meta="keywords:kube-bench &quot;CIS&quot; &amp; more"></span></main>';
		expect(takeIndexerOnly(html)).toEqual({ html: '<main data-pagefind-body><p>x</p></main>', keywords: 'kube-bench "CIS" & more' });
		expect(takeIndexerOnly('<p>plain</p>')).toEqual({ html: '<p>plain</p>', keywords: '' });
	});

	it('puts a meta field inside the indexed body, its value escaped and without the commas that separate fields', () => {
		const html = '<html><body><main class="a" data-pagefind-body lang="ja"><h1>t</h1></main></body></html>';
		expect(withIndexerMeta(html, 'segmented', ['レット', 'a,b', '"<x>&'])).toBe(
			'<html><body><main class="a" data-pagefind-body lang="ja"><span hidden data-pagefind-meta="segmented:レット a b &quot;&lt;x&gt;&amp;"></span><h1>t</h1></main></body></html>',
		);
		expect(withIndexerMeta('<body><p>x</p></body>', 'f', ['w'])).toBe('<body><span hidden data-pagefind-meta="f:w"></span><p>x</p></body>');
		expect(withIndexerMeta(html, 'segmented', [])).toBe(html);
	});
});

import { describe, expect, it } from 'vitest';
import { searchKeywords, termsNotInText } from '../../src/lib/search-keywords.ts';

describe('search keywords', () => {
	it('adds the words a Japanese query is split into, so the query matches the page', () => {
		const query = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment('シークレット')].filter((s) => s.isWordLike).map((s) => s.segment);
		const keywords = searchKeywords(['シークレット'], 'ja').split(' ');
		expect(keywords).toContain('シークレット');
		for (const word of query) expect(keywords).toContain(word);
	});

	it('keeps commands and flags whole and drops commas, which separate Pagefind meta fields', () => {
		expect(searchKeywords(['--audit-policy-file', 'a,b'], 'ja').split(' ')).toContain('--audit-policy-file');
		expect(searchKeywords(['a,b'], 'ja')).not.toContain(',');
	});

	it('finds the terms a page does not contain, ignoring case', () => {
		expect(termsNotInText(['Secret', 'kube-bench', '監査ログ'], 'secrets in etcd, read with KUBE-BENCH')).toEqual(['監査ログ']);
	});
});

import { describe, expect, it } from 'vitest';
import { searchKeywords, termsNotInText } from '../../src/lib/search-keywords.ts';

describe('search keywords', () => {
	it('keeps commands and flags whole and drops commas, which separate Pagefind meta fields', () => {
		expect(searchKeywords(['--audit-policy-file', 'kubectl  create secret', 'a,b']).split(' ')).toEqual(['--audit-policy-file', 'kubectl', 'create', 'secret', 'a', 'b']);
		expect(searchKeywords(['a,b'])).not.toContain(',');
	});

	it('finds the terms a page does not contain, ignoring case', () => {
		expect(termsNotInText(['Secret', 'kube-bench', '監査ログ'], 'secrets in etcd, read with KUBE-BENCH')).toEqual(['監査ログ']);
	});
});

import { describe, expect, it } from 'vitest';
import { pageHref } from '../../src/lib/paths.ts';

describe('pageHref', () => {
	it('links Japanese pages at the root and English pages under /en/', () => {
		expect(pageHref('ja', 'cluster-setup/network-policy', '/')).toBe('/cluster-setup/network-policy/');
		expect(pageHref('en', 'cluster-setup/network-policy', '/')).toBe('/en/cluster-setup/network-policy/');
		expect(pageHref('ja', '', '/')).toBe('/');
		expect(pageHref('en', '', '/')).toBe('/en/');
	});

	it('honours a base path with or without a trailing slash', () => {
		expect(pageHref('ja', 'coverage', '/cks-notes/')).toBe('/cks-notes/coverage/');
		expect(pageHref('en', 'coverage', '/cks-notes')).toBe('/cks-notes/en/coverage/');
	});
});

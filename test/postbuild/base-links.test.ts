import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/postbuild/base-links.ts';

describe('base path', () => {
	it('prefixes root-relative links and sources, leaving the rest alone', () => {
		const html = '<a href="/cluster-setup/rbac/#x">a</a><a href="/cks-notes/exam/">b</a><a href="https://kubernetes.io/docs/">c</a><a href="//cdn.example/x">d</a><img src="/icons/i.png"><a href="#top">e</a>';
		expect(withBase(html, '/cks-notes/')).toBe(
			'<a href="/cks-notes/cluster-setup/rbac/#x">a</a><a href="/cks-notes/exam/">b</a><a href="https://kubernetes.io/docs/">c</a><a href="//cdn.example/x">d</a><img src="/cks-notes/icons/i.png"><a href="#top">e</a>',
		);
	});

	it('changes nothing at the root', () => {
		expect(withBase('<a href="/exam/">x</a>', '/')).toBe('<a href="/exam/">x</a>');
	});
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHandlers, inlineHashes, policy, withCsp } from '../../src/postbuild/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>theme()</script><script type="module" src="/a.js"></script><script type="application/json">{"a":1}</script><style>p{}</style></head><body><script type="module">boot()</script></body></html>`;

describe('content security policy', () => {
	it('hashes inline scripts and styles, not external scripts or data blocks', () => {
		expect(inlineHashes(page)).toEqual({ scripts: [hash('theme()'), hash('boot()')], styles: [hash('p{}')] });
	});

	it('allows only the site itself, WebAssembly for search, and inline style attributes', () => {
		const csp = policy({ scripts: [hash('x')], styles: [] });
		expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('x')}`);
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("style-src-attr 'unsafe-inline'");
		expect(csp).toContain("object-src 'none'");
		expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
	});

	it('puts the policy first in <head>, replacing an earlier one', () => {
		const once = withCsp(page);
		expect(once).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><meta charset/);
		expect(withCsp(once).match(/Content-Security-Policy/g)).toHaveLength(1);
	});

	it('finds inline event handlers, which a hash-based policy cannot allow', () => {
		expect(inlineHandlers('<button onclick="go()">x</button><a href="/onclick=">y</a>')).toEqual(['onclick']);
	});
});

import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortNames, shortenScopes, withShortScopes } from '../../src/postbuild/short-scopes.ts';

describe('short style scopes', () => {
	it('names the most used scopes first and skips class names in use', () => {
		const names = shortNames(new Map([['astro-bbbbbbbb', 1], ['astro-aaaaaaaa', 5], ['astro-cccccccc', 1]]), new Set(['s1']));
		expect([...names]).toEqual([['astro-aaaaaaaa', 's0'], ['astro-bbbbbbbb', 's2'], ['astro-cccccccc', 's3']]);
		expect(withShortScopes('<li class="x astro-aaaaaaaa">', names)).toBe('<li class="x s0">');
	});

	it('renames scopes in pages and stylesheets, renames changed stylesheets and leaves scopes that scripts name', async () => {
		const root = await mkdtemp(join(tmpdir(), 'cks-scopes-'));
		await mkdir(join(root, '_astro'));
		await writeFile(join(root, '_astro/site.abc.css'), 'ul:where(.astro-aaaaaaaa){x:1}.t:where(.astro-bbbbbbbb){y:2}');
		await writeFile(join(root, '_astro/x.js'), 'document.querySelector(".astro-bbbbbbbb");import("./lazy.js",["_astro/site.abc.css"])');
		await writeFile(join(root, 'index.html'), '<link rel="stylesheet" href="/_astro/site.abc.css"><ul class="astro-aaaaaaaa"><li class="t astro-bbbbbbbb">astro-aaaaaaaa');
		expect(await shortenScopes(root, ['index.html'])).toEqual({ scopes: 1, stylesheets: 1 });
		const files = await readdir(join(root, '_astro'));
		const css = files.find((f) => f.endsWith('.css'))!;
		expect(css).not.toBe('site.abc.css');
		expect(await readFile(join(root, '_astro', css), 'utf8')).toBe('ul:where(.s0){x:1}.t:where(.astro-bbbbbbbb){y:2}');
		expect(await readFile(join(root, 'index.html'), 'utf8')).toBe(`<link rel="stylesheet" href="/_astro/${css}"><ul class="s0"><li class="t astro-bbbbbbbb">astro-aaaaaaaa`);
		expect(await readFile(join(root, '_astro/x.js'), 'utf8')).toContain(`"_astro/${css}"`);
	});
});

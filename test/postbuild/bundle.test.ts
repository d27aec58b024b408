import { mkdtemp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundlePlan, bundleSharedAssets, exportNames, pageScripts, pageStylesheets, sharedFiles, withJoinedTag } from '../../src/postbuild/bundle.ts';

describe('shared startup files', () => {
	it("finds a page's stylesheets with their media and its module scripts, leaving inline scripts alone", () => {
		const html = '<link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="stylesheet" href="/_astro/a.css"><script>x()</script><script type="module" src="/_astro/a.js"></script>';
		expect(pageStylesheets(html, '/').map(({ path, media }) => ({ path, media }))).toEqual([
			{ path: '_astro/print.css', media: 'print' },
			{ path: '_astro/a.css', media: undefined },
		]);
		expect(pageScripts(html, '/').map((s) => s.path)).toEqual(['_astro/a.js']);
		expect(pageScripts(html.replaceAll('/_astro/', '/base/_astro/'), '/base/').map((s) => s.path)).toEqual(['_astro/a.js']);
	});

	it('keeps the files most pages load, in the order pages load them', () => {
		const lists = [['a', 'b', 'x', 'c'], ['a', 'c'], ['a', 'b', 'c'], ['a', 'y', 'b']];
		expect(sharedFiles(lists, 0.75)).toEqual(['a', 'b', 'c']);
		expect(sharedFiles(lists, 1)).toEqual(['a']);
	});

	it('puts the joined tag where the first member was and drops the others', () => {
		const tags = ['a', 'b', 'c'].map((n) => ({ tag: `<script type="module" src="/_astro/${n}.js"></script>`, path: `_astro/${n}.js` }));
		const html = tags.map((t) => t.tag).join('<p>');
		expect(withJoinedTag(html, tags, new Set(['_astro/a.js', '_astro/c.js']), '<J>')).toBe(`<J><p>${tags[1]!.tag}<p>`);
	});

	it('keeps apart what a bundled copy would duplicate: modules imported from outside, loaded on intent, or page scripts imported by others', () => {
		const graph = new Map([
			['a.js', { imports: ['shared.js', 'own.js'], dynamic: ['lazy.js'] }],
			['b.js', { imports: [], dynamic: [] }],
			['c.js', { imports: [], dynamic: [] }],
			['study.js', { imports: ['shared.js'], dynamic: [] }],
			['lazy.js', { imports: ['c.js'], dynamic: [] }],
			['own.js', { imports: [], dynamic: [] }],
			['shared.js', { imports: [], dynamic: [] }],
		]);
		const plan = bundlePlan(graph, ['a.js', 'b.js', 'c.js'], new Set(['a.js', 'b.js', 'c.js', 'study.js']));
		expect(plan.members).toEqual(['a.js', 'b.js']);
		expect(plan.inlined.sort()).toEqual(['a.js', 'b.js', 'own.js']);
		expect([...plan.apart].sort()).toEqual(['c.js', 'lazy.js', 'shared.js', 'study.js']);
		expect(plan.stubbed).toEqual([]);
		// With its exports known, the script the lazy chunk imports joins, as a stub.
		graph.set('c.js', { imports: [], dynamic: [], exports: ['t'] } as never);
		const joined = bundlePlan(graph, ['a.js', 'b.js', 'c.js'], new Set(['a.js', 'b.js', 'c.js', 'study.js']));
		expect(joined.members).toEqual(['a.js', 'b.js', 'c.js']);
		expect(joined.stubbed).toEqual(['c.js']);
		// When every page loads the bundle, a chunk it shares with other pages' scripts joins as a stub too; a lazy chunk never does.
		graph.set('shared.js', { imports: [], dynamic: [], exports: ['n'] } as never);
		graph.set('lazy.js', { imports: ['c.js'], dynamic: [], exports: [] } as never);
		const everywhere = bundlePlan(graph, ['a.js', 'b.js', 'c.js'], new Set(['a.js', 'b.js', 'c.js', 'study.js']), true);
		expect(everywhere.stubbed.sort()).toEqual(['c.js', 'shared.js']);
		expect([...everywhere.apart].sort()).toEqual(['lazy.js', 'study.js']);
		expect(bundlePlan(graph, ['a.js', 'b.js', 'c.js'], new Set(['a.js', 'b.js', 'c.js', 'study.js'])).stubbed).toEqual(['c.js']);
	});

	it("reads a module's exports as Vite writes them, and nothing it cannot be sure of", () => {
		expect(exportNames('var e=1;function n(){}export{e as t,n};')).toEqual(['t', 'n']);
		expect(exportNames('console.log(1)')).toEqual([]);
		expect(exportNames('export default 1')).toBeUndefined();
		expect(exportNames('export{a}from"./x.js";export{b};')).toBeUndefined();
	});
});

describe('joining a built site', () => {
	it('serves one stylesheet and one script that run each module once, and removes what no page needs', async () => {
		const root = `${await mkdtemp(join(tmpdir(), 'cks-bundle-'))}/`;
		await mkdir(join(root, '_astro'));
		const files: Record<string, string> = {
			'a.css': 'a{color:red}',
			'b.css': 'b{color:blue}',
			'a.js': 'import{n as e}from"./counter.js";e("a");',
			'b.js': 'import"./own.js";import("./lazy.js");globalThis.log?.push("b");function h(x){return x+1}export{h as t};',
			'own.js': 'globalThis.log?.push("own");',
			'lazy.js': 'import{n as e}from"./counter.js";import{t}from"./b.js";e("lazy"+t(1));',
			'counter.js': 'globalThis.log?.push("counter");function n(x){globalThis.log?.push(x)}export{n};',
			'study.js': 'import{n as e}from"./counter.js";e("study");',
		};
		for (const [name, text] of Object.entries(files)) await writeFile(join(root, '_astro', name), text);
		const page = (extra = '') =>
			`<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"></head><body><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>${extra}</body></html>`;
		await writeFile(join(root, 'index.html'), page());
		await writeFile(join(root, 'study.html'), page('<script type="module" src="/_astro/study.js"></script>'));

		const report = await bundleSharedAssets(root, '/', ['index.html', 'study.html']);
		expect(report.js).toEqual(['_astro/a.js', '_astro/b.js']);
		const left = await readdir(join(root, '_astro'));
		// b.js is left as a stub for the lazy chunk that imports its helper, counter.js for the study page's script.
		expect(left.filter((f) => !f.startsWith('site.')).sort()).toEqual(['b.js', 'counter.js', 'lazy.js', 'study.js']);
		expect(await readFile(join(root, '_astro/b.js'), 'utf8')).toMatch(/^export\{__cks\d_t as t\}from"\.\/site\.[\w-]+\.js";$/);
		expect(await readFile(join(root, '_astro/counter.js'), 'utf8')).toMatch(/^export\{__cks\d_n as n\}from"\.\/site\.[\w-]+\.js";$/);
		const html = await readFile(join(root, 'study.html'), 'utf8');
		expect(html).toMatch(/^<html><head><link rel="stylesheet" href="\/_astro\/site\.[\w-]+\.css"><\/head><body><script type="module" src="\/_astro\/site\.[\w-]+\.js"><\/script><script type="module" src="\/_astro\/study\.js"><\/script>/);
		const bundle = left.find((f) => f.startsWith('site.') && f.endsWith('.js'))!;
		const code = await readFile(join(root, '_astro', bundle), 'utf8');
		// Every page loads the bundle, so the chunk it shares with the study page's script is in it, and the stub points there.
		expect(code).not.toMatch(/from\s*["'`]\.\/counter\.js["'`]/);
		expect(code).toContain('`counter`');
		expect(code).toMatch(/import\(["'`]\.\/lazy\.js["'`]\)/);

		// Run it as a browser would run the study page: every module once, the shared one too.
		await writeFile(join(root, 'package.json'), '{"type":"module"}');
		const log: string[] = [];
		Object.assign(globalThis, { log });
		await import(pathToFileURL(join(root, '_astro', bundle)).href);
		await import(pathToFileURL(join(root, '_astro/study.js')).href);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(log.sort()).toEqual(['a', 'b', 'counter', 'lazy2', 'own', 'study']);
		expect(await readFile(join(root, '_astro', left.find((f) => f.endsWith('.css'))!), 'utf8')).toBe('a{color:red}b{color:blue}');
	});
});

describe('print styles', () => {
	it('join the site stylesheet inside their media, where the page had them', async () => {
		const root = `${await mkdtemp(join(tmpdir(), 'cks-bundle-'))}/`;
		await mkdir(join(root, '_astro'));
		await writeFile(join(root, '_astro/print.css'), 'nav{display:none}');
		await writeFile(join(root, '_astro/a.css'), 'a{color:red}');
		await writeFile(join(root, 'index.html'), '<head><link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="stylesheet" href="/_astro/a.css"></head>');
		await bundleSharedAssets(root, '/', ['index.html']);
		const html = await readFile(join(root, 'index.html'), 'utf8');
		const css = /href="\/(_astro\/site\.[\w-]+\.css)"/.exec(html)![1]!;
		expect(html).not.toContain('print.css');
		expect(await readFile(join(root, css), 'utf8')).toBe('@media print{nav{display:none}}a{color:red}');
	});
});

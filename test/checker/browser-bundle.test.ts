/**
 * The checker's browser bundle (bundled by Vite for the browser, with the browser's validator loader and the
 * generated catalogue) gives the same findings as the build's pipeline (Node's loader) on every block fixture and
 * schema fixture; and nothing it bundles compiles code at run time (the CSP forbids eval).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBlock } from '../../src/validation/block.ts';
import { type CodeBlock, extractCodeBlocks, metaAttributes } from '../../src/validation/extract.ts';
import '../../src/validation/loaders/node.ts';
import { namedSchemas } from '../../src/validation/schemas/index.ts';

type Bundle = typeof import('../../src/checker/browser-core.ts');

const root = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'cks-checker-bundle-'));
let bundle: Bundle;

beforeAll(async () => {
	await build({
		configFile: false,
		root,
		logLevel: 'silent',
		build: { outDir: out, emptyOutDir: true, minify: true, lib: { entry: join(root, 'src/checker/browser-core.ts'), formats: ['es'], fileName: 'browser-core' } },
	});
	bundle = (await import(pathToFileURL(join(out, 'browser-core.js')).href)) as Bundle;
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const blockDir = join(import.meta.dirname, '../validation/block-fixtures');
const blocks: { name: string; block: CodeBlock }[] = readdirSync(blockDir)
	.filter((f) => f.endsWith('.md'))
	.sort()
	.flatMap((f) => extractCodeBlocks(readFileSync(join(blockDir, f), 'utf8')).map((block) => ({ name: `${f}:${block.line}`, block })));

const schemaDir = join(import.meta.dirname, '../validation/schema-fixtures');
const schemaFixtures = readdirSync(schemaDir, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.flatMap((d) =>
		readdirSync(join(schemaDir, d.name))
			.filter((f) => /\.(ya?ml|json)$/.test(f))
			.map((f) => ({ dir: d.name, file: f, name: `${d.name}/${f}`, lang: f.endsWith('.json') ? ('json' as const) : ('yaml' as const), code: readFileSync(join(schemaDir, d.name, f), 'utf8') })),
	);

describe('the browser bundle and the build give the same findings', () => {
	it.each(blocks)('block fixture $name', async ({ block }) => {
		expect(await bundle.checkBlock(block)).toEqual(await checkBlock(block));
	});

	it.each(blocks.filter(({ block }) => ['yaml', 'json'].includes(block.lang) && !/\b(example|check|check-ordered)=/.test(block.meta)))('pasted into the checker: $name', async ({ block }) => {
		const schema = metaAttributes(block.meta).schema;
		const page = await bundle.checkManifest(block.code, schema);
		expect(page.lang).toBe(block.lang);
		expect(page.findings).toEqual((await checkBlock(block)).findings);
	});

	it.each(schemaFixtures)('schema fixture $name', async ({ dir, file, lang, code }) => {
		const schema = dir in namedSchemas ? dir : undefined;
		const page = await bundle.checkManifest(code, schema);
		expect(page.findings).toEqual((await checkBlock({ lang, meta: schema ? `schema="${schema}"` : '', code })).findings);
		const errors = page.findings.filter((f) => f.kind !== 'deprecated');
		if (file.startsWith('bad-')) expect(errors.length, 'a bad fixture is refused on the page').toBeGreaterThan(0);
		else expect(errors, 'a good fixture is clean on the page').toEqual([]);
	});

	it('bundles no code that compiles code at run time (new Function, eval)', () => {
		const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
		expect(files.length).toBeGreaterThan(10);
		const offenders = files.filter((f) => /\b(?:new\s+)?Function\s*\(|\beval\s*\(/.test(readFileSync(join(out, f), 'utf8')));
		expect(offenders).toEqual([]);
	});
});

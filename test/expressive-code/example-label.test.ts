import { ExpressiveCodeEngine } from 'astro-expressive-code';
import { describe, expect, it } from 'vitest';
import { exampleLabel } from '../../src/expressive-code/example-label.ts';

const engine = new ExpressiveCodeEngine({ plugins: [exampleLabel()] });
/** The rendered block as JSON text, enough to find its classes and label. */
const render = async (meta: string, locale: string) => JSON.stringify((await engine.render({ code: 'a: 1', language: 'yaml', meta, locale })).renderedGroupAst);

describe('example label', () => {
	it('labels a wrong example and an old form in the page language', async () => {
		expect(await render('example="wrong"', 'ja')).toContain('"value":"誤った例（このまま使わないこと）"');
		expect(await render('example="old"', 'en')).toContain('"value":"Old form (for reference)"');
		expect(await render('example="wrong"', 'en')).toContain('cks-example-wrong');
	});

	it('leaves other blocks as they are', async () => {
		expect(await render('title="a.yaml"', 'ja')).not.toContain('cks-example');
	});
});

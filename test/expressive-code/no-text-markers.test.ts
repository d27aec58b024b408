import { ExpressiveCode } from 'astro-expressive-code';
import { describe, expect, it } from 'vitest';
import { noTextMarkers } from '../../src/expressive-code/no-text-markers.ts';

const engine = new ExpressiveCode({ textMarkers: false, plugins: [noTextMarkers()] });
const render = (meta: string, language = 'yaml') => engine.render({ code: 'a: 1', language, meta });

describe('no text markers', () => {
	it('renders blocks that ask for none', async () => {
		await expect(render('title="a.yaml" example="wrong"')).resolves.toBeDefined();
		await expect(render('', 'diff')).resolves.toBeDefined();
	});

	it('stops at a block that asks for them', async () => {
		for (const meta of ['{2}', 'ins={1-2}', 'mark="a"', '"a"', '/a+/', 'del={1}']) await expect(render(meta), meta).rejects.toThrow(/text markers/);
		await expect(render('lang="yaml"', 'diff')).rejects.toThrow(/diff with lang=/);
	});
});

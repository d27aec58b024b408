import { pluginFrames } from '@expressive-code/plugin-frames';
import { ExpressiveCodeEngine } from 'astro-expressive-code';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { answerCheck } from '../../src/expressive-code/answer-check.ts';

const engine = new ExpressiveCodeEngine({ plugins: [pluginFrames(), answerCheck()] });
const render = async (meta: string) => toHtml((await engine.render({ code: 'kind: Pod\nspec: {}', language: 'yaml', meta, locale: 'en' })).renderedGroupAst);

describe('answer check attributes', () => {
	it('carries the check paths, their order and the schema on the solution block, whose copy button keeps the code', async () => {
		const html = await render('title="pod.yaml" check="spec.containers[name=app].image Role:rules" check-ordered="Role:rules" schema="Pod"');
		expect(html).toContain('data-cks-check="spec.containers[name=app].image Role:rules"');
		expect(html).toContain('data-cks-check-ordered="Role:rules"');
		expect(html).toContain('data-cks-schema="Pod"');
		expect(html).toContain('data-cks-lang="yaml"');
		expect(html).toMatch(/<figure[^>]* data-cks-check="spec\.containers/);
		expect(html).toContain('data-code="kind: Pod\u007fspec: {}"');
	});

	it('leaves other blocks as they are', async () => {
		expect(await render('title="a.yaml"')).not.toContain('data-cks-');
	});
});

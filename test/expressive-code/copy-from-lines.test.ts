import { ExpressiveCode } from 'astro-expressive-code';
import { describe, expect, it } from 'vitest';
import { copyFromLines, copyModule, copyText } from '../../src/expressive-code/copy-from-lines.ts';

const plain = new ExpressiveCode();
const slim = new ExpressiveCode({ plugins: [copyFromLines()] });
/** The copy button's `data-code`, if the rendered block has one. */
const dataCode = async (engine: ExpressiveCode, code: string, language: string) => /"dataCode":("[^"]*")/.exec(JSON.stringify((await engine.render({ code, language })).renderedGroupAst))?.[1];

describe('copy button', () => {
	it("copies what Expressive Code copies: a terminal's commands without its comment lines", () => {
		expect(copyText(['# list them', 'kubectl get pods', '', '# then', 'kubectl get svc  '], true)).toBe('kubectl get pods\nkubectl get svc');
		expect(copyText(['a: 1', '# kept', ''], false)).toBe('a: 1\n# kept\n');
	});

	it('leaves the second copy of the code out of the page where the lines give the same text', async () => {
		for (const [code, language] of [
			['kubectl get pods\n# then\n\nkubectl get svc', 'bash'],
			['apiVersion: v1\n\n# a comment\nkind: Pod', 'yaml'],
		] as const) {
			expect(await dataCode(plain, code, language)).toBeDefined();
			expect(await dataCode(slim, code, language)).toBeUndefined();
		}
	});

	it('ships a browser module that parses', () => {
		expect(() => new Function(copyModule)).not.toThrow();
		expect(copyModule).toContain("closest('.expressive-code .copy button')");
	});
});

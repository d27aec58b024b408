/** Every task whose solution declares check="…" accepts its own solution and refuses one without a checked part, naming the part and never its expected value. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkAnswer } from '../../src/checker/check.ts';
import { parseCheck, valueAt } from '../../src/validation/answer.ts';
import { extractCodeBlocks, metaAttributes } from '../../src/validation/extract.ts';
import '../../src/validation/loaders/node.ts';
import { parseDocuments } from '../../src/validation/yaml-check.ts';

const docs = join(import.meta.dirname, '../../src/content/docs');
const solutions = readdirSync(docs, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.mdx'))
	.sort()
	.flatMap((f) =>
		extractCodeBlocks(readFileSync(join(docs, f), 'utf8'))
			.filter((b) => metaAttributes(b.meta).check !== undefined)
			.map((b) => ({ name: `${f}:${b.line}`, block: b, attrs: metaAttributes(b.meta) })),
	);

const request = (text: string, { block, attrs }: (typeof solutions)[number]) => ({
	text,
	solution: block.code,
	solutionLang: block.lang === 'json' ? ('json' as const) : ('yaml' as const),
	check: attrs.check!,
	checkOrdered: attrs['check-ordered'],
	schema: attrs.schema,
});

describe('check my answer on the practice tasks', () => {
	it('has tasks to check', () => expect(solutions.length).toBeGreaterThan(0));

	it.each(solutions)('$name accepts its own solution', async (solution) => {
		const result = await checkAnswer(request(solution.block.code, solution));
		expect(result.findings.filter((f) => f.kind !== 'deprecated')).toEqual([]);
		expect(result.differences).toEqual([]);
		expect(result.passed).toBe(true);
	});

	it.each(solutions)('$name refuses an answer without its first checked part, without printing the solution', async (solution) => {
		const { paths } = parseCheck(solution.attrs.check!, solution.attrs['check-ordered']);
		const path = paths[0]!;
		const answer = parseDocuments(solution.block.code) as Record<string, unknown>[];
		const target = path.document ? answer.find((d) => d.kind === path.document!.kind) : answer[0];
		const parent = valueAt(target, path.segments.slice(0, -1)) as Record<string, unknown> | unknown[];
		const last = path.segments.at(-1)!;
		if ('field' in last) delete (parent as Record<string, unknown>)[last.field];
		else if ('index' in last) (parent as unknown[]).splice(last.index, 1);
		else (parent as unknown[]).splice((parent as Record<string, unknown>[]).findIndex((i) => String(i[last.key]) === last.value), 1);
		const text = answer.map((d) => stringify(d)).join('---\n');
		const result = await checkAnswer(request(text, solution));
		expect(result.passed).toBe(false);
		expect(result.differences.map((d) => d.message).join('\n')).toContain(path.text);
		const expected = valueAt(parseDocuments(solution.block.code).find((d) => !path.document || (d as { kind?: string }).kind === path.document.kind), path.segments);
		if (typeof expected === 'string' && expected.length > 3) for (const d of result.differences) expect(d.message).not.toContain(expected);
	});
});

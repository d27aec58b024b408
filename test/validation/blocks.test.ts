import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content-error.ts';
import { validateSource } from '../../src/validation/validate.ts';

const dir = join(import.meta.dirname, 'block-fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md'));

/** The `<!-- expect: … -->` lines of a fixture: each must match exactly one reported issue. */
function expectations(source: string): string[] {
	return [...source.matchAll(/<!-- expect: (.+?) -->/g)].map((m) => m[1]!);
}

describe('snippet validation fixtures', () => {
	it.each(fixtures.filter((f) => f.startsWith('good-')))('%s passes', async (file) => {
		const { issues } = await validateSource(file, readFileSync(join(dir, file), 'utf8'));
		expect(issues.map(formatIssue)).toEqual([]);
	});

	it.each(fixtures.filter((f) => f.startsWith('bad-')))('%s fails with the expected messages', async (file) => {
		const source = readFileSync(join(dir, file), 'utf8');
		const expected = expectations(source);
		expect(expected.length).toBeGreaterThan(0);
		const messages = (await validateSource(file, source)).issues.map(formatIssue);
		for (const e of expected) expect(messages.some((m) => m.includes(e)), `${e}\nin:\n${messages.join('\n')}`).toBe(true);
		expect(messages).toHaveLength(expected.length);
	});

	it('reports file, line inside the page and path inside the object', async () => {
		const source = readFileSync(join(dir, 'bad-unknown-field.md'), 'utf8');
		const [issue] = (await validateSource('page.mdx', source)).issues;
		expect(issue).toMatchObject({ file: 'page.mdx', line: 11, field: 'spec.containers[0].securityContex' });
	});
});

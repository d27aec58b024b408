/** Runs every schema against its fixtures: good-* must pass, bad-* must produce the finding named in `# expect:` / `.expect`. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Finding } from '../../src/validation/finding.ts';
import { documentSchemas, findDocumentSchema, namedSchemas, type DocumentSchema } from '../../src/validation/schemas/index.ts';
import { checkSpec } from '../../src/validation/spec.ts';

const root = fileURLToPath(new URL('./schema-fixtures', import.meta.url));
const fixtureFile = /^(good|bad)-.*\.(ya?ml|json)$/;

function load(file: string): unknown[] {
	const text = readFileSync(file, 'utf8');
	if (file.endsWith('.json')) return [JSON.parse(text)];
	return parseAllDocuments(text).map((doc) => {
		if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
		return doc.toJS() as unknown;
	});
}

function expectation(file: string): string {
	if (file.endsWith('.json')) {
		const sibling = file.replace(/\.json$/, '.expect');
		if (!existsSync(sibling)) throw new Error(`${file}: missing ${sibling}`);
		return readFileSync(sibling, 'utf8').trim();
	}
	const first = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
	const match = /^#\s*expect:\s*(.+)$/.exec(first);
	if (!match) throw new Error(`${file}: first line must be "# expect: <substring>"`);
	return match[1]!.trim();
}

function field(doc: unknown, key: string): unknown {
	return typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>)[key] : undefined;
}

/** Findings for one fixture, and the document schemas it was matched against. */
function check(dir: string, file: string): { findings: Finding[]; used: DocumentSchema[] } {
	const docs = load(file);
	const named = namedSchemas[dir];
	if (named) return { findings: docs.flatMap((doc) => checkSpec(doc, named, { partial: true })), used: [] };
	const used: DocumentSchema[] = [];
	const findings = docs.flatMap((doc): Finding[] => {
		const schema = findDocumentSchema(field(doc, 'apiVersion'), field(doc, 'kind'));
		if (!schema) return [{ message: `no document schema for ${String(field(doc, 'apiVersion'))} ${String(field(doc, 'kind'))}` }];
		used.push(schema);
		return checkSpec(doc, schema.spec, { partial: false });
	});
	return { findings, used };
}

const describeFindings = (findings: Finding[]) => findings.map((f) => `${f.path ?? ''}: ${f.message}${f.fix ? ` (${f.fix})` : ''}`).join('\n');

const dirs = readdirSync(root, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name)
	.sort();

for (const dir of dirs) {
	const files = readdirSync(join(root, dir))
		.filter((f) => fixtureFile.test(f))
		.sort();

	describe(dir, () => {
		it('has at least one good and two bad fixtures', () => {
			expect(files.filter((f) => f.startsWith('good-')).length).toBeGreaterThanOrEqual(1);
			expect(files.filter((f) => f.startsWith('bad-')).length).toBeGreaterThanOrEqual(2);
		});

		for (const name of files) {
			const file = join(root, dir, name);
			if (name.startsWith('good-')) {
				it(name, () => {
					const { findings } = check(dir, file);
					const errors = findings.filter((f) => f.kind !== 'deprecated');
					const deprecations = findings.filter((f) => f.kind === 'deprecated');
					expect(describeFindings(errors)).toBe('');
					if (name.startsWith('good-old-')) expect(deprecations.length, 'a good-old-* fixture should use a deprecated form').toBeGreaterThan(0);
					else expect(describeFindings(deprecations)).toBe('');
				});
			} else {
				it(name, () => {
					const expected = expectation(file);
					const { findings } = check(dir, file);
					expect(findings.filter((f) => f.kind !== 'deprecated').length, 'a bad fixture must fail').toBeGreaterThan(0);
					const hit = findings.some((f) => f.message.includes(expected) || (f.fix ?? '').includes(expected));
					expect(hit, `no finding contains ${JSON.stringify(expected)}; got:\n${describeFindings(findings)}`).toBe(true);
				});
			}
		}
	});
}

describe('coverage', () => {
	it('has a fixture directory for every named schema', () => {
		expect(Object.keys(namedSchemas).filter((key) => !dirs.includes(key))).toEqual([]);
	});

	it('exercises every document schema with a good fixture', () => {
		const used = new Set<DocumentSchema>();
		for (const dir of dirs.filter((d) => !(d in namedSchemas))) {
			for (const name of readdirSync(join(root, dir)).filter((f) => f.startsWith('good-') && fixtureFile.test(f))) {
				for (const schema of check(dir, join(root, dir, name)).used) used.add(schema);
			}
		}
		expect(documentSchemas.filter((d) => !used.has(d)).map((d) => `${d.apiVersion} ${d.kind}`)).toEqual([]);
	});
});

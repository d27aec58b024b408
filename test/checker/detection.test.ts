/** What the checker tells a pasted text is, without schema="…": by apiVersion and kind, else by shape. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifest, textLang } from '../../src/checker/check.ts';
import '../../src/validation/loaders/node.ts';
import { detectShape } from '../../src/validation/yaml-check.ts';

const schemaDir = join(import.meta.dirname, '../validation/schema-fixtures');
const good = (dir: string) =>
	readdirSync(join(schemaDir, dir))
		.filter((f) => f.startsWith('good-'))
		.map((f) => ({ name: `${dir}/${f}`, code: readFileSync(join(schemaDir, dir, f), 'utf8') }));

describe('detection by shape', () => {
	for (const kind of ['falco-rules', 'falco-config', 'seccomp'] as const) {
		it.each(good(kind))(`$name is checked as ${kind} without schema="…"`, async ({ code }) => {
			const result = await checkManifest(code);
			expect(result.kind).toBe(kind);
			expect(result.findings.filter((f) => f.kind !== 'deprecated')).toEqual([]);
		});
	}

	it('tells Falco rules, a seccomp profile and a Falco configuration from other YAML', () => {
		expect(detectShape([{ rule: 'x' }, { macro: 'y', condition: 'z' }])).toBe('falco-rules');
		expect(detectShape([{ rlue: 'typo' }, { macro: 'y', condition: 'z' }])).toBe('falco-rules');
		expect(detectShape({ defaultAction: 'SCMP_ACT_ERRNO' })).toBe('seccomp');
		expect(detectShape({ syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_LOG' }] })).toBe('seccomp');
		expect(detectShape({ json_output: true })).toBe('falco-config');
		expect(detectShape({ readOnlyRootFilesystem: true })).toBeUndefined();
		expect(detectShape(['a', 'b'])).toBeUndefined();
		expect(detectShape([])).toBeUndefined();
		expect(detectShape({ apiVersion: 'v1', kind: 'Pod', defaultAction: 'SCMP_ACT_LOG' })).toBeUndefined();
	});

	it('reads text starting with { or [ as JSON, anything else as YAML', () => {
		expect(textLang('  {"defaultAction": "SCMP_ACT_LOG"}')).toBe('json');
		expect(textLang('[{"rule": "x"}]')).toBe('json');
		expect(textLang('- rule: x')).toBe('yaml');
		expect(textLang('apiVersion: v1')).toBe('yaml');
	});
});

describe('detection by apiVersion and kind', () => {
	it('checks every document of a multi-document text as what it is', async () => {
		const text = ['apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: team-a', '---', 'apiVersion: audit.k8s.io/v1', 'kind: Policy', 'rules:', '- level: Metadata'].join('\n');
		const result = await checkManifest(text);
		expect(result).toMatchObject({ lang: 'yaml', kind: 'kubernetes', documents: 2, findings: [] });
	});

	it('validates a JSON manifest as Kubernetes, with lines', async () => {
		const text = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: { containers: [{ name: 'x', image: 'nginx', imagePullPolicy: 'Sometimes' }] } }, null, 2);
		const result = await checkManifest(text);
		expect(result.kind).toBe('kubernetes');
		expect(result.findings).toEqual([expect.objectContaining({ path: 'spec.containers[0].imagePullPolicy', line: 12, message: expect.stringContaining('"Sometimes" is not one of Always, IfNotPresent, Never') })]);
	});

	it('reports a removed API and a wrong enum with their lines', async () => {
		const text = ['apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', 'metadata:', '  name: old', '---', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  type: NodePorts', '  ports:', '  - port: 80'].join('\n');
		const { findings } = await checkManifest(text);
		expect(findings).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ line: 1, path: 'apiVersion', message: 'policy/v1beta1 PodSecurityPolicy is not served by the exam\'s Kubernetes (removed)' }),
				expect.objectContaining({ line: 11, path: 'spec.type', fix: 'did you mean "NodePort"?' }),
			]),
		);
	});

	it('reports a parse error with its line, not as an exception', async () => {
		const yaml = await checkManifest('apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n');
		expect(yaml.findings[0]).toMatchObject({ message: expect.stringContaining('YAML does not parse') });
		expect(yaml.findings[0]!.line).toBeGreaterThanOrEqual(4);
		const json = await checkManifest('{\n  "defaultAction": "SCMP_ACT_LOG",\n}\n');
		expect(json.findings).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('JSON does not parse') })]);
	});
});

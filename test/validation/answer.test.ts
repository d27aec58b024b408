import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CheckPath, checkProblems, compareAnswer, parseCheck, sameValue } from '../../src/validation/answer.ts';
import { parseDocuments } from '../../src/validation/yaml-check.ts';

const fixture = (name: string) => parseDocuments(readFileSync(join(import.meta.dirname, 'answer-fixtures', name), 'utf8'));
const paths = (check: string, ordered?: string): CheckPath[] => {
	const { paths, errors } = parseCheck(check, ordered);
	expect(errors).toEqual([]);
	return paths;
};
const messages = (solution: string, answer: string, check: string) => compareAnswer(fixture(solution), fixture(answer), paths(check)).map((d) => `${d.where}: ${d.message}`);

describe('check paths', () => {
	it('reads fields, positions, selectors, quoted keys and documents', () => {
		const [a, b, c] = paths('spec.containers[name=app].image RoleBinding/x:subjects[0] metadata.annotations["a.b/c"]');
		expect(a).toMatchObject({ segments: [{ field: 'spec' }, { field: 'containers' }, { key: 'name', value: 'app' }, { field: 'image' }] });
		expect(b).toMatchObject({ document: { kind: 'RoleBinding', name: 'x' }, segments: [{ field: 'subjects' }, { index: 0 }] });
		expect(c).toMatchObject({ segments: [{ field: 'metadata' }, { field: 'annotations' }, { field: 'a.b/c' }] });
	});

	it('names paths the solution does not have', () => {
		expect(checkProblems(fixture('solution-network-policy.yaml'), paths('spec.podSelector spec.egress'))).toEqual(['check path "spec.egress" is not in the solution']);
		expect(checkProblems(fixture('solution-role-binding.yaml'), paths('rules Secret:data'))).toEqual([
			'check path "rules": the block has 2 documents; name one, e.g. "Role:rules"',
			'check path "Secret:data": the block has no Secret',
		]);
	});
});

describe('comparing an answer with the solution', () => {
	const check = 'spec.podSelector spec.policyTypes spec.ingress';

	it('accepts the same answer written differently', () => {
		expect(messages('solution-network-policy.yaml', 'answer-reordered-and-defaulted.yaml', check)).toEqual([]);
	});

	it('finds the OR-instead-of-AND mistake without showing the answer', () => {
		expect(messages('solution-network-policy.yaml', 'answer-or-instead-of-and.yaml', check)).toEqual([
			'NetworkPolicy api-from-web: spec.ingress: 1 item of the answer is missing or different',
		]);
	});

	it('names the wrong namespace and each differing part', () => {
		expect(messages('solution-network-policy.yaml', 'answer-wrong-name-and-namespace.yaml', check)).toEqual([
			'NetworkPolicy api-from-web: NetworkPolicy api-from-web is in the namespace default, not the one the task names',
			'NetworkPolicy api-from-web: spec.podSelector.matchLabels is missing',
			'NetworkPolicy api-from-web: spec.policyTypes: 1 more item than the answer',
			'NetworkPolicy api-from-web: spec.ingress is missing',
		]);
	});

	it('names a missing document and extra list items', () => {
		expect(messages('solution-role-binding.yaml', 'answer-role-binding-missing.yaml', 'Role:rules RoleBinding:roleRef')).toEqual([
			'RoleBinding app-reads-pods: no RoleBinding app-reads-pods in the namespace team-a in your answer',
			'Role pod-reader: Role:rules: 1 item of the answer is missing or different',
		]);
	});

	it('compares lists as sets unless ordered', () => {
		expect(sameValue(['a', 'b'], ['b', 'a'], false)).toBe(true);
		expect(sameValue(['a', 'b'], ['b', 'a'], true)).toBe(false);
		expect(sameValue(['a', 'a'], ['a', 'b'], false)).toBe(false);
		expect(compareAnswer([{ kind: 'Pod', args: ['x', 'y'] }], [{ kind: 'Pod', args: ['y', 'x'] }], paths('args', 'args')).map((d) => d.message)).toEqual([
			'args[0] has a different value',
			'args[1] has a different value',
		]);
	});
});

describe('defaults the API server fills in', () => {
	const pod = (volume: unknown, port: unknown) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { volumes: [volume], containers: [{ name: 'c', ports: [port] }] } });
	const token = (fieldRef: unknown) => ({ name: 'token', projected: { sources: [{ downwardAPI: { items: [{ path: 'namespace', fieldRef }] } }] } });

	it('treat a left-out fieldRef apiVersion and port protocol as written', () => {
		const expected = pod(token({ apiVersion: 'v1', fieldPath: 'metadata.namespace' }), { containerPort: 80, protocol: 'TCP' });
		const actual = pod(token({ fieldPath: 'metadata.namespace' }), { containerPort: 80 });
		expect(compareAnswer([expected], [actual], paths('spec.volumes spec.containers[name=c].ports'))).toEqual([]);
	});

	it('leave a CRD alone: a Cilium port without protocol means any protocol', () => {
		const cnp = (port: Record<string, unknown>) => ({ apiVersion: 'cilium.io/v2', kind: 'CiliumNetworkPolicy', metadata: { name: 'x' }, spec: { ingress: [{ toPorts: [{ ports: [port] }] }] } });
		expect(compareAnswer([cnp({ port: '80', protocol: 'TCP' })], [cnp({ port: '80' })], paths('spec.ingress'))).toHaveLength(1);
	});
});

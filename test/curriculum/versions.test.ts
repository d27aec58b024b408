import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exam } from '../../src/curriculum/model.ts';
import { findTool, pageTools, pinnedTools, verification, verifiedOn, versionOf } from '../../src/curriculum/versions.ts';

describe('pinned versions', () => {
	it('has one entry per id, each with a version, its source and the day it was checked', () => {
		const ids = pinnedTools.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const tool of pinnedTools) {
			expect(tool.id, tool.id).toMatch(/^[a-z][a-z0-9-]*$/);
			expect(tool.version, tool.id).toMatch(/^\d+(\.\d+)+$/);
			expect(tool.source.length, tool.id).toBeGreaterThan(10);
			expect(tool.checkedOn, tool.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('takes the Kubernetes minor from the exam facts, and a patch of that minor', () => {
		expect(versionOf('kubernetes-minor')).toBe(exam.kubernetesVersion);
		expect(versionOf('kubernetes')).toMatch(new RegExp(`^${exam.kubernetesVersion.replace('.', '\\.')}\\.\\d+$`));
		expect(versionOf('crictl').startsWith(`${exam.kubernetesVersion}.`)).toBe(true);
	});

	it('lists every tool the practice cluster installs', () => {
		for (const id of ['containerd', 'runc', 'crictl', 'cilium', 'cilium-cli', 'helm', 'falco', 'falco-chart', 'trivy', 'kube-bench', 'istio', 'gvisor', 'etcd', 'cosign', 'bom', 'kubesec', 'kube-linter', 'apparmor', 'jq', 'strace']) {
			expect(findTool(id), id).toBeDefined();
		}
	});

	it('dates every topic page with the content pass unless the page has a date of its own', () => {
		expect(verification.contentPass).toBe('2026-12-03');
		expect(verifiedOn('runtime-security/falco')).toBe(verification.contentPass);
	});
});

const dir = join(import.meta.dirname, 'page-tools-fixtures');

describe('the tools a page is verified against', () => {
	it.each(readdirSync(dir).filter((f) => f.endsWith('.md')))('%s', (file) => {
		const source = readFileSync(join(dir, file), 'utf8');
		const expected = /<!-- tools: (.+?) -->/.exec(source)![1]!.split(/,\s*/);
		expect(pageTools(source)).toEqual(expected);
	});
});

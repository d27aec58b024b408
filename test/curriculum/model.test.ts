import { describe, expect, it } from 'vitest';
import { competencyIds, disallowedDocReason, domainOfCompetency, domains, exam } from '../../src/curriculum/model.ts';

describe('curriculum model', () => {
	it('has the six domains of CKS v1.34 in curriculum order, weighing 100% in all', () => {
		expect(domains.map((d) => d.name.en)).toEqual([
			'Cluster Setup',
			'Cluster Hardening',
			'System Hardening',
			'Minimize Microservice Vulnerabilities',
			'Supply Chain Security',
			'Monitoring, Logging and Runtime Security',
		]);
		expect(domains.map((d) => d.weight)).toEqual([15, 15, 10, 20, 20, 20]);
		expect(domains.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
	});

	it('has 26 competencies with unique ids, each named in Japanese and English', () => {
		expect(competencyIds).toHaveLength(26);
		expect(new Set(competencyIds).size).toBe(26);
		for (const d of domains) for (const c of d.competencies) expect(c.name.ja && c.name.en).toBeTruthy();
		expect(domainOfCompetency('audit-logs')?.id).toBe('runtime-security');
	});

	it('keeps the exam facts as single values', () => {
		expect(exam.kubernetesVersion).toMatch(/^1\.\d+$/);
		expect(exam.curriculumVersion).toMatch(/^1\.\d+$/);
	});
});

describe('allowed exam documentation', () => {
	it.each([
		'https://kubernetes.io/docs/concepts/services-networking/network-policies/',
		'https://kubernetes.io/blog/2023/08/31/legacy-package-repository-deprecation/',
		'https://falco.org/docs/concepts/rules/overriding/',
		'https://docs.cilium.io/en/stable/security/network/encryption-wireguard/',
		'https://istio.io/latest/docs/reference/config/security/peer_authentication/',
		'https://kubernetes-sigs.github.io/bom/cli-reference/bom_generate/',
		'https://etcd.io/docs/v3.6/op-guide/security/',
	])('allows %s', (url) => {
		expect(disallowedDocReason(url)).toBeUndefined();
	});

	it.each([
		['https://github.com/aquasecurity/trivy', 'is not a documentation site the exam allows'],
		['https://trivy.dev/latest/docs/', 'is not a documentation site the exam allows'],
		['https://kubernetes.io/releases/version-skew-policy/', 'outside the allowed paths'],
		['https://docs.cilium.io/en/v1.15/security/', 'outside the allowed paths'],
		['http://kubernetes.io/docs/home/', 'must use https'],
		['/docs/home/', 'not an absolute URL'],
	])('rejects %s', (url, reason) => {
		expect(disallowedDocReason(url)).toContain(reason);
	});
});

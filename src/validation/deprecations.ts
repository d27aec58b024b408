/** Old forms that must not reach a reader unless a block shows them on purpose (`example="old"`). */
import type { Finding } from './finding.ts';

export interface Deprecation {
	/** Which blocks the pattern applies to. */
	langs: 'yaml' | 'shell' | 'all';
	pattern: RegExp;
	message: string;
	fix: string;
}

/** Each entry names the current form and since when the old one is deprecated or gone. */
export const deprecations: readonly Deprecation[] = [
	{
		langs: 'all',
		pattern: /container\.apparmor\.security\.beta\.kubernetes\.io\//,
		message: 'the AppArmor annotation is deprecated since Kubernetes v1.30',
		fix: 'use securityContext.appArmorProfile (GA since v1.31)',
	},
	{
		langs: 'all',
		pattern: /seccomp\.security\.alpha\.kubernetes\.io\/|container\.seccomp\.security\.alpha\.kubernetes\.io\//,
		message: 'the seccomp annotations are deprecated since Kubernetes v1.19 and non-functional since v1.25',
		fix: 'use securityContext.seccompProfile',
	},
	{
		langs: 'all',
		pattern: /apiserver\.k8s\.io\/v1alpha1/,
		message: 'apiserver.k8s.io/v1alpha1 AdmissionConfiguration is deprecated since Kubernetes v1.17',
		fix: 'use apiVersion: apiserver.config.k8s.io/v1',
	},
	{
		langs: 'all',
		pattern: /\bPodSecurityPolicy\b/,
		message: 'PodSecurityPolicy was removed in Kubernetes v1.25',
		fix: 'use Pod Security Admission (namespace labels pod-security.kubernetes.io/*)',
	},
	{
		langs: 'all',
		pattern: /\bevt\.dir\b/,
		message: 'the Falco field evt.dir is deprecated since Falco 0.42.0',
		fix: 'remove the evt.dir condition',
	},
	{
		langs: 'shell',
		pattern: /(^|[\s;&|(])netstat\b/,
		message: 'netstat (net-tools) is deprecated and often not installed',
		fix: 'use ss, e.g. ss -tlnp',
	},
	{
		langs: 'all',
		pattern: /\bETCDCTL=/,
		message: 'ETCDCTL is not an etcdctl variable (a typo of ETCDCTL_API)',
		fix: 'drop it: etcdctl uses the v3 API by default since etcd 3.4 (ETCDCTL_API=3 is harmless)',
	},
	{
		langs: 'all',
		pattern: /https?:\/\/(apt|yum)\.kubernetes\.io|packages\.cloud\.google\.com\/(apt|yum)/,
		message: 'the legacy Kubernetes package repositories are frozen since September 2023',
		fix: 'use the community repositories at pkgs.k8s.io',
	},
	{
		langs: 'all',
		pattern: /--insecure-port\b|--insecure-bind-address\b/,
		message: "kube-apiserver's insecure port is gone (inert since v1.20, flags removed in v1.24)",
		fix: 'remove the flag; the API server serves only HTTPS',
	},
];

/** The deprecations found in a block's text, as findings with their line inside the block. */
export function findDeprecations(code: string, lang: 'yaml' | 'shell' | 'other'): Finding[] {
	const lines = code.split('\n');
	return deprecations
		.filter((d) => d.langs === 'all' || d.langs === lang)
		.flatMap((d) => {
			const index = lines.findIndex((l) => d.pattern.test(l));
			return index === -1 ? [] : [{ line: index + 1, message: d.message, fix: d.fix, kind: 'deprecated' as const }];
		});
}

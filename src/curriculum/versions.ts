/**
 * The versions of every tool the practice tasks run on, in one place: the practice cluster page installs exactly these, a
 * `{{version:<id>}}` token in a code block or inline code of any page is replaced by the version below (src/lib/version-tokens.ts,
 * used by the build and by the snippet validation alike), and each topic page says under its title when it was last verified and
 * against which of these versions.
 *
 * Each entry names the upstream source that gave the version and the day it was read. The sources are the upstream repositories
 * (release tags, changelogs, chart indexes) as stored for this project; their newest commits were from July–August 2026, so a
 * newer patch may exist upstream: re-check them before a content pass and move `checkedOn` with them.
 */
import { exam } from './model.ts';
import { extractCodeBlocks, metaAttributes } from '../validation/extract.ts';
import { simpleCommands } from '../validation/shell-words.ts';
import { parseAllDocuments } from 'yaml';

export interface PinnedTool {
	/** Token id: `{{version:<id>}}`. */
	id: string;
	/** Name shown to readers, e.g. in the verified line of a topic page. */
	name: string;
	/** The version, without a leading `v` (write `v{{version:id}}` where a tag or URL needs one). */
	version: string;
	/** Where the version was read. */
	source: string;
	/** When the source was read (YYYY-MM-DD). */
	checkedOn: string;
	/** False for values that are not a tool of their own (the Kubernetes minor, the OS release): never shown in a verified line. */
	listed?: false;
}

/** Patch release of the exam's Kubernetes minor that the practice cluster runs. */
const kubernetesPatch = 4;

/** Every pinned version, in the order a verified line lists them. */
export const pinnedTools = [
	{
		id: 'kubernetes',
		name: 'Kubernetes',
		version: `${exam.kubernetesVersion}.${kubernetesPatch}`,
		source: 'kubernetes/kubernetes CHANGELOG/CHANGELOG-1.35.md: newest release in the stored copy is v1.35.4; packages from pkgs.k8s.io core:/stable:/v1.35',
		checkedOn: '2026-12-03',
	},
	{
		id: 'kubernetes-minor',
		name: 'Kubernetes (minor)',
		version: exam.kubernetesVersion,
		source: 'src/curriculum/model.ts exam.kubernetesVersion (the pkgs.k8s.io repository is per minor: core:/stable:/v1.35)',
		checkedOn: '2026-12-03',
		listed: false,
	},
	{
		id: 'ubuntu',
		name: 'Ubuntu',
		version: '24.04',
		source: 'Ubuntu 24.04 LTS (noble): the archive the apparmor, jq and strace versions below are from',
		checkedOn: '2026-12-03',
		listed: false,
	},
	{
		id: 'containerd',
		name: 'containerd',
		version: '2.2.7',
		source: 'containerd/containerd tag v2.2.7 (2026-08-12); RELEASES.md "Kubernetes Support": Kubernetes 1.35 → containerd 2.2.0+, 2.1.5+',
		checkedOn: '2026-12-03',
	},
	{
		id: 'runc',
		name: 'runc',
		version: '1.3.6',
		source: 'containerd/containerd v2.2.7 script/setup/runc-version (the runc containerd 2.2.7 is tested with); opencontainers/runc tag v1.3.6 (2026-06-13)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'crictl',
		name: 'crictl',
		version: '1.35.0',
		source: 'kubernetes-sigs/cri-tools tag v1.35.0 (2025-12-10), the cri-tools release of the Kubernetes 1.35 line; package cri-tools on pkgs.k8s.io v1.35',
		checkedOn: '2026-12-03',
	},
	{
		id: 'cilium',
		name: 'Cilium',
		version: '1.20.0',
		source:
			'cilium/charts index.yaml: cilium 1.20.0 added 2026-07-29 (chart kubeVersion ">= 1.21.0-0"). The 1.20 compatibility table itself could not be read; by the policy of Documentation/network/kubernetes/compatibility.rst (e2e tests against the Kubernetes versions supported when the release branch is created) 1.20, branched in 2026 after Kubernetes 1.35.0 (2025-12-17), covers 1.35',
		checkedOn: '2026-12-03',
	},
	{
		id: 'cilium-cli',
		name: 'cilium-cli',
		version: '0.19.7',
		source: 'cilium/cilium-cli tag v0.19.7 (2026-07-28)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'helm',
		name: 'Helm',
		version: '3.21.4',
		source: 'helm/helm tag v3.21.4 (2026-08-13); Helm 3 is the line our helm command table and the Cilium and Falco chart docs are written for (v4.2.4 was released the same day)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'falco',
		name: 'Falco',
		version: '0.44.1',
		source: 'falcosecurity/falco tag 0.44.1 (2026-06-10); the DEB package version is the Falco version (cmake/modules/CPackConfig.cmake)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'falco-chart',
		name: 'Falco Helm chart',
		version: '9.1.0',
		source: 'falcosecurity/charts tag falco-9.1.0 (2026-06-11), charts/falco/Chart.yaml appVersion "0.44.1"',
		checkedOn: '2026-12-03',
	},
	{
		id: 'trivy',
		name: 'Trivy',
		version: '0.74.0',
		source: 'aquasecurity/trivy tag v0.74.0 (2026-08-14)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'kube-bench',
		name: 'kube-bench',
		version: '0.15.6',
		source: 'aquasecurity/kube-bench tag v0.15.6 (2026-06-01); cfg/config.yaml maps Kubernetes up to 1.34 to cis-1.12, and 1.35 falls back to it (cmd/common.go mapToBenchmarkVersion)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'istio',
		name: 'Istio',
		version: '1.30.3',
		source: 'istio/istio tag 1.30.3 (2026-07-16); istioctl MinK8SVersion 32, integration tests on kind node v1.35.0 (prow/integ-suite-kind.sh)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'gvisor',
		name: 'gVisor',
		version: '20260817.0',
		source: 'google/gvisor tag release-20260817.0 (2026-08-19); point releases download from storage.googleapis.com/gvisor/releases/release/<yyyymmdd.n>/ (g3doc/user_guide/install.md)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'etcd',
		name: 'etcd',
		version: '3.6.6',
		source: 'kubernetes/kubernetes CHANGELOG-1.35.md: v1.35.0-rc.1 "Etcd: Update etcd to v3.6.6" (#135271, kubeadm constants SupportedEtcdVersion for 1.35), no etcd change in v1.35.1–v1.35.4; etcd-io/etcd tag v3.6.6',
		checkedOn: '2026-12-03',
	},
	{
		id: 'cosign',
		name: 'cosign',
		version: '3.1.2',
		source: 'sigstore/cosign tag v3.1.2 (2026-07-17)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'bom',
		name: 'bom',
		version: '0.7.1',
		source: 'kubernetes-sigs/bom tag v0.7.1 (2025-09-26)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'kubesec',
		name: 'kubesec',
		version: '2.14.2',
		source: 'controlplaneio/kubesec tag v2.14.2 (2024-11-22), the newest release',
		checkedOn: '2026-12-03',
	},
	{
		id: 'kube-linter',
		name: 'KubeLinter',
		version: '0.8.3',
		source: 'stackrox/kube-linter tag v0.8.3 (2026-03-10)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'apparmor',
		name: 'AppArmor',
		version: '4.0.1',
		source: 'Ubuntu 24.04 noble-updates: apparmor and apparmor-utils 4.0.1really4.0.1-0ubuntu0.24.04.7 (packages.ubuntu.com)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'strace',
		name: 'strace',
		version: '6.8',
		source: 'Ubuntu 24.04 noble: strace 6.8-0ubuntu2 (packages.ubuntu.com)',
		checkedOn: '2026-12-03',
	},
	{
		id: 'jq',
		name: 'jq',
		version: '1.7.1',
		source: 'Ubuntu 24.04 noble-updates: jq 1.7.1-3ubuntu0.24.04.2 (packages.ubuntu.com)',
		checkedOn: '2026-12-03',
	},
] as const satisfies readonly PinnedTool[];

export type ToolId = (typeof pinnedTools)[number]['id'];

const byId: ReadonlyMap<string, PinnedTool> = new Map(pinnedTools.map((t) => [t.id, t]));

/** The pinned tool with this id, or undefined. */
export function findTool(id: string): PinnedTool | undefined {
	return byId.get(id);
}

/** The pinned version of a tool; throws on an unknown id (a typo in code, not in content). */
export function versionOf(id: ToolId): string {
	return byId.get(id)!.version;
}

/**
 * When the topic pages were last verified. Every topic page was verified in the content pass of `contentPass`; a page verified
 * again on its own later gets its date in `verifiedOnByPage` (page id without locale, e.g. `runtime-security/falco`).
 */
export const verification = {
	contentPass: '2026-12-03',
	verifiedOnByPage: {} as Readonly<Record<string, string>>,
};

/** The day a topic page was last verified. */
export function verifiedOn(pageId: string): string {
	return verification.verifiedOnByPage[pageId] ?? verification.contentPass;
}

/*
 * Which tools a page is verified against: derived from what its code blocks use, so a page that gains or loses a tool in a
 * rewrite gets the right line without anyone editing a list. Kubernetes is always first (every task runs on the cluster); then
 * come, in the order of `pinnedTools`, the tools named by:
 * - the commands of its shell blocks (first word of each simple command, after sudo and variable assignments);
 * - Helm chart references in those commands (`falcosecurity/falco` is the Falco chart, `cilium/cilium` is Cilium);
 * - its YAML objects: the apiVersion group (cilium.io is Cilium, *.istio.io is Istio), a NetworkPolicy (enforced by Cilium, the
 *   practice cluster's CNI) and a RuntimeClass whose handler is runsc (gVisor);
 * - the schema="…" of its YAML blocks (falco-rules and falco-config are Falco).
 * Blocks marked example="wrong" show a mistake, not a tool the page uses, and are left out.
 */

/** Commands and the tools they are. */
const toolsByCommand: Readonly<Record<string, readonly ToolId[]>> = {
	kubectl: ['kubernetes'],
	kubeadm: ['kubernetes'],
	kubelet: ['kubernetes'],
	crictl: ['crictl'],
	ctr: ['containerd'],
	containerd: ['containerd'],
	runc: ['runc'],
	cilium: ['cilium', 'cilium-cli'],
	'cilium-dbg': ['cilium'],
	helm: ['helm'],
	falco: ['falco'],
	falcoctl: ['falco'],
	trivy: ['trivy'],
	'kube-bench': ['kube-bench'],
	istioctl: ['istio'],
	runsc: ['gvisor'],
	etcdctl: ['etcd'],
	etcdutl: ['etcd'],
	cosign: ['cosign'],
	bom: ['bom'],
	kubesec: ['kubesec'],
	'kube-linter': ['kube-linter'],
	apparmor_parser: ['apparmor'],
	'aa-status': ['apparmor'],
	'aa-enforce': ['apparmor'],
	'aa-complain': ['apparmor'],
	'aa-disable': ['apparmor'],
	'aa-genprof': ['apparmor'],
	'aa-logprof': ['apparmor'],
	strace: ['strace'],
	jq: ['jq'],
};

/** Helm chart references and the tools they install. */
const toolsByChart: Readonly<Record<string, readonly ToolId[]>> = {
	'falcosecurity/falco': ['falco-chart', 'falco'],
	'cilium/cilium': ['cilium'],
};

/** API groups of YAML objects and the tools that serve them. */
const toolsByApiGroup: readonly [RegExp, ToolId][] = [
	[/^cilium\.io\//, 'cilium'],
	[/^[a-z.]*\.istio\.io\//, 'istio'],
];

/** schema="…" names of YAML blocks and the tools whose files they are. */
const toolsBySchema: Readonly<Record<string, readonly ToolId[]>> = {
	'falco-rules': ['falco'],
	'falco-config': ['falco'],
};

function toolsOfYaml(code: string): ToolId[] {
	const found: ToolId[] = [];
	for (const doc of parseAllDocuments(code)) {
		if (doc.errors.length) continue;
		const value = doc.toJS() as { apiVersion?: unknown; kind?: unknown; handler?: unknown } | null;
		if (!value || typeof value !== 'object') continue;
		if (typeof value.apiVersion === 'string') for (const [group, tool] of toolsByApiGroup) if (group.test(value.apiVersion)) found.push(tool);
		if (value.kind === 'NetworkPolicy' && value.apiVersion === 'networking.k8s.io/v1') found.push('cilium');
		if (value.kind === 'RuntimeClass' && value.handler === 'runsc') found.push('gvisor');
	}
	return found;
}

/** The ids of the tools a page is verified against, Kubernetes first, then in the order of `pinnedTools`. */
export function pageTools(body: string): ToolId[] {
	const found = new Set<ToolId>(['kubernetes']);
	for (const block of extractCodeBlocks(body)) {
		const attrs = metaAttributes(block.meta);
		if (attrs.example === 'wrong') continue;
		for (const tool of toolsBySchema[attrs.schema ?? ''] ?? []) found.add(tool);
		if (block.lang === 'bash' || block.lang === 'sh') {
			for (const { words } of simpleCommands(block.code)) {
				for (const tool of toolsByCommand[words[0]!] ?? []) found.add(tool);
				if (words[0] === 'helm') for (const word of words) for (const tool of toolsByChart[word] ?? []) found.add(tool);
			}
		} else if (block.lang === 'yaml') {
			for (const tool of toolsOfYaml(block.code)) found.add(tool);
		}
	}
	return pinnedTools.filter((t) => found.has(t.id) && !('listed' in t)).map((t) => t.id);
}

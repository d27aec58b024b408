/** cilium CLI commands and flags, from cilium/cilium Documentation/cmdref/cilium_*.md (cilium-cli, Helm mode). */
import type { CommandSpec } from './types.ts';

/** Helm value flags of `install` and `upgrade` (cilium_install.md, cilium_upgrade.md). */
const helmFlags = [
	'--chart-directory=', '--datapath-mode=', '--dry-run', '--dry-run-helm-values', '--history-max=', '--list-versions',
	'--nodes-without-cilium', '--repository=', '--set=', '--set-file=', '--set-string=', '-f, --values=', '--version=',
	'--wait', '--wait-duration=',
];

/** Flags of `connectivity test` (cilium_connectivity_test.md). */
const connectivityTestFlags = [
	'--agent-daemonset-name=', '--agent-pod-selector=', '--all-flows', '--assume-cilium-version=', '--chart-directory=',
	'--cilium-pod-selector=', '--collect-sysdump-on-failure', '--conn-disrupt-dispatch-interval=',
	'--conn-disrupt-test-restarts-path=', '--conn-disrupt-test-setup', '--conn-disrupt-test-xfrm-errors-path=',
	'--connect-timeout=', '--curl-image=', '--curl-insecure', '--curl-parallel=', '-d, --debug', '--dns-test-server-image=',
	'--echo-image=', '--external-cidr=', '--external-cidrv6=', '--external-ip=', '--external-ipv6=', '--external-other-ip=',
	'--external-other-ipv6=', '--external-other-target=', '--external-target=', '--external-target-ca-name=',
	'--external-target-ca-namespace=', '--external-target-ipv6-capable', '--flow-validation=', '--force-deploy',
	'--frr-image=', '--helm-values-secret-name=', '--hubble', '--hubble-server=', '--include-conn-disrupt-test',
	'--include-conn-disrupt-test-egw', '--include-conn-disrupt-test-ns-traffic', '--ip-families=', '--json-mock-image=',
	'--junit-file=', '--junit-property=', '--k8s-version=', '--multi-cluster=', '--namespace-labels=', '--node-cidr=',
	'--node-selector=', '-p, --pause-on-fail', '--post-test-sleep=', '--print-flows', '--print-image-artifacts',
	'--request-timeout=', '--retry=', '--retry-delay=', '--secondary-network-iface=', '--service-type=', '--single-node',
	'--socat-image=', '--sysdump-cilium-bugtool-flags=', '--sysdump-cilium-daemon-set-label-selector=',
	'--sysdump-cilium-envoy-label-selector=', '--sysdump-cilium-helm-release-name=', '--sysdump-cilium-label-selector=',
	'--sysdump-cilium-namespace=', '--sysdump-cilium-node-init-selector=', '--sysdump-cilium-operator-label-selector=',
	'--sysdump-cilium-operator-namespace=', '--sysdump-cilium-spire-agent-selector=', '--sysdump-cilium-spire-namespace=',
	'--sysdump-cilium-spire-server-selector=', '--sysdump-clustermesh-apiserver-label-selector=',
	'--sysdump-cni-config-directory=', '--sysdump-cni-configmap-name=', '--sysdump-collect-logs-from-not-ready-agents',
	'--sysdump-copy-retry-limit=', '--sysdump-debug', '--sysdump-detect-gops-pid', '--sysdump-extra-label-selectors=',
	'--sysdump-hubble-flows-count=', '--sysdump-hubble-flows-timeout=', '--sysdump-hubble-generate-certs-labels=',
	'--sysdump-hubble-label-selector=', '--sysdump-hubble-relay-labels=', '--sysdump-hubble-ui-labels=',
	'--sysdump-logs-limit-bytes=', '--sysdump-logs-since-time=', '--sysdump-node-list=', '--sysdump-output-filename=',
	'--sysdump-profiling', '--sysdump-quick', '--sysdump-tetragon-helm-release-name=', '--sysdump-tetragon-label-selector=',
	'--sysdump-tetragon-namespace=', '--sysdump-tetragon-operator-label-selector=', '--sysdump-tracing',
	'--sysdump-worker-count=', '--test=', '--test-concurrency=', '--test-conn-disrupt-image=', '--test-namespace=',
	'--timeout=', '-t, --timestamp', '--tolerations=', '-v, --verbose',
];

/** Flags of `connectivity perf` (cilium_connectivity_perf.md). */
const connectivityPerfFlags = [
	'--bandwidth', '--crr', '-d, --debug', '--duration=', '--host-net', '--host-to-pod', '--msg-size=', '--namespace-labels=',
	'--net-qos', '--node-selector-client=', '--node-selector-server=', '--other-node', '--performance-image=', '--pod-net',
	'--pod-to-host', '--print-image-artifacts', '--report-dir=', '--rr', '--same-node', '--samples=', '--setup-delay=',
	'--streams=', '--test-namespace=', '--throughput', '--throughput-multi', '--tolerations=', '--udp',
	'--unsafe-capture-kernel-profiles',
];

/** Flags of `sysdump` (cilium_sysdump.md). */
const sysdumpFlags = [
	'--cilium-bugtool-flags=', '--cilium-daemon-set-label-selector=', '--cilium-envoy-label-selector=',
	'--cilium-helm-release-name=', '--cilium-label-selector=', '--cilium-namespace=', '--cilium-node-init-selector=',
	'--cilium-operator-label-selector=', '--cilium-operator-namespace=', '--cilium-spire-agent-selector=',
	'--cilium-spire-namespace=', '--cilium-spire-server-selector=', '--clustermesh-apiserver-label-selector=',
	'--cni-config-directory=', '--cni-configmap-name=', '--collect-logs-from-not-ready-agents', '--copy-retry-limit=',
	'--debug', '--detect-gops-pid', '--extra-label-selectors=', '--hubble-flows-count=', '--hubble-flows-timeout=',
	'--hubble-generate-certs-labels=', '--hubble-label-selector=', '--hubble-relay-labels=', '--hubble-ui-labels=',
	'--logs-limit-bytes=', '--logs-since-time=', '--node-list=', '--output-filename=', '--profiling', '--quick',
	'--tetragon-helm-release-name=', '--tetragon-label-selector=', '--tetragon-namespace=',
	'--tetragon-operator-label-selector=', '--tracing', '--worker-count=',
];

export const cilium: CommandSpec = {
	source:
		'cilium/cilium Documentation/cmdref: cilium_install.md, cilium_upgrade.md, cilium_uninstall.md, '
		+ 'cilium_config_view.md, cilium_config_set.md, cilium_config_delete.md, cilium_encryption.md, '
		+ 'cilium_encryption_status.md, cilium_encryption_create-key.md, cilium_encryption_rotate-key.md, '
		+ 'cilium_connectivity.md, cilium_connectivity_test.md, cilium_connectivity_perf.md, cilium_hubble.md, '
		+ 'cilium_hubble_enable.md, cilium_hubble_disable.md, cilium_hubble_port-forward.md, cilium_hubble_ui.md, '
		+ 'cilium_clustermesh.md, cilium_clustermesh_enable.md, cilium_clustermesh_disable.md, cilium_clustermesh_status.md, '
		+ 'cilium_clustermesh_connect.md, cilium_clustermesh_disconnect.md, cilium_sysdump.md (global flags from their '
		+ '"Options inherited from parent commands"); cilium.md, cilium_status.md, cilium_config.md, cilium_version.md and '
		+ 'cilium_completion.md as rendered at docs.cilium.io/en/latest/cmdref/ (the stored repository copies of these five '
		+ 'predate cilium-cli and describe the old agent CLI)',
	requiresSub: true,
	flags: ['--as=', '--as-group=', '--context=', '-h, --help', '--helm-release-name=', '--kubeconfig=', '-n, --namespace='],
	sub: {
		install: { flags: [...helmFlags] },
		upgrade: { flags: [...helmFlags, '--reset-then-reuse-values', '--reset-values', '--reuse-values'] },
		uninstall: { flags: ['--test-namespace=', '--timeout=', '--wait'] },
		status: {
			flags: [
				'--ignore-warnings', '--interactive', '-o, --output=', '--verbose', '--wait', '--wait-duration=', '--worker-count=',
			],
		},
		config: {
			requiresSub: true,
			sub: {
				view: {},
				set: { flags: ['-r, --restart'] },
				delete: { flags: ['-r, --restart'] },
			},
		},
		encryption: {
			requiresSub: true,
			sub: {
				status: {
					flags: ['--agent-pod-selector=', '--node=', '-o, --output=', '--per-node-details', '--wait-duration='],
				},
				'create-key': { flags: ['--auth-algo=', '--wait-duration='] },
				'rotate-key': { flags: ['--auth-algo=', '--wait-duration='] },
			},
		},
		connectivity: {
			requiresSub: true,
			sub: { test: { flags: connectivityTestFlags }, perf: { flags: connectivityPerfFlags } },
		},
		hubble: {
			requiresSub: true,
			sub: {
				enable: { flags: ['--relay', '--ui'] },
				disable: {},
				'port-forward': { flags: ['--port-forward='] },
				ui: { flags: ['--open-browser', '--port-forward='] },
			},
		},
		clustermesh: {
			requiresSub: true,
			sub: {
				enable: { flags: ['--enable-kvstoremesh', '--service-type='] },
				disable: {},
				status: { flags: ['-o, --output=', '--wait', '--wait-duration='] },
				connect: {
					flags: [
						'--connection-mode=', '--destination-context=', '--destination-endpoint=', '--parallel=', '--source-endpoint=',
					],
				},
				disconnect: { flags: ['--connection-mode=', '--destination-context='] },
			},
		},
		sysdump: { flags: sysdumpFlags },
		version: { flags: ['--client'] },
		completion: {},
	},
};

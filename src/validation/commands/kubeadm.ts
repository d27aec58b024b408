/** kubeadm v1.35 commands and flags, from kubernetes/website content/en/docs/reference/setup-tools/kubeadm/generated/. */
import type { CommandSpec } from './types.ts';

/** Flags of `kubeadm certs renew <certificate>`. */
const renew: CommandSpec = { flags: ['--cert-dir=', '--config=', '--kubeconfig='] };
/** Flags of commands that print an object (`-o yaml`). */
const printFlags = ['--allow-missing-template-keys', '-o, --output=', '--show-managed-fields'];

export const kubeadm: CommandSpec = {
	source: 'kubernetes/website content/en/docs/reference/setup-tools/kubeadm/generated/kubeadm_*.md',
	requiresSub: true,
	flags: ['-h, --help', '--rootfs='],
	sub: {
		init: {
			flags: [
				'--apiserver-advertise-address=', '--apiserver-bind-port=', '--apiserver-cert-extra-sans=', '--cert-dir=',
				'--certificate-key=', '--config=', '--control-plane-endpoint=', '--cri-socket=', '--dry-run', '--feature-gates=',
				'--ignore-preflight-errors=', '--image-repository=', '--kubernetes-version=', '--node-name=', '--patches=',
				'--pod-network-cidr=', '--service-cidr=', '--service-dns-domain=', '--skip-certificate-key-print',
				'--skip-phases=', '--skip-token-print', '--token=', '--token-ttl=', '--upload-certs',
			],
		},
		join: {
			flags: [
				'--apiserver-advertise-address=', '--apiserver-bind-port=', '--certificate-key=', '--config=', '--control-plane',
				'--cri-socket=', '--discovery-file=', '--discovery-token=', '--discovery-token-ca-cert-hash=',
				'--discovery-token-unsafe-skip-ca-verification', '--dry-run', '--ignore-preflight-errors=', '--node-name=',
				'--patches=', '--skip-phases=', '--tls-bootstrap-token=', '--token=',
			],
		},
		reset: {
			flags: [
				'--cert-dir=', '--cleanup-tmp-dir', '--config=', '--cri-socket=', '--dry-run', '-f, --force',
				'--ignore-preflight-errors=', '--kubeconfig=', '--skip-phases=',
			],
		},
		upgrade: {
			requiresSub: true,
			sub: {
				plan: {
					flags: [
						...printFlags, '--allow-experimental-upgrades', '--allow-release-candidate-upgrades', '--config=',
						'--etcd-upgrade', '--ignore-preflight-errors=', '--kubeconfig=', '--print-config',
					],
				},
				apply: {
					flags: [
						'--allow-experimental-upgrades', '--allow-release-candidate-upgrades', '--certificate-renewal', '--config=',
						'--dry-run', '--etcd-upgrade', '-f, --force', '--ignore-preflight-errors=', '--kubeconfig=', '--patches=',
						'--print-config', '--skip-phases=', '-y, --yes',
					],
				},
				node: {
					flags: [
						'--certificate-renewal', '--config=', '--dry-run', '--etcd-upgrade', '--ignore-preflight-errors=',
						'--kubeconfig=', '--patches=', '--skip-phases=',
					],
				},
				diff: { flags: ['--config=', '-c, --context-lines=', '--kubeconfig='] },
			},
		},
		certs: {
			requiresSub: true,
			sub: {
				'check-expiration': { flags: [...printFlags, '--cert-dir=', '--config=', '--kubeconfig='] },
				renew: {
					requiresSub: true,
					sub: {
						'admin.conf': renew, all: renew, apiserver: renew, 'apiserver-etcd-client': renew,
						'apiserver-kubelet-client': renew, 'controller-manager.conf': renew, 'etcd-healthcheck-client': renew,
						'etcd-peer': renew, 'etcd-server': renew, 'front-proxy-client': renew, 'scheduler.conf': renew,
						'super-admin.conf': renew,
					},
				},
				'certificate-key': {},
				'generate-csr': { flags: ['--cert-dir=', '--config=', '--kubeconfig-dir='] },
			},
		},
		token: {
			requiresSub: true,
			flags: ['--dry-run', '--kubeconfig='],
			sub: {
				create: {
					flags: ['--certificate-key=', '--config=', '--description=', '--groups=', '--print-join-command', '--ttl=', '--usages='],
				},
				delete: {},
				generate: {},
				list: { flags: [...printFlags] },
			},
		},
		config: {
			requiresSub: true,
			flags: ['--kubeconfig='],
			sub: {
				images: {
					requiresSub: true,
					sub: {
						list: {
							flags: [...printFlags, '--config=', '--feature-gates=', '--image-repository=', '--kubernetes-version='],
						},
						pull: {
							flags: ['--config=', '--cri-socket=', '--feature-gates=', '--image-repository=', '--kubernetes-version='],
						},
					},
				},
				print: {
					requiresSub: true,
					sub: {
						'init-defaults': { flags: ['--component-configs='] },
						'join-defaults': {},
						'reset-defaults': {},
						'upgrade-defaults': {},
					},
				},
				migrate: { flags: ['--allow-experimental-api', '--new-config=', '--old-config='] },
				validate: { flags: ['--allow-experimental-api', '--config='] },
			},
		},
		kubeconfig: {
			requiresSub: true,
			sub: {
				user: { flags: ['--client-name=', '--config=', '--org=', '--token=', '--validity-period='] },
			},
		},
		version: { flags: ['-o, --output='] },
		completion: {},
	},
};

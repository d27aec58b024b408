/** cilium CLI commands and flags, from cilium/cilium Documentation/cmdref/cilium_*.md (cilium-cli, Helm mode). */
import type { CommandSpec } from './types.ts';

/** Helm value flags of `install` and `upgrade`. */
const helmFlags = [
	'--chart-directory=', '--datapath-mode=', '--dry-run', '--dry-run-helm-values', '--list-versions',
	'--nodes-without-cilium', '--repository=', '--set=', '--set-file=', '--set-string=', '-f, --values=', '--version=',
	'--wait', '--wait-duration=',
];

export const cilium: CommandSpec = {
	source: 'cilium/cilium Documentation/cmdref (install, config set, encryption status were checked there by the page review; the other entries are from the CLI\'s help, not yet re-checked against cmdref)',
	requiresSub: true,
	flags: ['--context=', '-h, --help', '--helm-release-name=', '-n, --namespace='],
	sub: {
		install: { flags: [...helmFlags] },
		upgrade: { flags: [...helmFlags, '--reset-values', '--reuse-values'] },
		uninstall: { flags: ['--chart-directory=', '--timeout=', '--wait'] },
		status: {
			flags: ['--ignore-warnings', '--interactive', '-o, --output=', '--verbose', '--wait', '--wait-duration='],
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
				status: { flags: ['--node=', '-o, --output=', '--per-node-details'] },
				'create-key': {},
				'rotate-key': {},
			},
		},
		connectivity: { requiresSub: true, sub: { test: {}, perf: {} } },
		hubble: {
			requiresSub: true,
			sub: { enable: { flags: ['--relay', '--ui'] }, disable: {}, 'port-forward': {}, ui: {} },
		},
		clustermesh: { requiresSub: true, sub: { enable: {}, disable: {}, status: {}, connect: {}, disconnect: {} } },
		sysdump: {},
		version: { flags: ['--client'] },
		completion: {},
	},
};

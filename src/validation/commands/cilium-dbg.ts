/** cilium-dbg (the agent's debug CLI) commands and flags, from cilium/cilium Documentation/cmdref/cilium-dbg*.md. */
import type { CommandSpec } from './types.ts';

export const ciliumDbg: CommandSpec = {
	source:
		'cilium/cilium Documentation/cmdref: cilium-dbg.md (global flags; --log-driver and --log-opt from the "Options '
		+ 'inherited from parent commands" of cilium-dbg_monitor.md and cilium-dbg_policy_selectors.md), cilium-dbg_status.md, '
		+ 'cilium-dbg_encrypt_status.md, cilium-dbg_encrypt_flush.md, cilium-dbg_endpoint_list.md, cilium-dbg_endpoint_get.md, '
		+ 'cilium-dbg_service_list.md, cilium-dbg_policy_get.md, cilium-dbg_policy_selectors.md, cilium-dbg_identity_list.md, '
		+ 'cilium-dbg_identity_get.md, cilium-dbg_node_list.md, cilium-dbg_monitor.md, cilium-dbg_config.md, '
		+ 'cilium-dbg_version.md',
	requiresSub: true,
	flags: ['--config=', '-D, --debug', '-h, --help', '-H, --host=', '--log-driver=', '--log-opt='],
	sub: {
		status: {
			flags: [
				'--all-addresses', '--all-clusters', '--all-controllers', '--all-health', '--all-nodes', '--all-redirects',
				'--brief', '-o, --output=', '--timeout=', '--verbose',
			],
		},
		encrypt: {
			requiresSub: true,
			sub: {
				status: { flags: ['-o, --output='] },
				flush: { flags: ['-f, --force', '--node-id=', '-o, --output=', '--spi='] },
			},
		},
		endpoint: {
			requiresSub: true,
			sub: {
				list: { flags: ['--no-headers', '-o, --output='] },
				get: { flags: ['-l, --labels=', '-o, --output='] },
			},
		},
		service: { requiresSub: true, sub: { list: { flags: ['--clustermesh-affinity', '-o, --output='] } } },
		policy: {
			requiresSub: true,
			sub: {
				get: { flags: ['-o, --output='] },
				selectors: {
					flags: ['--identity-threshold=', '--limit=', '-o, --output=', '--top-identities', '-v, --verbose'],
				},
			},
		},
		identity: {
			requiresSub: true,
			sub: {
				list: { flags: ['--endpoints', '-o, --output='] },
				get: { flags: ['--label=', '-o, --output='] },
			},
		},
		node: { requiresSub: true, sub: { list: { flags: ['-o, --output='] } } },
		monitor: {
			flags: [
				'--from=', '--hex', '-j, --json', '--monitor-socket=', '-n, --numeric', '--related-to=', '--to=', '-t, --type=',
				'-v, --verbose',
			],
		},
		config: { flags: ['-a, --all', '--list-options', '-n, --num-pages=', '-o, --output=', '-r, --read-only'] },
		version: { flags: ['-o, --output='] },
	},
};

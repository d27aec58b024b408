/** cilium-dbg (the agent's debug CLI) commands and flags, from cilium/cilium Documentation/cmdref/cilium-dbg*.md. */
import type { CommandSpec } from './types.ts';

export const ciliumDbg: CommandSpec = {
	source: 'cilium/cilium Documentation/cmdref (status and encrypt status were checked there by the page review; the other entries are from the CLI\'s help, not yet re-checked against cmdref)',
	requiresSub: true,
	flags: ['--config=', '-D, --debug', '-h, --help', '-H, --host='],
	sub: {
		status: {
			flags: [
				'--all-addresses', '--all-clusters', '--all-controllers', '--all-health', '--all-nodes', '--all-redirects',
				'--brief', '-o, --output=', '--timeout=', '--verbose',
			],
		},
		encrypt: { requiresSub: true, sub: { status: { flags: ['-o, --output='] }, flush: {} } },
		endpoint: { requiresSub: true, sub: { list: { flags: ['-o, --output='] }, get: { flags: ['-o, --output='] } } },
		service: { requiresSub: true, sub: { list: { flags: ['-o, --output='] } } },
		policy: { requiresSub: true, sub: { get: { flags: ['-o, --output='] }, selectors: {} } },
		identity: { requiresSub: true, sub: { list: { flags: ['-o, --output='] }, get: {} } },
		node: { requiresSub: true, sub: { list: { flags: ['-o, --output='] } } },
		monitor: { flags: ['--from=', '--related-to=', '--to=', '-t, --type=', '-v, --verbose'] },
		config: {},
		version: {},
	},
};

/** nft commands and flags, from nftables doc/nft.txt (nft(8)), nftables 1.0/1.1. */
import type { CommandSpec } from './types.ts';

// The objects a command acts on (`nft add rule …`, `nft list ruleset`); what follows them (family, table, chain, the rule's
// expressions and statements) is arguments.
const objects = [
	'table', 'tables', 'chain', 'chains', 'rule', 'rules', 'ruleset', 'set', 'sets', 'map', 'maps', 'element', 'flowtable',
	'flowtables', 'counter', 'counters', 'quota', 'quotas', 'limit', 'limits', 'ct', 'secmark', 'secmarks', 'synproxy',
	'synproxys', 'meter', 'meters', 'hooks',
];
const onObject: CommandSpec = { requiresSub: true, sub: Object.fromEntries(objects.map((o) => [o, {}])) };

export const nft: CommandSpec = {
	source: 'nftables doc/nft.txt (nft(8)), `nft --help`',
	flags: [
		'-h, --help', '-v, --version', '-V', '-f, --file=', '-D, --define=', '-i, --interactive', '-I, --includepath=',
		'-c, --check', '-o, --optimize', '-a, --handle', '-s, --stateless', '-t, --terse', '-S, --service',
		'-N, --reversedns', '-u, --guid', '-n, --numeric', '-y, --numeric-priority', '-p, --numeric-protocol',
		'-T, --numeric-time', '-e, --echo', '-j, --json', '-d, --debug=',
	],
	sub: {
		add: onObject, create: onObject, insert: onObject, replace: onObject, delete: onObject, destroy: onObject,
		list: onObject, flush: onObject, reset: onObject, rename: onObject, get: onObject, monitor: {}, describe: {},
	},
};

/**
 * iptables / ip6tables and iptables-save flags, from iptables(8) (iptables/iptables.8.in), iptables-save(8) and the
 * match and target options of iptables-extensions(8) that the pages use (tcp, udp, multiport, conntrack, state, comment,
 * icmp, iprange, limit, REJECT, LOG), iptables 1.8.
 */
import type { CommandSpec } from './types.ts';

// iptables has no subcommands: the command is a flag (`-A INPUT`, `-L`). `-L`, `-S`, `-F`, `-Z` and `-X` take an optional
// chain, so they are listed as switches (the chain reads as an argument); `-w` takes an optional number of seconds.
const iptablesFlags = [
	'-A, --append=', '-C, --check=', '-D, --delete=', '-I, --insert=', '-R, --replace=', '-L, --list', '-S, --list-rules',
	'-F, --flush', '-Z, --zero', '-N, --new-chain=', '-X, --delete-chain', '-P, --policy=', '-E, --rename-chain=',
	'-h, --help', '-4, --ipv4', '-6, --ipv6', '-p, --protocol=', '-s, --source, --src=', '-d, --destination, --dst=',
	'-m, --match=', '-j, --jump=', '-g, --goto=', '-i, --in-interface=', '-o, --out-interface=', '-f, --fragment',
	'-c, --set-counters=', '-v, --verbose', '-V, --version', '-w, --wait', '-n, --numeric', '-x, --exact',
	'--line-numbers', '--modprobe=', '-t, --table=', '--compat',
	// iptables-extensions(8)
	'--sport, --source-port=', '--dport, --destination-port=', '--tcp-flags=', '--syn', '--tcp-option=',
	'--sports, --source-ports=', '--dports, --destination-ports=', '--ports=', '--ctstate=', '--state=', '--comment=',
	'--icmp-type=', '--src-range=', '--dst-range=', '--limit=', '--limit-burst=', '--reject-with=', '--log-prefix=',
	'--log-level=',
];

export const iptables: CommandSpec = {
	source: 'iptables iptables/iptables.8.in (iptables(8)), extensions/*.man (iptables-extensions(8)), iptables 1.8',
	flags: iptablesFlags,
};

export const iptablesSave: CommandSpec = {
	source: 'iptables iptables/iptables-save.8 (iptables-save(8)), iptables 1.8',
	flags: ['-M, --modprobe=', '-f, --file=', '-c, --counters', '-t, --table=', '-h, --help', '-V, --version'],
};

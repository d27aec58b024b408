/** ss flags, from iproute2 man/man8/ss.8 and `ss --help` (iproute2 6.x). */
import type { CommandSpec } from './types.ts';

// A filter (`state established`, `sport = :1234`) follows the flags as arguments.
export const ss: CommandSpec = {
	source: 'iproute2 man/man8/ss.8, `ss --help`',
	flags: [
		'-0, --packet', '-4, --ipv4', '-6, --ipv6', '-a, --all', '-A, --query, --socket=', '-b, --bpf', '--cgroup',
		'-D, --diag=', '-d, --dccp', '-E, --events', '-e, --extended', '-F, --filter=', '-f, --family=', '-H, --no-header',
		'-h, --help', '-i, --info', '--inet-sockopt', '-K, --kill', '-l, --listening', '-M, --mptcp', '-m, --memory',
		'-N, --net=', '-n, --numeric', '-O, --oneline', '-o, --options', '-p, --processes', '-r, --resolve', '-S, --sctp',
		'-s, --summary', '-T, --threads', '-t, --tcp', '--tipc', '--tipcinfo', '--tos', '-u, --udp', '-V, --version',
		'--vsock', '-w, --raw', '-x, --unix', '--xdp', '-Z, --context', '-z, --contexts',
	],
};

/** strace flags, from strace doc/strace.1 (strace(1)) and `strace -h` (strace 6.x). */
import type { CommandSpec } from './types.ts';

// The traced command and its own flags follow strace's flags; our pages attach to a PID with -p instead.
export const strace: CommandSpec = {
	source: 'strace doc/strace.1.in (strace(1)), `strace -h`',
	flags: [
		'-A, --output-append-mode', '-a, --columns=', '-b, --detach-on=', '-C, --summary', '-c, --summary-only',
		'-D, --daemonize', '-d, --debug', '-E, --env=', '-e=', '-f, --follow-forks', '-h, --help', '-I, --interruptible=',
		'-i, --instruction-pointer', '-k, --stack-traces', '-n, --syscall-number', '-O, --summary-syscall-overhead=',
		'-o, --output=', '--output-separately', '-P, --trace-path=', '-p, --attach=', '-q, --quiet', '-r, --relative-timestamps',
		'-S, --summary-sort-by=', '-s, --string-limit=', '--seccomp-bpf', '-T, --syscall-times', '-t, --absolute-timestamps',
		'--trace=', '--signal=', '--status=', '-U, --summary-columns=', '-u, --user=', '-V, --version', '-v, --no-abbrev',
		'-w, --summary-wall-clock', '-X, --const-print-style=', '-x, --strings-in-hex', '-Y, --decode-pids', '-y, --decode-fds',
		'-Z, --failed-only', '-z, --successful-only',
	],
};

/** apparmor_parser flags, from the apparmor_parser(8) manual and `apparmor_parser --help` (AppArmor 3.0). */
import type { CommandSpec } from './types.ts';

// `-d`, `-D`, `-O` and `-h` take an optional value only when attached, so they are listed as switches.
export const apparmorParser: CommandSpec = {
	source: 'apparmor parser/apparmor_parser.pod (apparmor_parser(8)), `apparmor_parser --help`',
	flags: [
		'--abort-on-error', '-a, --add', '-b, --base=', '-B, --binary', '-C, --Complain', '--config-file=', '-d, --debug',
		'--debug-cache', '-D, --dump', '-M, --features-file=', '-h, --help', '-I, --Include=', '-j, --jobs=',
		'--kernel-features=', '-L, --cache-loc=', '-m, --match-string=', '--max-jobs=', '-n, --namespace=', '-N, --names',
		'-o, --ofile=', '-O, --Optimize', '--override-policy-abi=', '-p, --preprocess', '--policy-features=',
		'--print-cache-dir', '--print-config', '--purge-cache', '-q, --quiet', '-r, --replace', '-R, --remove',
		'-k, --show-cache', '-K, --skip-cache', '--skip-bad-cache', '--skip-bad-cache-rebuild', '-Q, --skip-kernel-load',
		'-T, --skip-read-cache', '-S, --stdout', '-f, --subdomainfs=', '-v, --verbose', '-V, --version', '--warn=', '--Werror',
		'-W, --write-cache', '-X, --readimpliesX',
	],
};

/** falco command-line flags, from falcosecurity/falco userspace/falco/app/options.cpp (cxxopts definitions) at tag 0.44.1. */
import type { CommandSpec } from './types.ts';

// `--list` takes its value only as `--list=<source>` (cxxopts implicit value).
// Gone by 0.44.1: -D, -T, -t (removed in 0.39.0); --cri, --disable-cri-async (0.40.0); -A, -b/--print-base64,
// -S/--snaplen (0.41.0); --gvisor-generate-config (0.44.0, with the gVisor engine). --modern-bpf, --nodriver,
// -g/--gvisor-config, --gvisor-root, --stats-interval and --list-syscall-events (now --list-events) are not in 0.38.0 either.
export const falco: CommandSpec = {
	source: 'falcosecurity/falco userspace/falco/app/options.cpp (0.44.1)',
	flags: [
		'-c=', '--config-schema', '--disable-source=', '--dry-run', '--enable-source=', '--format=', '-h, --help', '-i', '-L',
		'-l=', '--list', '--list-events', '--list-plugins', '-M=', '--markdown', '-N', '-o, --option=', '-P, --pidfile=',
		'--page-size', '--plugin-info=', '-p, --print=', '-r=', '--rule-schema', '--support', '-U, --unbuffered',
		'-V, --validate=', '-v', '--version',
	],
};

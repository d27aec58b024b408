/** falco command-line flags, from falcosecurity/falco userspace/falco/app/options.cpp (cxxopts definitions). */
import type { CommandSpec } from './types.ts';

// `--list` and `--gvisor-generate-config` take their value only as `--flag=value` (cxxopts implicit value).
export const falco: CommandSpec = {
	source: 'falcosecurity/falco userspace/falco/app/options.cpp',
	flags: [
		'-A', '-b, --print-base64', '-c=', '--cri=', '-D=', '--disable-cri-async', '--disable-source=', '--dry-run',
		'--enable-source=', '-g, --gvisor-config=', '--gvisor-generate-config', '--gvisor-root=', '-h, --help', '-i', '-L',
		'-l=', '--list', '--list-plugins', '--list-syscall-events', '-M=', '--markdown', '--modern-bpf', '-N', '--nodriver',
		'-o, --option=', '--page-size', '--plugin-info=', '-p, --print=', '-r=', '-S, --snaplen=', '--stats-interval=',
		'--support', '-T=', '-t=', '-U, --unbuffered', '-V, --validate=', '-v', '--version',
	],
};

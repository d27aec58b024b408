/** journalctl flags, from systemd man/journalctl.xml (journalctl(1)) and `journalctl --help`. */
import type { CommandSpec } from './types.ts';

// `-b` and `-n` take an optional value: `-b` alone is the current boot, `-n` alone is ten lines.
export const journalctl: CommandSpec = {
	source: 'systemd man/journalctl.xml (journalctl(1)), `journalctl --help` (systemd 252+)',
	flags: [
		'--after-cursor=', '-a, --all', '-b, --boot', '--case-sensitive', '-c, --cursor=', '--cursor-file=',
		'-D, --directory=', '--disk-usage', '-e, --pager-end', '--facility=', '-F, --field=', '-N, --fields', '--file=',
		'--flush', '-f, --follow', '--force', '-g, --grep=', '-h, --help', '--header', '-t, --identifier=', '--image=',
		'--interval=', '-k, --dmesg', '--list-boots', '--list-catalog', '-M, --machine=', '-m, --merge', '--namespace=',
		'--no-full', '--no-hostname', '--no-pager', '--no-tail', '-n, --lines=', '-o, --output=', '--output-fields=',
		'-p, --priority=', '-q, --quiet', '-r, --reverse', '--root=', '--rotate', '-S, --since=', '--show-cursor',
		'--sync', '--system', '-u, --unit=', '-U, --until=', '--user', '--user-unit=', '--utc', '--vacuum-files=',
		'--vacuum-size=', '--vacuum-time=', '--verify', '--version', '-x, --catalog',
	],
};

/** systemctl commands and flags, from systemd man/systemctl.xml (systemctl(1)) and `systemctl --help`. */
import type { CommandSpec } from './types.ts';

const verbs = [
	'add-requires', 'add-wants', 'bind', 'cancel', 'cat', 'clean', 'daemon-reexec', 'daemon-reload', 'default', 'disable',
	'edit', 'emergency', 'enable', 'exit', 'freeze', 'get-default', 'halt', 'help', 'hibernate', 'import-environment',
	'is-active', 'is-enabled', 'is-failed', 'is-system-running', 'isolate', 'kexec', 'kill', 'link', 'list-automounts',
	'list-dependencies', 'list-jobs', 'list-machines', 'list-paths', 'list-sockets', 'list-timers', 'list-unit-files',
	'list-units', 'log-level', 'log-target', 'mask', 'mount-image', 'poweroff', 'preset', 'preset-all', 'reboot',
	'reenable', 'reload', 'reload-or-restart', 'rescue', 'reset-failed', 'restart', 'revert', 'service-log-level',
	'service-log-target', 'service-watchdogs', 'set-default', 'set-environment', 'set-property', 'show',
	'show-environment', 'start', 'status', 'stop', 'suspend', 'switch-root', 'thaw', 'try-reload-or-restart',
	'try-restart', 'unmask', 'unset-environment',
];

// The options apply to every verb, so they sit on the root.
export const systemctl: CommandSpec = {
	source: 'systemd man/systemctl.xml (systemctl(1)), `systemctl --help` (systemd 252+)',
	requiresSub: true,
	flags: [
		'-a, --all', '--boot-loader-entry=', '--boot-loader-menu=', '--check-inhibitors=', '--dry-run', '--failed',
		'--firmware-setup', '-f, --force', '--global', '-h, --help', '-H, --host=', '-i', '--image=', '--job-mode=',
		'--kill-whom=', '--legend=', '-l, --full', '-n, --lines=', '-M, --machine=', '--marked', '--mkdir',
		'--no-ask-password', '--no-block', '--no-pager', '--no-reload', '--no-wall', '--now', '-o, --output=', '-P=',
		'-p, --property=', '--plain', '--preset-mode=', '-q, --quiet', '--read-only', '-r, --recursive', '--reverse',
		'--root=', '--runtime', '-s, --signal=', '--show-types', '--state=', '--system', '-T, --show-transaction',
		'--timestamp=', '-t, --type=', '--user', '--value', '--version', '--wait', '--what=', '--with-dependencies',
	],
	sub: Object.fromEntries(verbs.map((verb) => [verb, {}])),
};

/** ufw commands and flags, from the ufw(8) manual and `ufw --help` (ufw 0.36). */
import type { CommandSpec } from './types.ts';

// Rule words after a command (`allow from 10.0.0.0/24 to any port 22 proto tcp`) are arguments, not subcommands.
export const ufw: CommandSpec = {
	source: 'ufw doc/ufw.8 (ufw(8)), `ufw --help`',
	requiresSub: true,
	flags: ['--dry-run', '--force', '-h, --help', '--version'],
	sub: {
		enable: {}, disable: {}, default: {}, logging: {}, allow: {}, deny: {}, reject: {}, limit: {}, delete: {},
		insert: {}, prepend: {}, route: {}, reload: {}, reset: {}, status: {}, show: {}, version: {}, app: {},
	},
};

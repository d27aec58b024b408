/** etcdctl (v3 API) commands and flags, from etcd-io/etcd etcdctl/README.md and etcdctl/ctlv3/ (`etcdctl <command> --help`). */
import type { CommandSpec } from './types.ts';

const none: CommandSpec = {};

export const etcdctl: CommandSpec = {
	source: 'etcd-io/etcd etcdctl/README.md, etcdctl/ctlv3/ctl.go, etcdctl/ctlv3/command/*_command.go',
	requiresSub: true,
	flags: [
		'--cacert=', '--cert=', '--command-timeout=', '--debug', '--dial-timeout=', '-d, --discovery-srv=',
		'--discovery-srv-name=', '--endpoints=', '-h, --help', '--hex', '--insecure-discovery', '--insecure-skip-tls-verify',
		'--insecure-transport', '--keepalive-time=', '--keepalive-timeout=', '--key=', '--password=', '--user=',
		'-w, --write-out=',
	],
	sub: {
		get: {
			flags: [
				'--consistency=', '--count-only', '--from-key', '--keys-only', '--limit=', '--max-create-rev=', '--max-mod-rev=',
				'--min-create-rev=', '--min-mod-rev=', '--order=', '--prefix', '--print-value-only', '--rev=', '--sort-by=',
			],
		},
		put: { flags: ['--ignore-lease', '--ignore-value', '--lease=', '--prev-kv'] },
		del: { flags: ['--from-key', '--prefix', '--prev-kv', '--range'] },
		watch: { flags: ['-i, --interactive', '--prefix', '--prev-kv', '--progress-notify', '--rev='] },
		txn: { flags: ['-i, --interactive'] },
		compaction: { flags: ['--physical'] },
		defrag: { flags: ['--cluster'] },
		endpoint: {
			requiresSub: true,
			flags: ['--cluster'],
			sub: { health: none, status: none, hashkv: { flags: ['--rev='] } },
		},
		member: {
			requiresSub: true,
			sub: {
				list: none,
				add: { flags: ['--learner', '--peer-urls='] },
				remove: none,
				update: { flags: ['--peer-urls='] },
				promote: none,
			},
		},
		snapshot: {
			requiresSub: true,
			sub: {
				save: none,
				status: none,
				restore: {
					flags: [
						'--data-dir=', '--initial-advertise-peer-urls=', '--initial-cluster=', '--initial-cluster-token=', '--name=',
						'--skip-hash-check', '--wal-dir=',
					],
				},
			},
		},
		lease: {
			requiresSub: true,
			sub: {
				grant: none, list: none, revoke: none, timetolive: { flags: ['--keys'] }, 'keep-alive': { flags: ['--once'] },
			},
		},
		alarm: { requiresSub: true, sub: { disarm: none, list: none } },
		auth: { requiresSub: true, sub: { enable: none, disable: none, status: none } },
		user: {
			requiresSub: true,
			sub: {
				add: { flags: ['--interactive', '--new-user-password=', '--no-password'] },
				delete: none, get: { flags: ['--detail'] }, 'grant-role': none, list: none, passwd: { flags: ['--interactive'] },
				'revoke-role': none,
			},
		},
		role: {
			requiresSub: true,
			sub: {
				add: none, delete: none, get: none, list: none,
				'grant-permission': { flags: ['--from-key', '--prefix'] },
				'revoke-permission': { flags: ['--from-key', '--prefix'] },
			},
		},
		check: {
			requiresSub: true,
			sub: {
				perf: { flags: ['--auto-compact', '--auto-defrag', '--load=', '--prefix='] },
				datascale: { flags: ['--auto-compact', '--auto-defrag', '--load=', '--prefix='] },
			},
		},
		'move-leader': none,
		'make-mirror': {
			flags: [
				'--dest-cacert=', '--dest-cert=', '--dest-insecure-transport', '--dest-key=', '--dest-prefix=',
				'--no-dest-prefix', '--prefix=',
			],
		},
		lock: { flags: ['--ttl='] },
		elect: { flags: ['-l, --listen'] },
		version: none,
		completion: none,
	},
};

/** helm v3 commands and flags our pages use, with the common ones of those commands, from helm/helm-www content/en/docs/helm/helm_*.md. */
import type { CommandSpec } from './types.ts';

/** Chart and values flags of `install`, `upgrade` and `template`. */
const chartFlags = [
	'--atomic', '--ca-file=', '--cert-file=', '--create-namespace', '--dependency-update', '--description=', '--devel',
	'--dry-run', '--force', '--insecure-skip-tls-verify', '--key-file=', '--no-hooks', '-o, --output=', '--pass-credentials',
	'--password=', '--plain-http', '--post-renderer=', '--repo=', '--set=', '--set-file=', '--set-json=', '--set-literal=',
	'--set-string=', '--skip-crds', '--timeout=', '--username=', '-f, --values=', '--verify', '--version=', '--wait',
	'--wait-for-jobs',
];

const list: CommandSpec = {
	flags: [
		'-a, --all', '-A, --all-namespaces', '-d, --date', '--deployed', '--failed', '-f, --filter=', '-m, --max=',
		'--no-headers', '--offset=', '-o, --output=', '--pending', '-r, --reverse', '-l, --selector=', '-q, --short',
		'--superseded', '--time-format=', '--uninstalled', '--uninstalling',
	],
};

export const helm: CommandSpec = {
	source: 'helm docs (install, upgrade, list as used on our pages; the other entries are from the CLI\'s help, not yet re-checked against the helm docs)',
	requiresSub: true,
	flags: [
		'--burst-limit=', '--debug', '-h, --help', '--kube-apiserver=', '--kube-as-group=', '--kube-as-user=',
		'--kube-ca-file=', '--kube-context=', '--kube-insecure-skip-tls-verify', '--kube-tls-server-name=', '--kube-token=',
		'--kubeconfig=', '-n, --namespace=', '--qps=', '--registry-config=', '--repository-cache=', '--repository-config=',
	],
	sub: {
		install: { flags: [...chartFlags, '-g, --generate-name', '--name-template=', '--replace'] },
		upgrade: {
			flags: [
				...chartFlags, '--cleanup-on-fail', '--history-max=', '-i, --install', '--reset-then-reuse-values',
				'--reset-values', '--reuse-values',
			],
		},
		template: {
			flags: [
				...chartFlags, '-a, --api-versions=', '--include-crds', '--kube-version=', '--output-dir=', '-s, --show-only=',
				'--validate',
			],
		},
		list,
		ls: list,
		uninstall: {
			flags: ['--cascade=', '--description=', '--dry-run', '--ignore-not-found', '--keep-history', '--no-hooks', '--timeout=', '--wait'],
		},
		status: { flags: ['-o, --output=', '--revision=', '--show-desc', '--show-resources'] },
		history: { flags: ['--max=', '-o, --output='] },
		rollback: {
			flags: ['--cleanup-on-fail', '--dry-run', '--force', '--history-max=', '--no-hooks', '--timeout=', '--wait', '--wait-for-jobs'],
		},
		get: {
			requiresSub: true,
			sub: { values: { flags: ['-a, --all', '-o, --output=', '--revision='] }, manifest: { flags: ['--revision='] } },
		},
		show: {
			requiresSub: true,
			sub: { values: { flags: ['--repo=', '--version='] }, chart: { flags: ['--repo=', '--version='] } },
		},
		repo: {
			requiresSub: true,
			sub: {
				add: { flags: ['--force-update', '--password=', '--username='] },
				update: {},
				list: { flags: ['-o, --output='] },
				remove: {},
			},
		},
		search: { requiresSub: true, sub: { repo: { flags: ['--devel', '-l, --versions', '--version=', '-o, --output='] }, hub: {} } },
		pull: { flags: ['-d, --destination=', '--repo=', '--untar', '--untardir=', '--version='] },
		version: { flags: ['--short', '--template='] },
		completion: {},
	},
};

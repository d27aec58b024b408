/**
 * helm v3 commands and flags, from helm/helm-www versioned_docs/version-3/helm/helm_*.md (the generated `helm v3` CLI
 * reference). Every subcommand listed there is here with all its flags, except `completion`'s shell subcommands.
 */
import type { CommandSpec } from './types.ts';

/** Flags that locate and fetch a chart (`helm show *`, `pull`, and through them `install`/`upgrade`/`template`). */
const chartFlags = [
	'--ca-file=', '--cert-file=', '--devel', '--insecure-skip-tls-verify', '--key-file=', '--keyring=', '--pass-credentials',
	'--password=', '--plain-http', '--repo=', '--username=', '--verify', '--version=',
];
/** Values flags of `install`, `upgrade`, `template` and `lint`. */
const valuesFlags = ['--set=', '--set-file=', '--set-json=', '--set-literal=', '--set-string=', '-f, --values='];
/** Flags that `install`, `upgrade` and `template` all have. */
const releaseFlags = [
	...chartFlags, ...valuesFlags, '--atomic', '--create-namespace', '--dependency-update', '--description=',
	'--disable-openapi-validation', '--dry-run', '--enable-dns', '--force', '--hide-notes', '-l, --labels=', '--no-hooks',
	'--post-renderer=', '--post-renderer-args=', '--render-subchart-notes', '--skip-crds', '--skip-schema-validation',
	'--take-ownership', '--timeout=', '--wait', '--wait-for-jobs',
];
/** Flags of `helm dependency build` and `helm dependency update`. */
const dependencyFetchFlags = [
	'--ca-file=', '--cert-file=', '--insecure-skip-tls-verify', '--key-file=', '--keyring=', '--password=', '--plain-http',
	'--skip-refresh', '--username=', '--verify',
];

const list: CommandSpec = {
	flags: [
		'-a, --all', '-A, --all-namespaces', '-d, --date', '--deployed', '--failed', '-f, --filter=', '-m, --max=',
		'--no-headers', '--offset=', '-o, --output=', '--pending', '-r, --reverse', '-l, --selector=', '-q, --short',
		'--superseded', '--time-format=', '--uninstalled', '--uninstalling',
	],
};
const showChart: CommandSpec = { flags: chartFlags };

export const helm: CommandSpec = {
	source:
		'helm/helm-www versioned_docs/version-3/helm/: helm.md, helm_install.md, helm_upgrade.md, helm_template.md, helm_list.md, ' +
		'helm_uninstall.md, helm_status.md, helm_history.md, helm_rollback.md, helm_get*.md, helm_show*.md, helm_repo*.md, ' +
		'helm_search*.md, helm_pull.md, helm_version.md, helm_completion.md, helm_create.md, helm_dependency*.md, helm_env.md, ' +
		'helm_lint.md, helm_package.md, helm_plugin*.md, helm_push.md, helm_registry*.md, helm_test.md, helm_verify.md; ' +
		'the alias `ls` from helm/helm cmd/helm/list.go',
	requiresSub: true,
	flags: [
		'--burst-limit=', '--debug', '-h, --help', '--kube-apiserver=', '--kube-as-group=', '--kube-as-user=',
		'--kube-ca-file=', '--kube-context=', '--kube-insecure-skip-tls-verify', '--kube-tls-server-name=', '--kube-token=',
		'--kubeconfig=', '-n, --namespace=', '--qps=', '--registry-config=', '--repository-cache=', '--repository-config=',
	],
	sub: {
		install: {
			flags: [...releaseFlags, '-g, --generate-name', '--hide-secret', '--name-template=', '-o, --output=', '--replace'],
		},
		upgrade: {
			flags: [
				...releaseFlags, '--cleanup-on-fail', '--hide-secret', '--history-max=', '-i, --install', '-o, --output=',
				'--reset-then-reuse-values', '--reset-values', '--reuse-values',
			],
		},
		template: {
			flags: [
				...releaseFlags, '-a, --api-versions=', '-g, --generate-name', '--include-crds', '--is-upgrade', '--kube-version=',
				'--name-template=', '--output-dir=', '--release-name', '--replace', '-s, --show-only=', '--skip-tests', '--validate',
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
			flags: [
				'--cleanup-on-fail', '--dry-run', '--force', '--history-max=', '--no-hooks', '--recreate-pods', '--timeout=', '--wait',
				'--wait-for-jobs',
			],
		},
		get: {
			requiresSub: true,
			sub: {
				all: { flags: ['--revision=', '--template='] },
				hooks: { flags: ['--revision='] },
				manifest: { flags: ['--revision='] },
				metadata: { flags: ['-o, --output=', '--revision='] },
				notes: { flags: ['--revision='] },
				values: { flags: ['-a, --all', '-o, --output=', '--revision='] },
			},
		},
		show: {
			requiresSub: true,
			sub: {
				all: showChart,
				chart: showChart,
				crds: showChart,
				readme: showChart,
				values: { flags: [...chartFlags, '--jsonpath='] },
			},
		},
		repo: {
			requiresSub: true,
			sub: {
				add: {
					flags: [
						'--allow-deprecated-repos', '--ca-file=', '--cert-file=', '--force-update', '--insecure-skip-tls-verify',
						'--key-file=', '--no-update', '--pass-credentials', '--password=', '--password-stdin', '--timeout=', '--username=',
					],
				},
				index: { flags: ['--json', '--merge=', '--url='] },
				list: { flags: ['-o, --output='] },
				remove: {},
				update: { flags: ['--fail-on-repo-update-fail', '--timeout='] },
			},
		},
		search: {
			requiresSub: true,
			sub: {
				hub: { flags: ['--endpoint=', '--fail-on-no-result', '--list-repo-url', '--max-col-width=', '-o, --output='] },
				repo: {
					flags: ['--devel', '--fail-on-no-result', '--max-col-width=', '-o, --output=', '-r, --regexp', '--version=', '-l, --versions'],
				},
			},
		},
		pull: { flags: [...chartFlags, '-d, --destination=', '--prov', '--untar', '--untardir='] },
		version: { flags: ['--short', '--template='] },
		completion: {},
		create: { flags: ['-p, --starter='] },
		dependency: {
			requiresSub: true,
			sub: {
				build: { flags: dependencyFetchFlags },
				list: { flags: ['--max-col-width='] },
				update: { flags: dependencyFetchFlags },
			},
		},
		env: {},
		lint: {
			flags: [...valuesFlags, '--kube-version=', '--quiet', '--skip-schema-validation', '--strict', '--with-subcharts'],
		},
		package: {
			flags: [
				'--app-version=', '--ca-file=', '--cert-file=', '-u, --dependency-update', '-d, --destination=',
				'--insecure-skip-tls-verify', '--key=', '--key-file=', '--keyring=', '--passphrase-file=', '--password=', '--plain-http',
				'--sign', '--username=', '--version=',
			],
		},
		plugin: {
			requiresSub: true,
			sub: { install: { flags: ['--version='] }, list: {}, uninstall: {}, update: {} },
		},
		push: {
			flags: ['--ca-file=', '--cert-file=', '--insecure-skip-tls-verify', '--key-file=', '--password=', '--plain-http', '--username='],
		},
		registry: {
			requiresSub: true,
			sub: {
				login: {
					flags: [
						'--ca-file=', '--cert-file=', '--insecure', '--key-file=', '-p, --password=', '--password-stdin', '--plain-http',
						'-u, --username=',
					],
				},
				logout: {},
			},
		},
		test: { flags: ['--filter=', '--hide-notes', '--logs', '--timeout='] },
		verify: { flags: ['--keyring='] },
	},
};

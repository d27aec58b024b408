/** trivy commands and flags, from aquasecurity/trivy docs/docs/references/configuration/cli/trivy_*.md. */
import type { CommandSpec } from './types.ts';

/** Report flags every scan command has. */
const reportFlags = [
	'--exit-code=', '-f, --format=', '--ignore-policy=', '--ignorefile=', '-o, --output=', '--output-plugin-arg=',
	'-s, --severity=', '--skip-dirs=', '--skip-files=', '-t, --template=', '--compliance=',
];
/** Vulnerability database and filtering flags of the commands that look for CVEs. */
const vulnFlags = [
	'--db-repository=', '--detection-priority=', '--download-db-only', '--download-java-db-only',
	'--exit-on-eol=', '--ignore-status=', '--ignore-unfixed', '--ignored-licenses=', '--java-db-repository=',
	'--list-all-pkgs', '--no-progress', '--offline-scan', '--pkg-relationships=', '--pkg-types=', '--scanners=',
	'--server=', '--show-suppressed', '--skip-db-update', '--skip-java-db-update', '--skip-vex-repo-update', '--token=',
	'--token-header=', '--vex=', '--custom-headers=',
];
/** Misconfiguration flags (Rego checks, Helm rendering). */
const misconfigFlags = [
	'--check-namespaces=', '--checks-bundle-repository=', '--config-check=', '--config-data=', '--config-file-schemas=',
	'--file-patterns=', '--helm-api-versions=', '--helm-kube-version=', '--helm-set=', '--helm-set-file=',
	'--helm-set-string=', '--helm-values=', '--include-deprecated-checks', '--include-non-failures',
	'--misconfig-scanners=', '--skip-check-update', '--tf-exclude-downloaded-modules', '--trace',
];
/** Flags of the commands that scan an artifact for packages (not `sbom`, which reads a finished list). */
const artifactFlags = ['--dependency-tree', '--license-full', '--parallel=', '--report=', '--secret-config='];
/** Registry credentials. */
const registryFlags = ['--password=', '--password-stdin', '--registry-token=', '--username='];
const fsFlags = [...reportFlags, ...vulnFlags, ...misconfigFlags, ...registryFlags, ...artifactFlags];
const fs: CommandSpec = { flags: fsFlags };
const repo: CommandSpec = { flags: [...fsFlags, '--branch=', '--commit=', '--tag='] };
const k8s: CommandSpec = {
	flags: [
		...reportFlags, ...vulnFlags, ...misconfigFlags, '--disable-node-collector', '--exclude-kinds=',
		'--exclude-namespaces=', '--exclude-nodes=', '--include-kinds=', '--include-namespaces=', '--kubeconfig=', '--report=',
		'--k8s-version=', '--skip-images',
	],
};

export const trivy: CommandSpec = {
	source: 'aquasecurity/trivy docs/docs/references/configuration/cli/trivy.md, trivy_image.md, trivy_config.md, trivy_sbom.md',
	requiresSub: true,
	flags: [
		'--cache-dir=', '-c, --config=', '-d, --debug', '--generate-default-config', '-h, --help', '--insecure',
		'-q, --quiet', '--timeout=', '-v, --version',
	],
	sub: {
		image: {
			flags: [
				...reportFlags, ...vulnFlags, ...misconfigFlags, ...registryFlags, ...artifactFlags, '--docker-host=',
				'--image-config-scanners=', '--image-src=', '--input=', '--license-confidence-level=', '--platform=',
				'--podman-host=', '--rekor-url=', '--removed-pkgs', '--sbom-sources=',
			],
		},
		filesystem: fs,
		fs,
		rootfs: fs,
		repository: repo,
		repo,
		config: {
			flags: [...reportFlags, ...misconfigFlags, ...registryFlags, '--cf-params=', '--k8s-version=', '--report=', '--tf-vars='],
		},
		sbom: { flags: [...reportFlags, ...vulnFlags, ...registryFlags, '--rekor-url=', '--sbom-sources='] },
		kubernetes: k8s,
		k8s,
		clean: { flags: ['-a, --all', '--checks-bundle', '--java-db', '--scan-cache', '--vex-repo', '--vuln-db'] },
		convert: { flags: ['--exit-code=', '-f, --format=', '-o, --output=', '-s, --severity=', '-t, --template='] },
		version: { flags: ['-f, --format='] },
		server: { flags: ['--listen=', '--token=', '--token-header='] },
		plugin: {},
		module: {},
		registry: {},
		vex: {},
		vm: {},
		completion: {},
	},
};

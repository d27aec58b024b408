/** crictl commands and flags, from kubernetes-sigs/cri-tools cmd/crictl/*.go (urfave/cli). */
import type { CommandSpec } from './types.ts';

/** Filters shared by `ps`, `inspect` and `exec`. */
const containerFilters = ['--image=', '--label=', '-n, --last=', '-l, --latest', '--name=', '-p, --pod=', '-s, --state='];
/** Output flags of the `inspect*` commands. */
const inspectFlags = ['-o, --output=', '-q, --quiet', '--template='];
const images: CommandSpec = {
	flags: ['--digests', '-f, --filter=', '--no-trunc', '-o, --output=', '--pinned', '-q, --quiet', '-v, --verbose'],
};

// urfave/cli also accepts a long flag with one dash (`-id` is `--id`); our pages spell long flags with two dashes.
export const crictl: CommandSpec = {
	source: 'kubernetes-sigs/cri-tools cmd/crictl/main.go, container.go, sandbox.go, image.go, logs.go, exec.go',
	requiresSub: true,
	flags: [
		'-c, --config=', '-D, --debug', '--enable-tracing', '-h, --help', '-i, --image-endpoint=', '--profile-cpu=',
		'--profile-mem=', '-r, --runtime-endpoint=', '-t, --timeout=', '--tracing-endpoint=',
		'--tracing-sampling-rate-per-million=', '-v, --version',
	],
	sub: {
		ps: {
			flags: [
				...containerFilters, '-a, --all', '--id=', '--namespace=', '--no-trunc', '-o, --output=', '-q, --quiet',
				'-r, --resolve-image-path', '-v, --verbose',
			],
		},
		pods: {
			flags: [
				'--id=', '--label=', '-n, --last=', '-l, --latest', '--name=', '--namespace=', '--no-trunc', '-o, --output=',
				'-q, --quiet', '-s, --state=', '-v, --verbose',
			],
		},
		images,
		image: images,
		img: images,
		inspect: { flags: [...inspectFlags, ...containerFilters, '-a, --all', '--namespace='] },
		inspectp: {
			flags: [...inspectFlags, '--label=', '-n, --last=', '-l, --latest', '--name=', '--namespace=', '-s, --state='],
		},
		inspecti: { flags: [...inspectFlags, '-f, --filter=', '--name='] },
		imagefsinfo: { flags: ['-o, --output=', '--template='] },
		logs: {
			flags: [
				'-f, --follow', '--limit-bytes=', '-p, --previous', '-r, --reopen', '--since=', '-s, --stream=', '--tail=',
				'-t, --timestamps',
			],
		},
		exec: {
			flags: [
				...containerFilters, '-e, --ignore-errors', '-i, --interactive', '-x, --parallel', '-q, --quiet', '-s, --sync',
				'--timeout=', '--tls-ca=', '--tls-cert=', '--tls-key=', '--tls-sni, --tls-server-name=', '-r, --transport=',
				'-t, --tty',
			],
		},
		pull: {
			flags: ['-a, --annotation=', '--auth=', '--creds=', '--pod-config=', '--pull-timeout=', '-u, --username='],
		},
		rmi: { flags: ['-a, --all', '-q, --prune'] },
		rm: { flags: ['-a, --all', '-f, --force', '-k, --keep-logs'] },
		rmp: { flags: ['-a, --all', '-f, --force'] },
		stop: { flags: ['-a, --all', '-t, --timeout='] },
		stopp: {},
		start: {},
		runp: { flags: ['-T, --cancel-timeout=', '-r, --runtime='] },
		checkpoint: { flags: ['-e, --export='] },
		info: { flags: ['-o, --output=', '-q, --quiet', '--template='] },
		version: {},
		stats: {},
		statsp: {},
		attach: {},
		'port-forward': {},
		config: {},
		events: {},
		completion: {},
	},
};

/**
 * kubesec v2 commands and flags, from controlplaneio/kubesec cmd/*.go as of the kubeconform-based releases (v2.13.0 on):
 * `--schema-dir` was replaced by `--schema-location` (PR #361), and `print-rules` was released in v2.13.0.
 */
import type { CommandSpec } from './types.ts';

export const kubesec: CommandSpec = {
	source:
		'controlplaneio/kubesec cmd/scan.go, cmd/http.go, cmd/print-rules.go, cmd/version.go, cmd/main.go; ' +
		'`completion` is cobra\'s default command (cobra v1.7.0 in go.mod)',
	requiresSub: true,
	flags: ['-h, --help'],
	sub: {
		scan: {
			flags: [
				'--absolute-path', '--debug', '--exit-code=', '-f, --format=', '--kubernetes-version=', '-o, --output=',
				'--schema-location=', '-t, --template=',
			],
		},
		http: { flags: ['-k, --keypath=', '--kubernetes-version=', '--schema-location='] },
		'print-rules': { flags: ['-f, --format='] },
		version: {},
		completion: {},
	},
};

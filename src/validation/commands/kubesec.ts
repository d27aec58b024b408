/** kubesec commands and flags, from controlplaneio/kubesec cmd/scan.go and cmd/http.go. */
import type { CommandSpec } from './types.ts';

export const kubesec: CommandSpec = {
	source: 'controlplaneio/kubesec cmd/scan.go, cmd/http.go, cmd/version.go',
	requiresSub: true,
	flags: ['-h, --help'],
	sub: {
		scan: {
			flags: ['--absolute-path', '--debug', '--exit-code=', '-f, --format=', '-o, --output=', '-s, --schema-dir=', '-t, --template='],
		},
		http: {},
		version: {},
		completion: {},
	},
};

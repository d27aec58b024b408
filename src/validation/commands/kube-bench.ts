/** kube-bench commands and flags, from aquasecurity/kube-bench cmd/root.go, cmd/run.go and docs/flags-and-commands.md. */
import type { CommandSpec } from './types.ts';

// Without a subcommand kube-bench runs the checks it detects, so a subcommand is optional.
export const kubeBench: CommandSpec = {
	source: 'aquasecurity/kube-bench cmd/root.go, cmd/run.go, docs/flags-and-commands.md',
	flags: [
		'--alsologtostderr', '--asff', '--benchmark=', '-c, --check=', '--config=', '-D, --config-dir=', '--exit-code=',
		'-g, --group=', '-h, --help', '--include-test-output', '--json', '--junit', '--log_backtrace_at=', '--log_dir=',
		'--logtostderr', '--noremediations', '--noresults', '--nosummary', '--nototals', '--outputfile=', '--pgsql',
		'--scored', '--skip=', '--stderrthreshold=', '--unscored', '-v, --v=', '--version=', '--vmodule=',
	],
	sub: {
		run: { flags: ['-s, --targets='] },
		version: {},
		help: {},
	},
};

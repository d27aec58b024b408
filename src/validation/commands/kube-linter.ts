/** kube-linter commands and flags, from stackrox/kube-linter pkg/command/lint/command.go, pkg/config (AddFlags) and docs/using-kubelinter.md. */
import type { CommandSpec } from './types.ts';

export const kubeLinter: CommandSpec = {
	source: 'stackrox/kube-linter pkg/command/lint/command.go, docs/using-kubelinter.md',
	requiresSub: true,
	flags: ['-h, --help'],
	sub: {
		lint: {
			flags: [
				'--add-all-built-in', '--config=', '--do-not-auto-add-defaults', '--exclude=', '--fail-if-no-objects-found',
				'--fail-on-invalid-resource', '--format=', '--ignore-paths=', '--include=', '--output=', '-v, --verbose',
			],
		},
		checks: { requiresSub: true, sub: { list: { flags: ['--format='] } } },
		templates: { requiresSub: true, sub: { list: { flags: ['--format='] } } },
		version: {},
		completion: {},
	},
};

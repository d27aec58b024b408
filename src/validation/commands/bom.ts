/**
 * bom commands and flags, from kubernetes-sigs/bom docs/content/en/CLI Reference/bom_*.md; the flags of `document query`
 * (added in v0.6.0, after its reference page was generated) from cmd/bom/cmd/document_query.go.
 */
import type { CommandSpec } from './types.ts';

export const bom: CommandSpec = {
	source: 'kubernetes-sigs/bom docs/content/en/CLI Reference/bom.md, bom_generate.md, bom_document_outline.md; cmd/bom/cmd/document_query.go',
	requiresSub: true,
	flags: ['-h, --help', '--log-level='],
	sub: {
		generate: {
			flags: [
				'--archive=', '-c, --config=', '-d, --dirs=', '-f, --file=', '--format=', '--ignore=', '-i, --image=',
				'--image-archive=', '--license-list-version=', '--name=', '-n, --namespace=', '--no-gitignore', '--no-transient',
				'--offline', '-o, --output=', '--provenance=',
			],
		},
		document: {
			requiresSub: true,
			sub: {
				outline: { flags: ['-d, --depth=', '-f, --find=', '--purl', '--spdx-ids', '--version'] },
				query: { flags: ['--fields=', '--format=', '--purl'] },
				dot: {},
			},
		},
		validate: {},
		version: {},
		completion: {},
	},
};

/** bom commands and flags, from kubernetes-sigs/bom docs/content/en/CLI Reference/bom_*.md. */
import type { CommandSpec } from './types.ts';

export const bom: CommandSpec = {
	source: 'kubernetes-sigs/bom docs/content/en/CLI Reference/bom.md, bom_generate.md, bom_document_outline.md',
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
				query: {},
				dot: {},
			},
		},
		validate: {},
		version: {},
		completion: {},
	},
};

/** Astro integration: validates every snippet before a build starts (so nothing half-built is produced), and each page as it changes in dev. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, formatIssue } from '../lib/content-error.ts';
import { summarize, validatePages, validateSource } from './validate.ts';

export function snippetValidation(): AstroIntegration {
	return {
		name: 'cks:snippet-validation',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
				const docsDir = fileURLToPath(new URL('content/docs/', config.srcDir));
				const root = fileURLToPath(config.root);
				if (command === 'build') {
					const started = performance.now();
					const report = await validatePages(docsDir, root);
					if (report.issues.length) throw new ContentError(report.issues);
					logger.info(`${report.blocks.length} code blocks valid (${summarize(report.blocks)}) in ${Math.round(performance.now() - started)} ms`);
				}
				if (command === 'dev') {
					updateConfig({
						vite: {
							plugins: [
								{
									name: 'cks:snippet-validation',
									async handleHotUpdate({ file }) {
										if (!file.startsWith(docsDir) || !/\.mdx?$/.test(file)) return;
										const { issues } = await validateSource(file.slice(root.length), await readFile(file, 'utf8'));
										for (const issue of issues) logger.error(formatIssue(issue));
									},
								},
							],
						},
					});
				}
			},
		},
	};
}

/** Astro integration: validates every snippet before a build starts (so nothing half-built is produced), and each page as it changes in dev. */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, formatIssue } from '../lib/content-error.ts';
import type { ValidationRequest, WorkerReport } from './worker.ts';

/** Validates in a worker thread on Node's own module loader. */
function validate(request: ValidationRequest): Promise<WorkerReport> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(fileURLToPath(new URL('./worker.ts', import.meta.url)), { workerData: request });
		worker.once('message', (report: WorkerReport) => resolve(report));
		worker.once('error', reject);
		worker.once('exit', (code) => code !== 0 && reject(new Error(`snippet validation stopped with exit code ${code}`)));
	});
}

export function snippetValidation(): AstroIntegration {
	return {
		name: 'cks:snippet-validation',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
				const docsDir = fileURLToPath(new URL('content/docs/', config.srcDir));
				const root = fileURLToPath(config.root);
				if (command === 'build') {
					const started = performance.now();
					const report = await validate({ dir: docsDir, root });
					if (report.issues.length) throw new ContentError(report.issues);
					logger.info(`${report.blocks.length} code blocks valid (${report.summary}) in ${Math.round(performance.now() - started)} ms`);
				}
				if (command === 'dev') {
					updateConfig({
						vite: {
							plugins: [
								{
									name: 'cks:snippet-validation',
									async handleHotUpdate({ file }) {
										if (!file.startsWith(docsDir) || !/\.mdx?$/.test(file)) return;
										const { issues } = await validate({ file, root });
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

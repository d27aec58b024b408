/** Runs the snippet validation on plain Node, outside the Vite module runner that loads astro.config (which closes once the config is loaded). */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { type ValidationReport, summarize, validatePages, validateSource } from './validate.ts';

export type ValidationRequest = { dir: string; root: string } | { file: string; root: string };
export type WorkerReport = ValidationReport & { summary: string };

const request = workerData as ValidationRequest;
const report: ValidationReport =
	'dir' in request ? await validatePages(request.dir, request.root) : await validateSource(request.file.slice(request.root.length), await readFile(request.file, 'utf8'));
parentPort!.postMessage({ ...report, summary: summarize(report.blocks) } satisfies WorkerReport);

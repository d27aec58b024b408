/** The snippet validation pipeline over the site's pages (Node): every code block of every page, checked by block.ts with the build's validator loader. */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../lib/content-error.ts';
import { type BlockKind, checkBlock } from './block.ts';
import { extractCodeBlocks } from './extract.ts';
import './loaders/node.ts';

export type { BlockKind } from './block.ts';

export interface BlockReport {
	file: string;
	line: number;
	lang: string;
	kind: BlockKind;
}

export interface ValidationReport {
	issues: ContentIssue[];
	blocks: BlockReport[];
}

/** Validates the code blocks of one page. */
export async function validateSource(file: string, source: string): Promise<ValidationReport> {
	const report: ValidationReport = { issues: [], blocks: [] };
	for (const block of extractCodeBlocks(source)) {
		const { kind, findings } = await checkBlock(block);
		report.blocks.push({ file, line: block.line, lang: block.lang, kind });
		for (const f of findings) {
			report.issues.push({
				file,
				line: block.line + (f.line ?? 0),
				field: f.path || undefined,
				message: `${block.lang || 'code'} block: ${f.message}${f.kind === 'deprecated' ? ' (mark the block example="old" if it shows the old form on purpose)' : ''}${f.fix ? ` — ${f.fix}` : ''}`,
			});
		}
	}
	report.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return report;
}

/** The MDX and Markdown files under a folder, recursively, in a stable order. */
export async function pageFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** Validates every page under `dir`; file names in issues are relative to `root`. */
export async function validatePages(dir: string, root: string = process.cwd()): Promise<ValidationReport> {
	const reports = await Promise.all((await pageFiles(dir)).map(async (f) => validateSource(relative(root, f), await readFile(f, 'utf8'))));
	return { issues: reports.flatMap((r) => r.issues), blocks: reports.flatMap((r) => r.blocks) };
}

/** "12 yaml (kubernetes), 3 shell…": block counts by kind, for the build log and the benchmark. */
export function summarize(blocks: readonly BlockReport[]): string {
	const counts = new Map<string, number>();
	for (const b of blocks) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join(', ');
}

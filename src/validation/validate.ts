/** The snippet validation pipeline over the site's pages (Node): every code block of every page, checked by block.ts with the build's validator loader. */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../lib/content-error.ts';
import { replaceVersionTokens } from '../lib/version-tokens.ts';
import { type BlockKind, checkBlock } from './block.ts';
import { type CodeBlock, extractCodeBlocks } from './extract.ts';
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

/** The code spans (`…`) of one line, as [start, end) offsets. */
function codeSpans(line: string): [number, number][] {
	return [...line.matchAll(/(`+)(.+?)\1(?!`)/g)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Version tokens outside fenced code blocks: in inline code they must be known (the build replaces them there too); anywhere
 * else but comments (prose, frontmatter) they would reach the reader as they are, or break MDX, so they are findings.
 */
function tokensOutsideBlocks(file: string, source: string, blocks: readonly CodeBlock[]): ContentIssue[] {
	const lines = source.split(/\r?\n/);
	const inBlock = new Set(blocks.flatMap((b) => Array.from({ length: b.endLine - b.line + 1 }, (_, i) => b.line + i)));
	const issues: ContentIssue[] = [];
	lines.forEach((line, i) => {
		if (inBlock.has(i + 1) || !line.includes('{{')) return;
		// Comments never reach the reader.
		const text = line.replace(/<!--.*?-->|\{\/\*.*?\*\/\}/g, (c) => ' '.repeat(c.length));
		const spans = codeSpans(text);
		for (const token of text.matchAll(/\{\{\s*version\s*:[^{}]*\}\}/g)) {
			if (!spans.some(([start, end]) => token.index >= start && token.index < end)) {
				issues.push({ file, line: i + 1, message: `version token ${token[0]} outside code: tokens are replaced only in code blocks and inline code — put it in \`…\`` });
			}
		}
		for (const problem of replaceVersionTokens(spans.map(([start, end]) => text.slice(start, end)).join(' ')).problems) {
			issues.push({ file, line: i + 1, message: `inline code: ${problem.message}` });
		}
	});
	return issues;
}

/** Validates the code blocks of one page, as the reader sees them: with their version tokens replaced. */
export async function validateSource(file: string, source: string): Promise<ValidationReport> {
	const report: ValidationReport = { issues: [], blocks: [] };
	const blocks = extractCodeBlocks(source);
	report.issues.push(...tokensOutsideBlocks(file, source, blocks));
	for (const raw of blocks) {
		const { text: code, problems } = replaceVersionTokens(raw.code);
		for (const problem of problems) report.issues.push({ file, line: raw.line + problem.line, message: `${raw.lang || 'code'} block: ${problem.message}` });
		const block = { ...raw, code };
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

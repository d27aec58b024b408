/** The snippet validation pipeline: every code block of every page, checked by the checker of its kind. */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentIssue } from '../lib/content-error.ts';
import { replaceVersionTokens } from '../lib/version-tokens.ts';
import { findDeprecations } from './deprecations.ts';
import { checkProblems, parseCheck } from './answer.ts';
import { type CodeBlock, extractCodeBlocks, metaAttributes } from './extract.ts';
import type { Finding } from './finding.ts';
import { namedSchemas } from './schemas/index.ts';
import { checkShell, copyHazards } from './shell.ts';
import { checkSpec } from './spec.ts';
import { didYouMean } from './suggest.ts';
import { type SnippetKind, checkYaml, parseDocuments } from './yaml-check.ts';

export type BlockKind = SnippetKind | 'shell' | 'json' | 'wrong' | 'other';

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

const shellLangs = new Set(['bash', 'sh']);
/** Languages whose blocks are shown as they are: only copy hazards and deprecations are checked. */
const plainLangs = new Set(['text', 'dockerfile', 'ini', 'diff']);
const knownLangs = [...shellLangs, 'yaml', 'json', ...plainLangs];
const examples = ['wrong', 'old'];

async function checkBlock(block: CodeBlock): Promise<{ kind: BlockKind; findings: Finding[] }> {
	const attrs = metaAttributes(block.meta);
	const example = attrs.example;
	if (example !== undefined && !examples.includes(example)) {
		return { kind: 'other', findings: [{ message: `example="${example}" is not one of ${examples.join(', ')}`, fix: didYouMean(example, examples) }] };
	}
	if (example === 'wrong') return { kind: 'wrong', findings: [] };
	if (!knownLangs.includes(block.lang)) {
		return { kind: 'other', findings: [{ message: block.lang ? `unknown code language "${block.lang}"` : 'the code block has no language', fix: didYouMean(block.lang || 'text', knownLangs) ?? `use one of ${knownLangs.join(', ')}` }] };
	}
	let kind: BlockKind = 'other';
	const findings: Finding[] = copyHazards(block.code);
	if (block.lang === 'yaml') {
		const result = await checkYaml(block.code, attrs.schema);
		kind = result.kind ?? 'other';
		findings.push(...result.findings);
	} else if (block.lang === 'json') {
		kind = 'json';
		try {
			const value: unknown = JSON.parse(block.code);
			if (attrs.schema) {
				const spec = namedSchemas[attrs.schema];
				if (!spec) findings.push({ message: `schema="${attrs.schema}" is not one of our JSON schemas`, fix: didYouMean(attrs.schema, Object.keys(namedSchemas)) });
				else {
					kind = attrs.schema === 'seccomp' ? 'seccomp' : 'json';
					findings.push(...checkSpec(value, spec));
				}
			}
		} catch (e) {
			findings.push({ message: `JSON does not parse: ${(e as Error).message}` });
		}
	} else if (shellLangs.has(block.lang)) {
		kind = 'shell';
		findings.push(...checkShell(block.code));
	}
	findings.push(...findDeprecations(block.code, block.lang === 'yaml' ? 'yaml' : shellLangs.has(block.lang) ? 'shell' : 'other'));
	if (attrs.check !== undefined || attrs['check-ordered'] !== undefined) findings.push(...answerCheckFindings(block, attrs));
	// An old form shown on purpose is still checked, but its deprecations are the point of showing it.
	if (example === 'old') return { kind, findings: findings.filter((f) => f.kind !== 'deprecated') };
	return { kind, findings };
}

/** Whether a block's `check="…"` can be used to check a reader's answer against it (see answer.ts). */
function answerCheckFindings(block: CodeBlock, attrs: Record<string, string>): Finding[] {
	if (block.lang !== 'yaml' && block.lang !== 'json') return [{ message: `check="…" is for YAML or JSON answers, not ${block.lang || 'plain'} blocks` }];
	if (attrs.check === undefined) return [{ message: 'check-ordered="…" needs check="…" on the same block' }];
	let docs: unknown[];
	try {
		docs = block.lang === 'json' ? [JSON.parse(block.code) as unknown] : parseDocuments(block.code);
	} catch {
		return []; // the parse error is reported already
	}
	const { paths, errors } = parseCheck(attrs.check, attrs['check-ordered']);
	return [...errors, ...checkProblems(docs, paths)].map((message) => ({ message }));
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

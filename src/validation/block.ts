/** One code block, checked by the checker of its kind: shared by the build (validate.ts, over every page) and the browser's checker (src/checker/), so both give the same findings. */
import { checkProblems, parseCheck } from './answer.ts';
import { findDeprecations } from './deprecations.ts';
import { type CodeBlock, metaAttributes } from './extract.ts';
import type { Finding } from './finding.ts';
import { checkShell, copyHazards } from './shell.ts';
import { didYouMean } from './suggest.ts';
import { type SnippetKind, checkYaml, parseDocuments } from './yaml-check.ts';

export type BlockKind = SnippetKind | 'shell' | 'json' | 'wrong' | 'other';

const shellLangs = new Set(['bash', 'sh']);
/** Languages whose blocks are shown as they are: only copy hazards and deprecations are checked. */
const plainLangs = new Set(['text', 'dockerfile', 'ini', 'diff']);
const knownLangs = [...shellLangs, 'yaml', 'json', ...plainLangs];
const examples = ['wrong', 'old'];

/** Checks one code block by its language and attributes: what the build does for every block of every page, and the browser's checker for what a reader pastes. */
export async function checkBlock(block: Pick<CodeBlock, 'lang' | 'meta' | 'code'>): Promise<{ kind: BlockKind; findings: Finding[] }> {
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
		const result = await checkYaml(block.code, attrs.schema, 'json');
		kind = result.kind ?? 'json';
		findings.push(...result.findings);
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
function answerCheckFindings(block: Pick<CodeBlock, 'lang' | 'code'>, attrs: Record<string, string>): Finding[] {
	if (block.lang !== 'yaml' && block.lang !== 'json') return [{ message: `check="…" is for YAML or JSON answers, not ${block.lang || 'plain'} blocks` }];
	if (attrs.check === undefined) return [{ message: 'check-ordered="…" needs check="…" on the same block' }];
	const docs = parseDocuments(block.code, block.lang); // parse errors are reported already
	const { paths, errors } = parseCheck(attrs.check, attrs['check-ordered']);
	return [...errors, ...checkProblems(docs, paths)].map((message) => ({ message }));
}


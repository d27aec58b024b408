/**
 * What the manifest checker asks of the validation pipeline: a reader's text checked as the build checks a code block
 * (block.ts, the same function), and a reader's answer compared with a task's solution on its declared paths
 * (answer.ts). Environment-neutral: the browser runs it in a Web Worker with the browser's validator loader, the unit
 * tests in Node with the build's.
 */
import { compareAnswer, parseCheck, type AnswerDifference } from '../validation/answer.ts';
import { type BlockKind, checkBlock } from '../validation/block.ts';
import type { Finding } from '../validation/finding.ts';
import { parseDocuments } from '../validation/yaml-check.ts';

export type TextLang = 'yaml' | 'json';

export interface ManifestResult {
	/** How the text was read: JSON when it starts with `{` or `[`, YAML otherwise. */
	lang: TextLang;
	/** What the text was validated as (`kubernetes`, `falco-rules`…); `json` or `other` when it could not be told. */
	kind: BlockKind;
	/** Documents read (empty ones left out). */
	documents: number;
	/** Findings with their 1-based line in the text. */
	findings: Finding[];
}

/** JSON when the first character that is not white space opens an object or a list (a YAML document never starts so in practice). */
export function textLang(text: string): TextLang {
	return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** Checks a reader's text as the build checks a code block of that language, optionally declared as `schema` (e.g. `SecurityContext`). */
export async function checkManifest(text: string, schema?: string): Promise<ManifestResult> {
	const lang = textLang(text);
	const meta = schema ? `schema="${schema.replace(/"/g, '')}"` : '';
	const { kind, findings } = await checkBlock({ lang, meta, code: text });
	return { lang, kind, documents: parseDocuments(text, lang).length, findings };
}

export interface AnswerRequest {
	text: string;
	/** The solution's code block, as the page shows it. */
	solution: string;
	solutionLang: TextLang;
	check: string;
	checkOrdered?: string;
	/** The solution block's `schema="…"`, which the answer is validated as too. */
	schema?: string;
}

export interface AnswerResult extends ManifestResult {
	/** What keeps the answer from matching the solution on the checked paths (never the expected values). */
	differences: AnswerDifference[];
	/** The answer validates (no error findings) and matches on every checked path. */
	passed: boolean;
}

/** Validates a reader's answer and compares it with the solution on the paths the task declares. */
export async function checkAnswer(request: AnswerRequest): Promise<AnswerResult> {
	const result = await checkManifest(request.text, request.schema);
	const errors = result.findings.filter((f) => f.kind !== 'deprecated');
	const { paths } = parseCheck(request.check, request.checkOrdered);
	const expected = parseDocuments(request.solution, request.solutionLang);
	const actual = parseDocuments(request.text, result.lang);
	// A text that does not parse has no documents to compare: its findings say why.
	const differences = actual.length ? compareAnswer(expected, actual, paths) : [];
	return { ...result, differences, passed: errors.length === 0 && actual.length > 0 && differences.length === 0 };
}

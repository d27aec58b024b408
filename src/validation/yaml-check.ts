/**
 * Checks YAML and JSON snippets: every document parses within the limits, and each is validated as what it declares
 * to be (`schema="…"`) or as what it is: a Kubernetes object or one of our config files by apiVersion and kind, a
 * Falco rules file, a Falco configuration or a seccomp profile by its shape. The build and the browser's checker run
 * this same code; nothing here reads files or evaluates what it is given.
 */
import { type Document, LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Finding } from './finding.ts';
import { checkKubernetesExcerpt, checkKubernetesObject, isKnownKind, isKubernetesApiVersion, isKubernetesType } from './kubernetes.ts';
import { admissionPluginConfigurations } from './schemas/apiserver-config.ts';
import { findDocumentSchema, namedSchemas } from './schemas/index.ts';
import { checkSpec } from './spec.ts';

/** What a snippet was validated as; counted for the build's report. */
export type SnippetKind = 'kubernetes' | 'config' | 'crd' | 'excerpt' | 'falco-rules' | 'falco-config' | 'seccomp';

/** Bounds on what a snippet may make the checker do; a snippet past one is refused with a finding, never run. */
export const limits = {
	/** Characters of a snippet. */
	maxChars: 256 * 1024,
	/** Documents in one snippet. */
	maxDocuments: 100,
	/** Levels of nesting of mappings and lists. */
	maxDepth: 64,
	/** yaml's guard against alias expansion ("billion laughs"): uses of aliases times the nodes they stand for. */
	maxAliasCount: 100,
} as const;

/** Splits a path such as `spec.containers[0].name` into segments. */
function segments(path: string): (string | number)[] {
	return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The 1-based line (within the block) of the key or item at `path`, or of its closest existing parent. */
function lineOfPath(doc: Document, path: string | undefined, counter: LineCounter): number | undefined {
	let node: unknown = doc.contents;
	let offset = (doc.contents as { range?: [number] } | null)?.range?.[0];
	for (const segment of path ? segments(path) : []) {
		if (isMap(node)) {
			const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
			if (!pair) break;
			offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			node = node.items[segment];
			offset = (node as { range?: [number] } | undefined)?.range?.[0] ?? offset;
		} else break;
	}
	return offset === undefined ? undefined : counter.linePos(offset).line;
}

/** Checks the plugin configurations embedded in an AdmissionConfiguration against their own schemas. */
function embeddedAdmissionConfigurations(value: { kind?: unknown; plugins?: unknown }): Finding[] {
	if (value.kind !== 'AdmissionConfiguration' || !Array.isArray(value.plugins)) return [];
	return value.plugins.flatMap((plugin: { name?: unknown; configuration?: unknown }, i) => {
		const spec = typeof plugin?.name === 'string' ? admissionPluginConfigurations[plugin.name] : undefined;
		return spec && plugin.configuration !== undefined ? checkSpec(plugin.configuration, spec, { path: ['plugins', i, 'configuration'] }) : [];
	});
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const falcoItemKeys = ['rule', 'macro', 'list', 'required_engine_version', 'required_plugin_versions'];
/** Keys only falco.yaml has (config_json_schema.h), so an excerpt of it is told from other YAML. */
const falcoConfigKeys = ['rules_files', 'rules_file', 'load_plugins', 'json_output', 'json_include_output_property', 'stdout_output', 'file_output', 'syslog_output', 'program_output', 'http_output', 'grpc_output', 'webserver', 'falco_libs', 'append_output', 'config_files'];

/**
 * What a document without apiVersion and kind is, told by its shape: a list of Falco rules, macros and lists; a
 * seccomp profile (defaultAction or syscalls); a Falco configuration (its own top-level keys).
 */
export function detectShape(value: unknown): 'falco-rules' | 'falco-config' | 'seccomp' | undefined {
	if (Array.isArray(value)) {
		return value.length > 0 && value.every(isRecord) && value.some((item) => falcoItemKeys.some((k) => Object.hasOwn(item, k))) ? 'falco-rules' : undefined;
	}
	if (!isRecord(value) || 'apiVersion' in value || 'kind' in value) return undefined;
	if (typeof value.defaultAction === 'string' || (Array.isArray(value.syscalls) && value.syscalls.some((s) => isRecord(s) && 'names' in s))) return 'seccomp';
	if (falcoConfigKeys.some((k) => Object.hasOwn(value, k))) return 'falco-config';
	return undefined;
}

/** Validates against one of our named schemas; Falco rules and seccomp profiles are whole files, the rest may be excerpts. */
function checkNamed(value: unknown, name: string): { kind: SnippetKind; findings: Finding[] } {
	const kind: SnippetKind = name === 'falco-rules' || name === 'falco-config' || name === 'seccomp' ? name : 'config';
	return { kind, findings: checkSpec(value, namedSchemas[name]!, { partial: name !== 'falco-rules' && name !== 'seccomp' }) };
}

/**
 * Validates one parsed document; returns its kind and findings without lines. `lenient` (JSON without `schema="…"`)
 * leaves a document it cannot tell unchecked instead of reporting it: JSON blocks are mostly command output.
 */
async function checkDocument(value: unknown, declared: string | undefined, lenient: boolean): Promise<{ kind: SnippetKind | undefined; findings: Finding[] }> {
	if (declared) {
		if (namedSchemas[declared]) return checkNamed(value, declared);
		if (isKubernetesType(declared)) return { kind: 'excerpt', findings: await checkKubernetesExcerpt(value, declared) };
		return { kind: 'excerpt', findings: [{ message: `schema="${declared}" is neither a Kubernetes API type nor one of our schemas (${Object.keys(namedSchemas).join(', ')})` }] };
	}
	const record = value as { apiVersion?: unknown; kind?: unknown } | null;
	if (record && typeof record === 'object' && typeof record.apiVersion === 'string' && typeof record.kind === 'string') {
		const own = findDocumentSchema(record.apiVersion, record.kind);
		if (own) {
			const findings = [...checkSpec(value, own.spec), ...embeddedAdmissionConfigurations(record)];
			return { kind: own.apiVersion.includes('.k8s.io') || own.apiVersion === 'v1' ? 'config' : 'crd', findings };
		}
		if (lenient && !isKnownKind(record.apiVersion, record.kind)) return { kind: undefined, findings: [] };
		if (isKubernetesApiVersion(record.apiVersion)) return { kind: 'kubernetes', findings: await checkKubernetesObject(record as { apiVersion: string; kind: string }) };
		return { kind: 'crd', findings: [{ path: 'apiVersion', message: `${record.apiVersion} ${record.kind} is not a Kubernetes API type and we have no schema for it` }] };
	}
	const shape = detectShape(value);
	if (shape) return checkNamed(value, shape);
	if (lenient) return { kind: undefined, findings: [] };
	return {
		kind: 'excerpt',
		findings: [{ message: 'this YAML is not a whole object (no apiVersion and kind) and declares no type', fix: 'add schema="<type>" to the code block, e.g. schema="Pod" or schema="SecurityContext"' }],
	};
}

/** How deep a value nests (mappings and lists), counted without recursion and stopping past `limit`. */
function depthOf(value: unknown, limit: number): number {
	let deepest = 0;
	const stack: [unknown, number][] = [[value, 1]];
	while (stack.length) {
		const [v, depth] = stack.pop()!;
		if (typeof v !== 'object' || v === null) continue;
		deepest = Math.max(deepest, depth);
		if (deepest > limit) return deepest;
		for (const child of Object.values(v)) stack.push([child, depth + 1]);
	}
	return deepest;
}

/** How deep flow collections (`[…]`, `{…}`) nest in a text, outside quoted strings and comments, stopping past `limit`: read before parsing, which recurses. */
function flowDepth(code: string, limit: number): number {
	let depth = 0;
	let deepest = 0;
	let quote: string | undefined;
	for (let i = 0; i < code.length; i++) {
		const c = code[i]!;
		if (quote) {
			if (c === '\\' && quote === '"') i++;
			else if (c === quote) quote = undefined;
			else if (c === '\n' && quote === "'") quote = undefined;
		} else if (c === '"' || (c === "'" && /[\s[{,:]/.test(code[i - 1] ?? ' '))) quote = c;
		else if (c === '#' && /\s/.test(code[i - 1] ?? ' ')) {
			const end = code.indexOf('\n', i);
			i = end === -1 ? code.length : end;
		} else if (c === '[' || c === '{') {
			deepest = Math.max(deepest, ++depth);
			if (deepest > limit) return deepest;
		} else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
	}
	return deepest;
}

/** A finding when the text is not something to check at all: too large, binary, or nested deeper than the limit. */
export function textLimitFinding(code: string): Finding | undefined {
	if (code.length > limits.maxChars) return { message: `the text is too large to check (${Math.round(code.length / 1024)} KB; the limit is ${limits.maxChars / 1024} KB)`, fix: 'check one manifest at a time' };
	// NUL and other C0 controls than tab, line feed and carriage return never occur in YAML or JSON text.
	const binary = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(code);
	if (binary) return { line: code.slice(0, binary.index).split('\n').length, message: 'the text contains binary data (control characters), not YAML or JSON' };
	if (flowDepth(code, limits.maxDepth) > limits.maxDepth) return { message: `the text is nested too deeply to check (the limit is ${limits.maxDepth} levels)` };
	return undefined;
}

export interface ParsedSnippet {
	/** Each document's plain value, or the findings that stopped it from being read. */
	documents: { value?: unknown; findings: Finding[]; doc?: Document }[];
	counter: LineCounter;
	/** Findings about the whole text (limits, JSON syntax). */
	findings: Finding[];
}

/** The 1-based line of a JSON.parse error, from the position its message names. */
function jsonErrorLine(code: string, message: string): number | undefined {
	const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
	if (line) return Number(line);
	const position = /at position (\d+)/.exec(message)?.[1];
	return position === undefined ? undefined : code.slice(0, Number(position)).split('\n').length;
}

/** Parses a YAML or JSON snippet into documents within the limits; parse errors and refusals are findings with lines, never exceptions. */
export function parseSnippet(code: string, lang: 'yaml' | 'json'): ParsedSnippet {
	const counter = new LineCounter();
	const refused = textLimitFinding(code);
	if (refused) return { documents: [], counter, findings: [refused] };
	if (lang === 'json') {
		try {
			JSON.parse(code);
		} catch (e) {
			const message = (e as Error).message;
			return { documents: [], counter, findings: [{ line: jsonErrorLine(code, message), message: `JSON does not parse: ${message}` }] };
		}
	}
	let docs: Document[];
	try {
		const parsed = parseAllDocuments(code, { lineCounter: counter, prettyErrors: false });
		docs = Array.isArray(parsed) ? parsed : [parsed as unknown as Document];
	} catch (e) {
		// The composer recurses: a document nested thousands of levels deep overflows the stack.
		if (e instanceof RangeError) return { documents: [], counter, findings: [{ message: `the text is nested too deeply to check (the limit is ${limits.maxDepth} levels)` }] };
		throw e;
	}
	const nonEmpty = docs.filter((d) => d.errors.length || d.contents !== null);
	if (nonEmpty.length > limits.maxDocuments) {
		return { documents: [], counter, findings: [{ message: `the text has ${nonEmpty.length} documents; the limit is ${limits.maxDocuments}`, fix: 'check fewer documents at a time' }] };
	}
	const documents = nonEmpty.map((doc): ParsedSnippet['documents'][number] => {
		if (doc.errors.length) {
			// The line where the parser stopped, counted from its offset (prettyErrors is off, so linePos is not filled in).
			return { findings: doc.errors.map((e) => ({ line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line, message: `${lang === 'json' ? 'JSON' : 'YAML'} does not parse: ${e.message.split('\n')[0]}` })) };
		}
		const line = doc.contents?.range ? counter.linePos(doc.contents.range[0]).line : undefined;
		let value: unknown;
		try {
			value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
		} catch (e) {
			if (e instanceof ReferenceError) return { findings: [{ line, message: 'the YAML aliases expand too much to check (a "billion laughs" pattern); it is refused, not expanded' }] };
			if (e instanceof RangeError) return { findings: [{ line, message: `the document is nested too deeply to check (the limit is ${limits.maxDepth} levels)` }] };
			throw e;
		}
		if (depthOf(value, limits.maxDepth) > limits.maxDepth) return { findings: [{ line, message: `the document is nested too deeply to check (the limit is ${limits.maxDepth} levels)` }] };
		return { value, findings: [], doc };
	});
	return { documents, counter, findings: [] };
}

/** The documents of a YAML text as plain values, empty documents and documents that cannot be read left out. */
export function parseDocuments(code: string, lang: 'yaml' | 'json' = 'yaml'): unknown[] {
	return parseSnippet(code, lang)
		.documents.filter((d) => d.doc)
		.map((d) => d.value);
}

/** Findings of a YAML or JSON block (with lines inside the block) and the kind of snippet it holds. */
export async function checkYaml(code: string, declared: string | undefined, lang: 'yaml' | 'json' = 'yaml'): Promise<{ kind: SnippetKind | undefined; findings: Finding[] }> {
	const parsed = parseSnippet(code, lang);
	const findings: Finding[] = [...parsed.findings];
	let kind: SnippetKind | undefined;
	for (const document of parsed.documents) {
		findings.push(...document.findings);
		if (!document.doc) continue;
		const result = await checkDocument(document.value, declared, lang === 'json' && !declared);
		kind ??= result.kind;
		for (const f of result.findings) findings.push({ ...f, line: f.line ?? lineOfPath(document.doc, f.path, parsed.counter) });
	}
	if (lang === 'yaml' && !parsed.documents.length && !findings.length) findings.push({ message: 'the YAML block is empty' });
	return { kind, findings };
}

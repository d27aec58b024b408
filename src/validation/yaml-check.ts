/** Checks YAML blocks: every document parses, and each is validated as what it is or declares to be. */
import { type Document, LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Finding } from './finding.ts';
import { checkKubernetesExcerpt, checkKubernetesObject, isKubernetesApiVersion, isKubernetesType } from './kubernetes.ts';
import { admissionPluginConfigurations } from './schemas/apiserver-config.ts';
import { findDocumentSchema, namedSchemas } from './schemas/index.ts';
import { checkSpec } from './spec.ts';

/** What a snippet was validated as; counted for the build's report. */
export type SnippetKind = 'kubernetes' | 'config' | 'crd' | 'excerpt' | 'falco-rules' | 'falco-config' | 'seccomp';

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

/** Validates one parsed document; returns its kind and findings without lines. */
async function checkDocument(value: unknown, declared: string | undefined): Promise<{ kind: SnippetKind; findings: Finding[] }> {
	if (declared) {
		const named = namedSchemas[declared];
		if (named) {
			const kind: SnippetKind = declared === 'falco-rules' || declared === 'falco-config' || declared === 'seccomp' ? declared : 'config';
			return { kind, findings: checkSpec(value, named, { partial: declared !== 'falco-rules' && declared !== 'seccomp' }) };
		}
		if (await isKubernetesType(declared)) return { kind: 'excerpt', findings: await checkKubernetesExcerpt(value, declared) };
		return { kind: 'excerpt', findings: [{ message: `schema="${declared}" is neither a Kubernetes API type nor one of our schemas (${Object.keys(namedSchemas).join(', ')})` }] };
	}
	const record = value as { apiVersion?: unknown; kind?: unknown } | null;
	if (record && typeof record === 'object' && typeof record.apiVersion === 'string' && typeof record.kind === 'string') {
		const own = findDocumentSchema(record.apiVersion, record.kind);
		if (own) {
			const findings = [...checkSpec(value, own.spec), ...embeddedAdmissionConfigurations(record)];
			return { kind: own.apiVersion.includes('.k8s.io') || own.apiVersion === 'v1' ? 'config' : 'crd', findings };
		}
		if (isKubernetesApiVersion(record.apiVersion)) return { kind: 'kubernetes', findings: await checkKubernetesObject(record as { apiVersion: string; kind: string }) };
		return { kind: 'crd', findings: [{ path: 'apiVersion', message: `${record.apiVersion} ${record.kind} is not a Kubernetes API type and we have no schema for it` }] };
	}
	return {
		kind: 'excerpt',
		findings: [{ message: 'this YAML is not a whole object (no apiVersion and kind) and declares no type', fix: 'add schema="<type>" to the code block, e.g. schema="Pod" or schema="SecurityContext"' }],
	};
}

/** The documents of a YAML text as plain values, empty documents left out; throws nothing on parse errors (they are findings). */
export function parseDocuments(code: string): unknown[] {
	return parseAllDocuments(code)
		.filter((d) => !d.errors.length && d.contents !== null)
		.map((d) => d.toJS() as unknown);
}

/** Findings of a YAML block (with lines inside the block) and the kind of snippet it holds. */
export async function checkYaml(code: string, declared: string | undefined): Promise<{ kind: SnippetKind | undefined; findings: Finding[] }> {
	const counter = new LineCounter();
	const docs = parseAllDocuments(code, { lineCounter: counter, prettyErrors: false });
	const list = Array.isArray(docs) ? docs : [docs];
	const findings: Finding[] = [];
	let kind: SnippetKind | undefined;
	for (const doc of list) {
		if (doc.errors.length) {
			for (const e of doc.errors) findings.push({ line: e.linePos?.[0]?.line, message: `YAML does not parse: ${e.message.split('\n')[0]}` });
			continue;
		}
		if (doc.contents === null) continue;
		const result = await checkDocument(doc.toJS(), declared);
		kind ??= result.kind;
		for (const f of result.findings) findings.push({ ...f, line: f.line ?? lineOfPath(doc, f.path, counter) });
	}
	if (!list.some((d) => d.contents !== null) && !findings.length) findings.push({ message: 'the YAML block is empty' });
	return { kind, findings };
}

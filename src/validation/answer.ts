/**
 * Compares a reader's answer with a task's solution on the parts the task declares (`check="…"` on the solution's
 * code block), without revealing the solution: the differences name paths, never expected values.
 *
 * A check is a list of paths separated by spaces:
 * - `spec.podSelector`, `spec.policyTypes`: fields, nested with dots;
 * - `spec.containers[0].image`: a list item by position;
 * - `spec.containers[name=app].securityContext`: a list item by the value of one of its fields;
 * - `metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]`: a key with dots or slashes;
 * - `[rule=Shell in container].condition`: the same from the root, for files that are lists (Falco rules);
 * - `RoleBinding:roleRef`, `Role/pod-reader:rules`: in a block of several documents, the document by kind (and name).
 * Lists compare as sets (order does not matter) unless the path is also listed in `check-ordered="…"`.
 * Every document is also matched by kind, name and namespace, which tasks always state.
 */

export type Segment = { field: string } | { index: number } | { key: string; value: string };

export interface CheckPath {
	/** The path as written, for messages. */
	text: string;
	document?: { kind: string; name?: string };
	segments: Segment[];
	ordered: boolean;
}

export interface AnswerDifference {
	/** Document and path the difference is at, e.g. `NetworkPolicy deny-all: spec.policyTypes`. */
	where: string;
	kind: 'missing-document' | 'missing' | 'different' | 'extra-items' | 'missing-items' | 'namespace';
	message: string;
}

const segmentPattern = /^(?:\.?([^.[\]"]+)|\["([^"]+)"\]|\[(\d+)\]|\[([^=\]]+)=([^\]]*)\])/;

/** Parses one path; the error says what is wrong with it. */
export function parseCheckPath(text: string, ordered = false): CheckPath | { error: string } {
	let rest = text;
	let document: CheckPath['document'];
	const selector = /^([A-Z][A-Za-z0-9]*)(?:\/([a-z0-9.-]+))?:/.exec(rest);
	if (selector) {
		document = { kind: selector[1]!, ...(selector[2] ? { name: selector[2] } : {}) };
		rest = rest.slice(selector[0].length);
	}
	const segments: Segment[] = [];
	while (rest.length) {
		const m = segmentPattern.exec(rest);
		if (!m || m[0] === '.') return { error: `cannot read "${text}" at "${rest}"` };
		if (m[1] !== undefined || m[2] !== undefined) segments.push({ field: (m[1] ?? m[2])! });
		else if (m[3] !== undefined) segments.push({ index: Number(m[3]) });
		else segments.push({ key: m[4]!, value: m[5]! });
		rest = rest.slice(m[0].length);
	}
	if (!segments.length) return { error: `"${text}" names no field` };
	return { text, document, segments, ordered };
}

/** Parses a `check` attribute and its `check-ordered` companion. */
export function parseCheck(check: string, checkOrdered = ''): { paths: CheckPath[]; errors: string[] } {
	const ordered = new Set(checkOrdered.split(/\s+/).filter(Boolean));
	const paths: CheckPath[] = [];
	const errors: string[] = [];
	const words: string[] = check.match(/(?:[^\s"[]+|"[^"]*"|\[[^\]]*\])+/g) ?? [];
	if (!words.length) errors.push('check="" lists no path');
	for (const word of words) {
		const parsed = parseCheckPath(word, ordered.has(word));
		if ('error' in parsed) errors.push(parsed.error);
		else paths.push(parsed);
	}
	for (const word of ordered) if (!words.includes(word)) errors.push(`check-ordered names "${word}", which check="…" does not list`);
	return { paths, errors };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path, or `undefined` when the path leads nowhere. */
export function valueAt(root: unknown, segments: readonly Segment[]): unknown {
	let node = root;
	for (const s of segments) {
		if ('field' in s) node = isRecord(node) ? node[s.field] : undefined;
		else if ('index' in s) node = Array.isArray(node) ? node[s.index] : undefined;
		else node = Array.isArray(node) ? node.find((item) => isRecord(item) && String(item[s.key]) === s.value) : undefined;
		if (node === undefined) return undefined;
	}
	return node;
}

interface Identity {
	kind?: string;
	name?: string;
	namespace?: string;
}

function identity(doc: unknown): Identity {
	if (!isRecord(doc)) return {};
	const metadata = isRecord(doc.metadata) ? doc.metadata : {};
	return {
		kind: typeof doc.kind === 'string' ? doc.kind : undefined,
		name: typeof metadata.name === 'string' ? metadata.name : undefined,
		namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
	};
}

function describe(id: Identity): string {
	return [id.kind ?? 'document', id.name].filter(Boolean).join(' ');
}

/** The expected documents a path applies to: the one it names, or every document when the block has one. */
function targets(expected: readonly unknown[], path: CheckPath): unknown[] {
	if (!path.document) return expected.length === 1 ? [...expected] : [];
	return expected.filter((d) => {
		const id = identity(d);
		return id.kind === path.document!.kind && (path.document!.name === undefined || id.name === path.document!.name);
	});
}

/** Why a check cannot be used with the solution it is declared on (the build reports these with file and line). */
export function checkProblems(expected: readonly unknown[], paths: readonly CheckPath[]): string[] {
	const problems: string[] = [];
	for (const path of paths) {
		const docs = targets(expected, path);
		if (!docs.length) {
			problems.push(
				path.document
					? `check path "${path.text}": the block has no ${path.document.kind}${path.document.name ? ` named ${path.document.name}` : ''}`
					: `check path "${path.text}": the block has ${expected.length} documents; name one, e.g. "${describe(identity(expected[0]))
							.split(' ')[0]}:${path.text}"`,
			);
			continue;
		}
		if (docs.length > 1) problems.push(`check path "${path.text}": ${docs.length} documents are ${path.document!.kind}; name one, e.g. "${path.document!.kind}/<name>:…"`);
		else if (valueAt(docs[0], path.segments) === undefined) problems.push(`check path "${path.text}" is not in the solution`);
	}
	return problems;
}

/** Whether a document is an object of the Kubernetes API itself (not a CRD such as Cilium's, whose defaults differ). */
function isKubernetesObject(doc: Record<string, unknown>): boolean {
	const group = typeof doc.apiVersion === 'string' && doc.apiVersion.includes('/') ? doc.apiVersion.split('/')[0]! : '';
	return group === '' || group.endsWith('.k8s.io') || !group.includes('.');
}

/**
 * Values the API server fills in when they are left out, applied to both sides so leaving them out is not a difference:
 * a port's protocol is TCP (SetDefaults_ContainerPort, SetDefaults_ServicePort, SetDefaults_NetworkPolicyPort) and a
 * fieldRef's apiVersion is v1 (SetDefaults_ObjectFieldSelector).
 */
function withDefaults(doc: unknown): unknown {
	if (!isRecord(doc) || !isKubernetesObject(doc)) return doc;
	const copy = structuredClone(doc);
	const walk = (node: unknown, key?: string): void => {
		if (Array.isArray(node)) {
			for (const item of node) {
				if (key === 'ports' && isRecord(item) && (item.port !== undefined || item.containerPort !== undefined)) item.protocol ??= 'TCP';
				walk(item);
			}
		} else if (isRecord(node)) {
			if (key === 'fieldRef') node.apiVersion ??= 'v1';
			for (const [k, v] of Object.entries(node)) walk(v, k);
		}
	};
	walk(copy);
	return copy;
}

/** Deep equality where lists are compared as multisets unless `ordered`. */
export function sameValue(a: unknown, b: unknown, ordered: boolean): boolean {
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return false;
		if (ordered) return a.every((v, i) => sameValue(v, b[i], ordered));
		const left = [...b];
		return a.every((v) => {
			const i = left.findIndex((w) => sameValue(v, w, ordered));
			if (i === -1) return false;
			left.splice(i, 1);
			return true;
		});
	}
	if (isRecord(a) && isRecord(b)) {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].every((k) => sameValue(a[k], b[k], ordered));
	}
	return a === b;
}

/** Where two values differ, as the deepest path that explains it, without stating the expected value. */
function differences(expected: unknown, actual: unknown, at: string, ordered: boolean): Omit<AnswerDifference, 'where'>[] {
	if (sameValue(expected, actual, ordered)) return [];
	if (actual === undefined) return [{ kind: 'missing', message: `${at} is missing` }];
	if (isRecord(expected) && isRecord(actual)) {
		const out: Omit<AnswerDifference, 'where'>[] = [];
		for (const key of Object.keys(expected)) out.push(...differences(expected[key], actual[key], `${at}.${key}`, ordered));
		for (const key of Object.keys(actual)) if (!(key in expected)) out.push({ kind: 'different', message: `${at}.${key} is not part of the answer` });
		return out;
	}
	if (Array.isArray(expected) && Array.isArray(actual)) {
		if (ordered) {
			if (expected.length !== actual.length) return [{ kind: 'different', message: `${at} has ${actual.length} items where the answer has ${expected.length}` }];
			return expected.flatMap((v, i) => differences(v, actual[i], `${at}[${i}]`, ordered));
		}
		const unmatched = [...actual];
		let missing = 0;
		for (const v of expected) {
			const i = unmatched.findIndex((w) => sameValue(v, w, ordered));
			if (i === -1) missing++;
			else unmatched.splice(i, 1);
		}
		const out: Omit<AnswerDifference, 'where'>[] = [];
		if (missing) out.push({ kind: 'missing-items', message: `${at}: ${missing} ${missing === 1 ? 'item of the answer is' : 'items of the answer are'} missing or different` });
		if (unmatched.length > missing) out.push({ kind: 'extra-items', message: `${at}: ${unmatched.length - missing} more ${unmatched.length - missing === 1 ? 'item' : 'items'} than the answer` });
		return out;
	}
	return [{ kind: 'different', message: `${at} has a different value` }];
}

/** What keeps the reader's documents from matching the solution on the checked paths; empty when they match. */
export function compareAnswer(expectedDocs: readonly unknown[], actualDocs: readonly unknown[], paths: readonly CheckPath[]): AnswerDifference[] {
	const expected = expectedDocs.map(withDefaults);
	const actual = actualDocs.map(withDefaults);
	const out: AnswerDifference[] = [];
	const pairs = new Map<unknown, unknown>();
	for (const doc of expected) {
		const want = identity(doc);
		const match = actual.find((a) => {
			const got = identity(a);
			return got.kind === want.kind && (want.name === undefined || got.name === want.name);
		});
		const where = describe(want);
		if (match === undefined) {
			out.push({ where, kind: 'missing-document', message: `no ${where}${want.namespace ? ` in the namespace ${want.namespace}` : ''} in your answer` });
			continue;
		}
		const got = identity(match);
		if (want.namespace && got.namespace && got.namespace !== want.namespace) {
			out.push({ where, kind: 'namespace', message: `${where} is in the namespace ${got.namespace}, not the one the task names` });
		}
		pairs.set(doc, match);
	}
	for (const path of paths) {
		for (const doc of targets(expected, path)) {
			const match = pairs.get(doc);
			if (match === undefined) continue;
			const where = describe(identity(doc));
			for (const d of differences(valueAt(doc, path.segments), valueAt(match, path.segments), path.text, path.ordered)) out.push({ where, ...d });
		}
	}
	return out;
}

/** Validates Kubernetes API objects and excerpts: types, enums and required fields by the OpenAPI JSON schemas
 * of `kubernetes-models`, unknown fields by the field lists of `@kubernetes/client-node`'s generated models,
 * and only API versions that the exam's Kubernetes still serves. */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Finding, formatPath } from './finding.ts';
import { didYouMean } from './suggest.ts';

interface SchemaName {
	/** File name in kubernetes-models/_schemas without `.js`, e.g. `IoK8sApiCoreV1Pod`. */
	file: string;
	/** Group segment as kubernetes-models spells it: `Core`, `Apps`, `Networking`, `Rbac`… */
	group: string;
	/** `V1`, `V1beta1`… */
	version: string;
	/** Type name, e.g. `Pod`, `SecurityContext`. */
	type: string;
}

interface AjvError {
	instancePath: string;
	keyword: string;
	params: Record<string, unknown>;
	message?: string;
}
type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
interface AttributeType {
	baseName: string;
	type: string;
}
type ModelClass = { getAttributeTypeMap(): AttributeType[] };

/** Finds a package's folder by walking up from this file and from the working directory. */
function packageDir(name: string): string {
	const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
	for (const start of starts) {
		for (let dir = start; ; dir = dirname(dir)) {
			const candidate = join(dir, 'node_modules', name);
			if (existsSync(candidate)) return candidate;
			if (dirname(dir) === dir) break;
		}
	}
	throw new Error(`Cannot find the package "${name}"; run npm ci`);
}

const schemaFile = /^(IoK8sApi|IoK8sApimachineryPkgApis|IoK8sApiextensionsApiserverPkgApis|IoK8sKubeAggregatorPkgApis)([A-Z][a-z]+)(V\d+(?:(?:alpha|beta)\d+)?)([A-Z]\w*)\.js$/;

let schemaNames: SchemaName[] | undefined;
function allSchemaNames(): SchemaName[] {
	schemaNames ??= readdirSync(join(packageDir('kubernetes-models'), '_schemas')).flatMap((f) => {
		const m = schemaFile.exec(f);
		return m ? [{ file: f.slice(0, -3), group: m[2]!, version: m[3]!, type: m[4]! }] : [];
	});
	return schemaNames;
}

let models: Record<string, unknown> | undefined;
async function clientModels(): Promise<Record<string, unknown>> {
	models ??= (await import(join(packageDir('@kubernetes/client-node'), 'dist/gen/models/all.js'))) as Record<string, unknown>;
	return models;
}

/** The class of `@kubernetes/client-node` for a schema, if the current API still has that type. */
async function modelClass(schema: SchemaName): Promise<ModelClass | undefined> {
	const all = await clientModels();
	for (const name of [`${schema.version}${schema.type}`, `${schema.group}${schema.version}${schema.type}`]) {
		const candidate = all[name] as ModelClass | undefined;
		if (typeof candidate?.getAttributeTypeMap === 'function') return candidate;
	}
	return undefined;
}

const validators = new Map<string, Promise<Validate>>();
function validator(file: string): Promise<Validate> {
	let v = validators.get(file);
	if (!v) {
		v = import(`kubernetes-models/_schemas/${file}`).then((m: { validate: Validate }) => m.validate);
		validators.set(file, v);
	}
	return v;
}

/** kubernetes-models' group segment for an apiVersion's group: `` → Core, `rbac.authorization.k8s.io` → Rbac. */
function groupSegment(group: string): string {
	const first = group.split('.')[0] || 'core';
	return first[0]!.toUpperCase() + first.slice(1);
}

/** Whether the apiVersion/kind names a type of the Kubernetes API (served or removed). */
export function isKubernetesApiVersion(apiVersion: string): boolean {
	const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
	return /^v\d+((alpha|beta)\d+)?$/.test(version ?? '') && (group === '' || group!.endsWith('.k8s.io') || !group!.includes('.'));
}

/** Finds the schema of a whole object; the finding explains why when there is none. */
async function objectSchema(apiVersion: string, kind: string): Promise<{ schema?: SchemaName; finding?: Finding }> {
	const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
	const seg = groupSegment(group!);
	const ver = `V${version!.slice(1)}`;
	const sameKind = allSchemaNames().filter((s) => s.type === kind && s.group === seg);
	const schema = sameKind.find((s) => s.version === ver);
	const served = (await Promise.all(sameKind.map(async (s) => ((await modelClass(s)) ? s : undefined)))).filter((s) => s !== undefined);
	const servedVersions = served.map((s) => `${group ? `${group}/` : ''}v${s.version.slice(1)}`);
	if (!schema) {
		if (sameKind.length === 0) {
			const kinds = new Set(allSchemaNames().filter((s) => s.group === seg).map((s) => s.type));
			return { finding: { path: 'kind', message: `"${kind}" is not a kind of the API group "${group || 'core'}"`, fix: didYouMean(kind, kinds) } };
		}
		return { finding: { path: 'apiVersion', message: `${kind} has no API version "${apiVersion}"`, fix: servedVersions.length ? `use ${servedVersions.join(' or ')}` : undefined } };
	}
	if (!(await modelClass(schema))) {
		return {
			finding: {
				path: 'apiVersion',
				message: `${apiVersion} ${kind} is not served by the exam's Kubernetes (removed)`,
				fix: servedVersions.length ? `use ${servedVersions.join(' or ')}` : `${kind} no longer exists`,
			},
		};
	}
	return { schema };
}

/** Finds the schema of a type named in a code block's `schema="…"`, e.g. `SecurityContext` or `rbac.authorization.k8s.io/Subject`. */
async function typeSchema(name: string): Promise<{ schema?: SchemaName; finding?: Finding }> {
	const [groupPart, type] = name.includes('/') ? [name.slice(0, name.lastIndexOf('/')), name.slice(name.lastIndexOf('/') + 1)] : [undefined, name];
	let candidates = allSchemaNames().filter((s) => s.type === type && (groupPart === undefined || s.group === groupSegment(groupPart)));
	candidates = (await Promise.all(candidates.map(async (s) => ((await modelClass(s)) ? s : undefined)))).filter((s) => s !== undefined);
	if (candidates.length === 0) {
		return { finding: { message: `schema="${name}" is not a type of the Kubernetes API`, fix: didYouMean(type!, new Set(allSchemaNames().map((s) => s.type))) } };
	}
	const rank = (s: SchemaName) => (s.group === 'Core' ? 0 : 10) + (/alpha|beta/.test(s.version) ? 1 : 0);
	candidates.sort((a, b) => rank(a) - rank(b));
	const best = candidates.filter((s) => rank(s) === rank(candidates[0]!));
	if (new Set(best.map((s) => s.group)).size > 1) {
		return { finding: { message: `schema="${name}" is ambiguous: name the group, e.g. schema="${best.map((s) => `${s.group.toLowerCase()}/${type}`).join('" or "')}"` } };
	}
	return { schema: best[0] };
}

function ajvFindings(errors: readonly AjvError[], partial: boolean): Finding[] {
	return errors.flatMap((e): Finding[] => {
		const segments = e.instancePath
			.split('/')
			.slice(1)
			.map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
		const path = formatPath(segments);
		switch (e.keyword) {
			case 'required':
				return partial ? [] : [{ path, message: `missing required field "${String(e.params.missingProperty)}"` }];
			case 'type':
				return [{ path, message: `must be ${String(e.params.type)}` }];
			case 'enum': {
				const allowed = (e.params.allowedValues as unknown[]).map(String);
				return [{ path, message: `must be one of ${allowed.join(', ')}`, fix: didYouMean(String(segments.length ? '' : ''), allowed) }];
			}
			case 'oneOf':
			case 'anyOf':
				return [];
			default:
				return [{ path, message: e.message ?? `fails ${e.keyword}` }];
		}
	});
}

/** Walks a value along a client-node type and reports fields the type does not have. */
async function unknownFields(value: unknown, type: string, path: (string | number)[], out: Finding[]): Promise<void> {
	if (value === null || typeof value !== 'object') return;
	const arrayOf = /^Array<(.+)>$/.exec(type);
	if (arrayOf) {
		if (Array.isArray(value)) for (const [i, item] of value.entries()) await unknownFields(item, arrayOf[1]!, [...path, i], out);
		return;
	}
	const mapOf = /^\{ \[key: string\]: (.+); \}$/.exec(type);
	if (mapOf) {
		for (const [k, v] of Object.entries(value)) await unknownFields(v, mapOf[1]!, [...path, k], out);
		return;
	}
	const cls = (await clientModels())[type] as ModelClass | undefined;
	if (typeof cls?.getAttributeTypeMap !== 'function' || Array.isArray(value)) return;
	const attributes = cls.getAttributeTypeMap();
	for (const [key, child] of Object.entries(value)) {
		const attribute = attributes.find((a) => a.baseName === key);
		if (!attribute) {
			out.push({ path: formatPath([...path, key]), message: `unknown field "${key}"`, fix: didYouMean(key, attributes.map((a) => a.baseName)) });
		} else {
			await unknownFields(child, attribute.type, [...path, key], out);
		}
	}
}

/** Adds "did you mean" to enum findings from the value actually found at their path. */
function withEnumSuggestions(findings: Finding[], value: unknown, errors: readonly AjvError[]): Finding[] {
	for (const e of errors.filter((x) => x.keyword === 'enum')) {
		const actual = e.instancePath.split('/').slice(1).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
		const allowed = (e.params.allowedValues as unknown[]).map(String);
		const finding = findings.find((f) => f.message === `must be one of ${allowed.join(', ')}` && !f.fix);
		if (finding) {
			finding.message = `"${String(actual)}" is not one of ${allowed.join(', ')}`;
			finding.fix = didYouMean(String(actual), allowed);
		}
	}
	return findings;
}

async function check(value: unknown, schema: SchemaName, partial: boolean): Promise<Finding[]> {
	const validate = await validator(schema.file);
	validate(value);
	const errors = validate.errors ?? [];
	const findings = withEnumSuggestions(ajvFindings(errors, partial), value, errors);
	const cls = await modelClass(schema);
	const all = await clientModels();
	const typeName = Object.keys(all).find((k) => all[k] === cls);
	if (typeName) await unknownFields(value, typeName, [], findings);
	return findings;
}

/** Validates a whole Kubernetes object (it has `apiVersion` and `kind`). */
export async function checkKubernetesObject(doc: { apiVersion: string; kind: string }): Promise<Finding[]> {
	const { schema, finding } = await objectSchema(doc.apiVersion, doc.kind);
	return schema ? check(doc, schema, false) : [finding!];
}

/** Validates an excerpt declared as a type of the Kubernetes API; required fields may be missing. */
export async function checkKubernetesExcerpt(value: unknown, typeName: string): Promise<Finding[]> {
	const { schema, finding } = await typeSchema(typeName);
	return schema ? check(value, schema, true) : [finding!];
}

/** Whether `schema="…"` names a type of the Kubernetes API. */
export async function isKubernetesType(name: string): Promise<boolean> {
	return (await typeSchema(name)).schema !== undefined;
}

/** Validates Kubernetes API objects and excerpts: types, enums and required fields by the precompiled OpenAPI validators
 * of `kubernetes-models`, unknown fields by the field lists of `@kubernetes/client-node`'s generated models, and only
 * API versions that the exam's Kubernetes still serves. Runs in the build and in the browser alike: the types and
 * their fields come from the generated catalogue (see catalog-source.ts), and the validators from a loader each side
 * provides (loaders/node.ts, loaders/browser.ts), so nothing here reads files or compiles code. */
import catalog from './generated/kubernetes-catalog.json' with { type: 'json' };
import { type Finding, formatPath } from './finding.ts';
import { semanticFindings } from './rules.ts';
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
/** A precompiled validator of kubernetes-models (Ajv standalone code). */
export type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
/** A module of validators by schema file name, as the browser's generated group modules export them. */
export type ValidatorModule = Record<string, unknown>;
/** Loads the precompiled validator of a schema file (`IoK8sApiCoreV1Pod`). */
export type ValidatorLoader = (file: string) => Promise<Validate>;

const schemaFile = /^(IoK8sApi|IoK8sApimachineryPkgApis|IoK8sApiextensionsApiserverPkgApis|IoK8sKubeAggregatorPkgApis)([A-Z][a-z]+)(V\d+(?:(?:alpha|beta)\d+)?)([A-Z]\w*)$/;

const models: Readonly<Record<string, Readonly<Record<string, string>>>> = catalog.models;
const servedModel: Readonly<Record<string, string>> = catalog.schemas;

const schemaNames: SchemaName[] = Object.keys(servedModel).flatMap((file) => {
	const m = schemaFile.exec(file);
	return m ? [{ file, group: m[2]!, version: m[3]!, type: m[4]! }] : [];
});
function allSchemaNames(): SchemaName[] {
	return schemaNames;
}

/** The client-node class name of a schema, if the current API still has that type. */
function modelClass(schema: SchemaName): string | undefined {
	return servedModel[schema.file] || undefined;
}

let loader: ValidatorLoader | undefined;
/** Sets how validators are loaded: by the build (Node's module loader) or the browser (bundled chunks). */
export function useValidatorLoader(load: ValidatorLoader): void {
	loader = load;
	validators.clear();
}

const validators = new Map<string, Promise<Validate>>();
function validator(file: string): Promise<Validate> {
	if (!loader) throw new Error('no validator loader: import src/validation/loaders/node.ts or loaders/browser.ts first');
	let v = validators.get(file);
	if (!v) {
		v = loader(file);
		v.catch(() => validators.delete(file));
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
function objectSchema(apiVersion: string, kind: string): { schema?: SchemaName; finding?: Finding } {
	const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
	const seg = groupSegment(group!);
	const ver = `V${version!.slice(1)}`;
	const sameKind = allSchemaNames().filter((s) => s.type === kind && s.group === seg);
	const schema = sameKind.find((s) => s.version === ver);
	const served = sameKind.filter((s) => modelClass(s) !== undefined);
	const servedVersions = served.map((s) => `${group ? `${group}/` : ''}v${s.version.slice(1)}`);
	if (!schema) {
		if (sameKind.length === 0) {
			const kinds = new Set(allSchemaNames().filter((s) => s.group === seg).map((s) => s.type));
			return { finding: { path: 'kind', message: `"${kind}" is not a kind of the API group "${group || 'core'}"`, fix: didYouMean(kind, kinds) } };
		}
		return { finding: { path: 'apiVersion', message: `${kind} has no API version "${apiVersion}"`, fix: servedVersions.length ? `use ${servedVersions.join(' or ')}` : undefined } };
	}
	if (!modelClass(schema)) {
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
function typeSchema(name: string): { schema?: SchemaName; finding?: Finding } {
	const [groupPart, type] = name.includes('/') ? [name.slice(0, name.lastIndexOf('/')), name.slice(name.lastIndexOf('/') + 1)] : [undefined, name];
	let candidates = allSchemaNames().filter((s) => s.type === type && (groupPart === undefined || s.group === groupSegment(groupPart)));
	candidates = candidates.filter((s) => modelClass(s) !== undefined);
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
function unknownFields(value: unknown, type: string, path: (string | number)[], out: Finding[]): void {
	if (value === null || typeof value !== 'object') return;
	const arrayOf = /^Array<(.+)>$/.exec(type);
	if (arrayOf) {
		if (Array.isArray(value)) for (const [i, item] of value.entries()) unknownFields(item, arrayOf[1]!, [...path, i], out);
		return;
	}
	const mapOf = /^\{ \[key: string\]: (.+); \}$/.exec(type);
	if (mapOf) {
		for (const [k, v] of Object.entries(value)) unknownFields(v, mapOf[1]!, [...path, k], out);
		return;
	}
	const fields = Object.hasOwn(models, type) ? models[type] : undefined;
	if (!fields || Array.isArray(value)) return;
	for (const [key, child] of Object.entries(value)) {
		if (!Object.hasOwn(fields, key)) {
			out.push({ path: formatPath([...path, key]), message: `unknown field "${key}"`, fix: didYouMean(key, Object.keys(fields)) });
		} else {
			unknownFields(child, fields[key]!, [...path, key], out);
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
	const model = modelClass(schema);
	if (model) unknownFields(value, model, [], findings);
	findings.push(...semanticFindings(value, schema.type, schema.group));
	return findings;
}

/** Validates a whole Kubernetes object (it has `apiVersion` and `kind`). */
export async function checkKubernetesObject(doc: { apiVersion: string; kind: string }): Promise<Finding[]> {
	const { schema, finding } = objectSchema(doc.apiVersion, doc.kind);
	return schema ? check(doc, schema, false) : [finding!];
}

/** Validates an excerpt declared as a type of the Kubernetes API; required fields may be missing. */
export async function checkKubernetesExcerpt(value: unknown, typeName: string): Promise<Finding[]> {
	const { schema, finding } = typeSchema(typeName);
	return schema ? check(value, schema, true) : [finding!];
}

/** Whether `schema="…"` names a type of the Kubernetes API. */
export function isKubernetesType(name: string): boolean {
	return typeSchema(name).schema !== undefined;
}

/** Whether an apiVersion and kind name a type the catalogue knows (served or removed), for detecting what a document is. */
export function isKnownKind(apiVersion: string, kind: string): boolean {
	const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
	const seg = groupSegment(group!);
	return allSchemaNames().some((s) => s.type === kind && s.group === seg && s.version === `V${version!.slice(1)}`);
}

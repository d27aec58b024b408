/**
 * Builds the Kubernetes catalogue the validation reads in both the build and the browser (Node only: it reads the
 * installed packages). `scripts/kubernetes-catalog.ts` writes it to `src/validation/generated/`, and a unit test
 * fails when the committed files differ from what the installed packages give (run `npm run generate` then).
 *
 * - `schemas`: every type of `kubernetes-models/_schemas` (its precompiled validators) with the class of
 *   `@kubernetes/client-node` that stands for it, or `""` when the exam's API no longer serves the type (removed).
 * - `models`: the fields of every client-node class reachable from a served type, with their client-node types,
 *   which is what unknown-field detection walks.
 * - the browser's loader of the validators: one module per API group, so a kind loads with its group only.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** File names of kubernetes-models' schemas: prefix, group segment, version, type. */
export const schemaFilePattern = /^(IoK8sApi|IoK8sApimachineryPkgApis|IoK8sApiextensionsApiserverPkgApis|IoK8sKubeAggregatorPkgApis)([A-Z][a-z]+)(V\d+(?:(?:alpha|beta)\d+)?)([A-Z]\w*)$/;

interface AttributeType {
	baseName: string;
	type: string;
}
type ModelClass = { getAttributeTypeMap(): AttributeType[] };

export interface KubernetesCatalog {
	/** Versions of the packages the catalogue was generated from. */
	packages: Record<string, string>;
	/** Schema file (without `.js`) → client-node class name, `""` for a type the API no longer serves. */
	schemas: Record<string, string>;
	/** Client-node class name → field name → client-node type (`V1Container`, `Array<V1Volume>`, `string`…). */
	models: Record<string, Record<string, string>>;
}

/** Finds a package's folder by walking up from this file and from the working directory. */
export function packageDir(name: string): string {
	for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
		for (let dir = start; ; dir = dirname(dir)) {
			const candidate = join(dir, 'node_modules', name);
			if (existsSync(candidate)) return candidate;
			if (dirname(dir) === dir) break;
		}
	}
	throw new Error(`Cannot find the package "${name}"; run npm ci`);
}

const version = (name: string) => (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;

/** The catalogue as the installed kubernetes-models and @kubernetes/client-node give it. */
export async function buildCatalog(): Promise<KubernetesCatalog> {
	const all = (await import(join(packageDir('@kubernetes/client-node'), 'dist/gen/models/all.js'))) as Record<string, unknown>;
	const isModel = (name: string): boolean => typeof (all[name] as ModelClass | undefined)?.getAttributeTypeMap === 'function';
	const files = readdirSync(join(packageDir('kubernetes-models'), '_schemas'))
		.filter((f) => f.endsWith('.js'))
		.map((f) => f.slice(0, -3))
		.filter((f) => schemaFilePattern.test(f))
		.sort();
	const schemas: Record<string, string> = {};
	for (const file of files) {
		const [, , group, ver, type] = schemaFilePattern.exec(file)!;
		// The same order the validation always used: the version-qualified name first, then the group-qualified one.
		schemas[file] = [`${ver}${type}`, `${group}${ver}${type}`].find(isModel) ?? '';
	}
	const models: Record<string, Record<string, string>> = {};
	const pending = [...new Set(Object.values(schemas).filter(Boolean))];
	while (pending.length) {
		const name = pending.pop()!;
		if (models[name] || !isModel(name)) continue;
		const fields: Record<string, string> = {};
		for (const a of (all[name] as ModelClass).getAttributeTypeMap()) {
			fields[a.baseName] = a.type;
			const inner = /^Array<(.+)>$/.exec(a.type)?.[1] ?? /^\{ \[key: string\]: (.+); \}$/.exec(a.type)?.[1] ?? a.type;
			if (isModel(inner) && !models[inner]) pending.push(inner);
		}
		models[name] = fields;
	}
	const sortedModels = Object.fromEntries(Object.keys(models).sort().map((k) => [k, models[k]!]));
	return { packages: { 'kubernetes-models': version('kubernetes-models'), '@kubernetes/client-node': version('@kubernetes/client-node') }, schemas, models: sortedModels };
}

/** The group segment a schema file belongs to, e.g. `Core`, `Rbac`, `Apimachinery…` types share `Meta`. */
export function groupOfSchema(file: string): string {
	const [, , group] = schemaFilePattern.exec(file)!;
	return group!;
}

/** The generated files: the catalogue (JSON) and, per API group, a module re-exporting the validators of its served types. */
export function generatedFiles(catalog: KubernetesCatalog): Record<string, string> {
	const files: Record<string, string> = { 'kubernetes-catalog.json': `${JSON.stringify(catalog)}\n` };
	const byGroup = new Map<string, string[]>();
	for (const [file, model] of Object.entries(catalog.schemas)) {
		if (!model) continue; // a removed type is reported from the catalogue alone; its validator is never loaded
		const group = groupOfSchema(file);
		byGroup.set(group, [...(byGroup.get(group) ?? []), file]);
	}
	const groups = [...byGroup.keys()].sort();
	for (const group of groups) {
		const lines = byGroup.get(group)!.map((f) => `export { validate as ${f} } from 'kubernetes-models/_schemas/${f}';`);
		files[`validators/${group.toLowerCase()}.ts`] = [`// Generated by scripts/kubernetes-catalog.ts from kubernetes-models ${catalog.packages['kubernetes-models']}: do not edit.`, ...lines, ''].join('\n');
	}
	const loader = [
		`// Generated by scripts/kubernetes-catalog.ts: do not edit. The browser's loader of kubernetes-models' precompiled validators, one chunk per API group.`,
		`import type { ValidatorModule } from '../kubernetes.ts';`,
		``,
		`export const validatorGroups: Record<string, () => Promise<ValidatorModule>> = {`,
		...groups.map((g) => `\t${g}: () => import('./validators/${g.toLowerCase()}.ts'),`),
		`};`,
		``,
	];
	files['validator-groups.ts'] = loader.join('\n');
	return files;
}

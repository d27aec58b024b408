/** A small schema language for the YAML and JSON we validate without an upstream schema, and its checker. */
import { type Finding, formatPath } from './finding.ts';
import { didYouMean } from './suggest.ts';

export type Spec =
	| { kind: 'string'; enum?: readonly string[]; ignoreCase?: boolean; pattern?: RegExp; deprecated?: string }
	| { kind: 'number' | 'integer' | 'boolean' | 'any'; deprecated?: string }
	| { kind: 'object'; fields: Readonly<Record<string, Spec>>; required: readonly string[]; open: boolean; rules?: readonly ObjectRule[]; deprecated?: string }
	| { kind: 'map'; values: Spec; deprecated?: string }
	| { kind: 'array'; items: Spec; minItems: number; deprecated?: string }
	| { kind: 'oneOf'; options: readonly Spec[]; deprecated?: string }
	| { kind: 'dispatch'; cases: Readonly<Record<string, Spec>>; deprecated?: string };

/** A rule between the fields of one object that the field specs cannot express (a field allowed only with another's value); names the upstream validation it mirrors. */
export type ObjectRule = (value: Readonly<Record<string, unknown>>) => { field?: string; message: string; fix?: string } | undefined;

export const str = (options: { enum?: readonly string[]; ignoreCase?: boolean; pattern?: RegExp } = {}): Spec => ({ kind: 'string', ...options });
export const oneOfStrings = (...values: string[]): Spec => ({ kind: 'string', enum: values });
export const int = (): Spec => ({ kind: 'integer' });
export const num = (): Spec => ({ kind: 'number' });
export const bool = (): Spec => ({ kind: 'boolean' });
export const any = (): Spec => ({ kind: 'any' });
export const arr = (items: Spec, minItems = 0): Spec => ({ kind: 'array', items, minItems });
export const map = (values: Spec): Spec => ({ kind: 'map', values });
export const oneOf = (...options: Spec[]): Spec => ({ kind: 'oneOf', options });
/**
 * A mapping whose shape is chosen by the first key of `cases` it contains (e.g. Falco's `list`/`macro`/`rule`),
 * so a typo inside it is reported against that one shape instead of as a shape that matches nothing.
 */
export const dispatch = (cases: Record<string, Spec>): Spec => ({ kind: 'dispatch', cases });
/** An object with only the listed fields; `open` objects accept other fields too; `rules` relate its fields to each other. */
export const obj = (fields: Record<string, Spec>, options: { required?: readonly string[]; open?: boolean; rules?: readonly ObjectRule[] } = {}): Spec => ({
	kind: 'object',
	fields,
	required: options.required ?? [],
	open: options.open ?? false,
	...(options.rules ? { rules: options.rules } : {}),
});
/** Marks a field as deprecated, with the current form to use instead. */
export const deprecated = (spec: Spec, message: string): Spec => ({ ...spec, deprecated: message });

/** Checks `value` against `spec`; with `partial`, required fields may be missing (for excerpts). */
export function checkSpec(value: unknown, spec: Spec, options: { partial?: boolean; path?: (string | number)[] } = {}): Finding[] {
	const findings: Finding[] = [];
	walk(value, spec, options.path ?? [], options.partial ?? false, findings);
	return findings;
}

function typeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function matches(value: unknown, spec: Spec): boolean {
	return checkSpec(value, spec, { partial: true }).filter((f) => f.kind !== 'deprecated').length === 0;
}

function walk(value: unknown, spec: Spec, path: (string | number)[], partial: boolean, out: Finding[]): void {
	const at = formatPath(path);
	const fail = (message: string, fix?: string): void => {
		out.push({ path: at, message, fix });
	};
	if (spec.deprecated) out.push({ path: at, message: `"${at}" is deprecated`, fix: spec.deprecated, kind: 'deprecated' });
	switch (spec.kind) {
		case 'any':
			return;
		case 'string':
			if (typeof value !== 'string') return fail(`must be a string, not ${typeName(value)}`);
			if (spec.enum && !spec.enum.some((e) => e === value || (spec.ignoreCase === true && e.toLowerCase() === value.toLowerCase())))
				return fail(`"${value}" is not one of ${spec.enum.join(', ')}`, didYouMean(value, spec.enum));
			if (spec.pattern && !spec.pattern.test(value)) return fail(`"${value}" does not match ${spec.pattern}`);
			return;
		case 'integer':
			if (!Number.isInteger(value)) return fail(`must be an integer, not ${typeName(value)}`);
			return;
		case 'number':
			if (typeof value !== 'number') return fail(`must be a number, not ${typeName(value)}`);
			return;
		case 'boolean':
			if (typeof value !== 'boolean') return fail(`must be true or false, not ${JSON.stringify(value)}`);
			return;
		case 'array':
			if (!Array.isArray(value)) return fail(`must be a list, not ${typeName(value)}`);
			if (value.length < spec.minItems) fail(`must have at least ${spec.minItems} item(s)`);
			value.forEach((item, i) => walk(item, spec.items, [...path, i], partial, out));
			return;
		case 'map':
			if (typeName(value) !== 'object') return fail(`must be a mapping, not ${typeName(value)}`);
			for (const [k, v] of Object.entries(value as object)) walk(v, spec.values, [...path, k], partial, out);
			return;
		case 'oneOf': {
			const option = spec.options.find((o) => matches(value, o));
			if (option) return walk(value, option, path, partial, out);
			// A choice between string enums (e.g. a current and a deprecated value) reads best as one enum.
			const values = spec.options.flatMap((o) => (o.kind === 'string' && o.enum ? o.enum : []));
			if (typeof value === 'string' && spec.options.every((o) => o.kind === 'string' && o.enum))
				return fail(`"${value}" is not one of ${values.join(', ')}`, didYouMean(value, values));
			return fail(`has an unexpected shape (${typeName(value)})`);
		}
		case 'dispatch': {
			if (typeName(value) !== 'object') return fail(`must be a mapping, not ${typeName(value)}`);
			const keys = Object.keys(spec.cases);
			const key = keys.find((k) => Object.hasOwn(value as object, k));
			if (key) return walk(value, spec.cases[key]!, path, partial, out);
			const fix = Object.keys(value as object)
				.map((k) => didYouMean(k, keys))
				.find((f) => f !== undefined);
			return fail(`must have one of the fields ${keys.map((k) => `"${k}"`).join(', ')}`, fix);
		}
		case 'object': {
			if (typeName(value) !== 'object') return fail(`must be a mapping, not ${typeName(value)}`);
			const record = value as Record<string, unknown>;
			for (const [key, child] of Object.entries(record)) {
				const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
				if (field) walk(child, field, [...path, key], partial, out);
				else if (!spec.open) out.push({ path: formatPath([...path, key]), message: `unknown field "${key}"`, fix: didYouMean(key, Object.keys(spec.fields)) });
			}
			if (!partial) {
				for (const key of spec.required) if (!(key in record)) fail(`missing required field "${key}"`);
			}
			for (const rule of spec.rules ?? []) {
				const broken = rule(record);
				if (broken) out.push({ path: formatPath(broken.field ? [...path, broken.field] : path), message: broken.message, fix: broken.fix });
			}
		}
	}
}

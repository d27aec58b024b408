/** Schemas of the documents that have no upstream machine-readable schema (placeholder until the schemas land). */
import type { Spec } from '../spec.ts';

export interface DocumentSchema {
	apiVersion: string;
	kind: string;
	spec: Spec;
	source: string;
}
export const documentSchemas: readonly DocumentSchema[] = [];
export const namedSchemas: Readonly<Record<string, Spec>> = {};

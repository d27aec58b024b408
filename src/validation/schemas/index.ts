/** Registry of the schemas for documents without a machine-readable upstream schema; each module names its upstream source. */
import type { Spec } from '../spec.ts';
import { admissionPluginConfigurations, apiserverConfigDocuments } from './apiserver-config.ts';
import { auditDocuments } from './audit.ts';
import { authenticationDocuments } from './authentication.ts';
import { ciliumDocuments } from './cilium.ts';
import { encryptionDocuments } from './encryption.ts';
import { falcoConfig, falcoRules } from './falco.ts';
import { gatekeeperDocuments } from './gatekeeper.ts';
import { gatewayDocuments } from './gateway.ts';
import { istioDocuments } from './istio.ts';
import { kubeconfigDocuments } from './kubeconfig.ts';
import { kubeletConfiguration, kubeletDocuments } from './kubelet.ts';
import { seccompProfile } from './seccomp.ts';

/** A complete document recognised by apiVersion + kind; `kind: '*'` matches any kind of that apiVersion. */
export interface DocumentSchema {
	apiVersion: string;
	kind: string;
	spec: Spec;
	source: string;
}

/** Documents recognised by apiVersion + kind (complete files). */
export const documentSchemas: readonly DocumentSchema[] = [
	...auditDocuments,
	...apiserverConfigDocuments,
	...authenticationDocuments,
	...encryptionDocuments,
	...kubeletDocuments,
	...kubeconfigDocuments,
	...istioDocuments,
	...ciliumDocuments,
	...gatekeeperDocuments,
	...gatewayDocuments,
];

/** Schemas a code block can name with schema="…" (excerpts are checked with partial: true). */
export const namedSchemas: Readonly<Record<string, Spec>> = {
	KubeletConfiguration: kubeletConfiguration,
	...admissionPluginConfigurations,
	'falco-rules': falcoRules,
	'falco-config': falcoConfig,
	seccomp: seccompProfile,
};

/** The schema for a document's apiVersion and kind, preferring an exact kind over a `'*'` wildcard. */
export function findDocumentSchema(apiVersion: unknown, kind: unknown): DocumentSchema | undefined {
	const candidates = documentSchemas.filter((d) => d.apiVersion === apiVersion);
	return candidates.find((d) => d.kind === kind) ?? (typeof kind === 'string' ? candidates.find((d) => d.kind === '*') : undefined);
}

/** OPA Gatekeeper templates and constraints, from open-policy-agent/frameworks and open-policy-agent/gatekeeper. */
import { any, arr, bool, obj, oneOfStrings, str, type Spec } from '../spec.ts';
import type { DocumentSchema } from './index.ts';
import { labelSelector, objectMeta } from './meta.ts';

const templateSource = 'open-policy-agent/frameworks constraint/pkg/apis/templates/v1/constrainttemplate_types.go';
const constraintSource = 'open-policy-agent/gatekeeper pkg/mutation/match/match_types.go, pkg/target/match_schema.go, website/docs/enforcement-points.md';

const target = obj({
	target: str(),
	rego: str(),
	libs: arr(str()),
	code: arr(obj({ engine: str(), generateVAP: bool(), source: any() }, { required: ['engine', 'source'] })),
});

/** templates.gatekeeper.sh/v1 ConstraintTemplate (open-policy-agent/frameworks constraint/pkg/apis/templates/v1/constrainttemplate_types.go). */
export const constraintTemplate: Spec = obj(
	{
		apiVersion: oneOfStrings('templates.gatekeeper.sh/v1'),
		kind: oneOfStrings('ConstraintTemplate'),
		metadata: objectMeta,
		spec: obj({
			crd: obj({
				spec: obj({
					names: obj({ kind: str(), shortNames: arr(str()) }),
					// The parameters schema is an arbitrary OpenAPI v3 schema (Schemaless in the CRD).
					validation: obj({ openAPIV3Schema: any(), legacySchema: bool() }),
				}),
			}),
			targets: arr(target),
		}),
		status: any(),
	},
	{ required: ['apiVersion', 'kind', 'metadata', 'spec'] },
);

// pkg/target/match_schema.go: a namespace name with an optional leading or trailing "*" glob.
const wildcard = str({ pattern: /^(\*|\*-)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\*|-\*)?$/ });

const match = obj({
	source: oneOfStrings('All', 'Generated', 'Original'),
	kinds: arr(obj({ apiGroups: arr(str()), kinds: arr(str()) })),
	scope: oneOfStrings('*', 'Cluster', 'Namespaced'),
	namespaces: arr(wildcard),
	excludedNamespaces: arr(wildcard),
	labelSelector,
	namespaceSelector: labelSelector,
	name: wildcard,
});

/**
 * A constraint of any kind under constraints.gatekeeper.sh/v1beta1; its kind is the template's
 * spec.crd.spec.names.kind (open-policy-agent/gatekeeper pkg/mutation/match/match_types.go, website/docs/violations.md,
 * website/docs/enforcement-points.md). Only `parameters` depends on the template, so it is not checked here.
 */
export const constraint: Spec = obj(
	{
		apiVersion: oneOfStrings('constraints.gatekeeper.sh/v1beta1'),
		kind: str(),
		metadata: objectMeta,
		spec: obj({
			enforcementAction: oneOfStrings('deny', 'dryrun', 'warn', 'scoped'),
			scopedEnforcementActions: arr(obj({ action: str(), enforcementPoints: arr(obj({ name: str() })) })),
			match,
			parameters: any(),
		}),
		status: any(),
	},
	{ required: ['apiVersion', 'kind', 'metadata'] },
);

export const gatekeeperDocuments: readonly DocumentSchema[] = [
	{ apiVersion: 'templates.gatekeeper.sh/v1', kind: 'ConstraintTemplate', spec: constraintTemplate, source: templateSource },
	// kind "*": index consumers treat it as a wildcard (see DocumentSchema in index.ts).
	{ apiVersion: 'constraints.gatekeeper.sh/v1beta1', kind: '*', spec: constraint, source: constraintSource },
];

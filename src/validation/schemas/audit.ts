/** Audit policy, from kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/apis/audit/v1/types.go (commit 0a40c4e8). */
import { arr, bool, obj, oneOfStrings, str, type Spec } from '../spec.ts';
import type { DocumentSchema } from './index.ts';
import { objectMeta } from './meta.ts';

const source = 'kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/apis/audit/v1/types.go';

const level = oneOfStrings('None', 'Metadata', 'Request', 'RequestResponse');
const stage = oneOfStrings('RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic');

const groupResources = obj({ group: str(), resources: arr(str()), resourceNames: arr(str()) });

const policyRule = obj(
	{
		level,
		users: arr(str()),
		userGroups: arr(str()),
		verbs: arr(str()),
		resources: arr(groupResources),
		namespaces: arr(str()),
		nonResourceURLs: arr(str()),
		omitStages: arr(stage),
		omitManagedFields: bool(),
	},
	{ required: ['level'] },
);

/** audit.k8s.io/v1 Policy (kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/apis/audit/v1/types.go). */
export const auditPolicy: Spec = obj(
	{
		apiVersion: oneOfStrings('audit.k8s.io/v1'),
		kind: oneOfStrings('Policy'),
		metadata: objectMeta,
		rules: arr(policyRule),
		omitStages: arr(stage),
		omitManagedFields: bool(),
	},
	{ required: ['apiVersion', 'kind', 'rules'] },
);

export const auditDocuments: readonly DocumentSchema[] = [{ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', spec: auditPolicy, source }];

/** Istio PeerAuthentication, from istio/api security/v1/peer_authentication.proto and security/v1beta1/peer_authentication.proto. */
import { any, map, obj, oneOfStrings, str, type Spec } from '../spec.ts';
import type { DocumentSchema } from './index.ts';
import { objectMeta } from './meta.ts';

const source = 'istio/api security/v1/peer_authentication.proto';

const mutualTls = obj({ mode: oneOfStrings('UNSET', 'DISABLE', 'PERMISSIVE', 'STRICT') });

const peerAuthentication = (apiVersion: string): Spec =>
	obj(
		{
			apiVersion: oneOfStrings(apiVersion),
			kind: oneOfStrings('PeerAuthentication'),
			metadata: objectMeta,
			spec: obj({
				// istio.type.v1beta1.WorkloadSelector (istio/api type/v1beta1/selector.proto): match_labels is REQUIRED.
				selector: obj({ matchLabels: map(str()) }, { required: ['matchLabels'] }),
				mtls: mutualTls,
				// map<uint32, MutualTLS>: keys are workload ports.
				portLevelMtls: map(mutualTls),
			}),
			status: any(),
		},
		{ required: ['apiVersion', 'kind', 'metadata'] },
	);

/** security.istio.io/v1 PeerAuthentication (istio/api security/v1/peer_authentication.proto). */
export const peerAuthenticationV1: Spec = peerAuthentication('security.istio.io/v1');

/** security.istio.io/v1beta1 PeerAuthentication, same fields (istio/api security/v1beta1/peer_authentication.proto). */
export const peerAuthenticationV1beta1: Spec = peerAuthentication('security.istio.io/v1beta1');

export const istioDocuments: readonly DocumentSchema[] = [
	{ apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', spec: peerAuthenticationV1, source },
	{
		apiVersion: 'security.istio.io/v1beta1',
		kind: 'PeerAuthentication',
		spec: peerAuthenticationV1beta1,
		source: 'istio/api security/v1beta1/peer_authentication.proto',
	},
];

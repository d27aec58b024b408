/**
 * kube-apiserver structured authentication configuration (`--authentication-config`), from kubernetes/website
 * content/en/docs/reference/config-api/apiserver-config.v1.md (and its v1beta1, v1alpha1 editions) and kubernetes/kubernetes
 * staging/src/k8s.io/apiserver/pkg/apis/apiserver/{v1,v1beta1,v1alpha1}/types.go.
 *
 * Kubernetes 1.35 serves the kind under apiserver.config.k8s.io/v1 (added when StructuredAuthenticationConfiguration
 * went GA in 1.34), v1beta1 (1.30) and v1alpha1 (1.29); the three have the same fields. The `anonymous` authenticator
 * (AnonymousAuthConfigurableEndpoints, GA in 1.34) sits beside `jwt` in the same object.
 */
import { arr, bool, deprecated, obj, oneOfStrings, str, type Spec } from '../spec.ts';
import type { DocumentSchema } from './index.ts';

const source = 'kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1.md';

// The anonymous authenticator compares a condition with the request's URL path exactly (a map lookup in
// staging/src/k8s.io/apiserver/pkg/authentication/request/anonymous/anonymous.go), and that path always starts
// with "/": "livez" or "https://…/livez" would never match, so every request would need credentials.
const anonymousCondition = obj({ path: str({ pattern: /^\// }) }, { required: ['path'] });

// `enabled: false` with conditions is refused by ValidateAuthenticationConfiguration ("enabled should be set to true
// when conditions are defined"); that pairing is not expressible here.
const anonymous = obj({ enabled: bool(), conditions: arr(anonymousCondition) }, { required: ['enabled'] });

const prefixedClaimOrExpression = obj({ claim: str(), prefix: str(), expression: str() });
const claimOrExpression = obj({ claim: str(), expression: str() });

const issuer = obj(
	{
		url: str(),
		discoveryURL: str(),
		certificateAuthority: str(),
		audiences: arr(str(), 1),
		audienceMatchPolicy: oneOfStrings('MatchAny'),
		// StructuredAuthenticationConfigurationEgressSelector, beta and on by default since 1.34.
		egressSelectorType: oneOfStrings('controlplane', 'cluster'),
	},
	{ required: ['url', 'audiences'] },
);

const jwtAuthenticator = obj(
	{
		issuer,
		claimValidationRules: arr(obj({ claim: str(), requiredValue: str(), expression: str(), message: str() })),
		claimMappings: obj(
			{
				username: prefixedClaimOrExpression,
				groups: prefixedClaimOrExpression,
				uid: claimOrExpression,
				extra: arr(obj({ key: str(), valueExpression: str() }, { required: ['key', 'valueExpression'] })),
			},
			{ required: ['username'] },
		),
		userValidationRules: arr(obj({ expression: str(), message: str() }, { required: ['expression'] })),
	},
	{ required: ['issuer', 'claimMappings'] },
);

const authenticationConfiguration = (apiVersion: Spec): Spec =>
	obj(
		{ apiVersion, kind: oneOfStrings('AuthenticationConfiguration'), jwt: arr(jwtAuthenticator), anonymous },
		{ required: ['apiVersion', 'kind'] },
	);

const useV1 = 'use apiserver.config.k8s.io/v1 (structured authentication configuration is GA since Kubernetes 1.34)';

/** apiserver.config.k8s.io/v1 AuthenticationConfiguration (kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1.md). */
export const authenticationConfigurationV1: Spec = authenticationConfiguration(oneOfStrings('apiserver.config.k8s.io/v1'));

/** The v1beta1 form, same fields (kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1beta1.md). */
export const authenticationConfigurationV1beta1: Spec = authenticationConfiguration(deprecated(oneOfStrings('apiserver.config.k8s.io/v1beta1'), useV1));

/** The v1alpha1 form, same fields (kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1alpha1.md). */
export const authenticationConfigurationV1alpha1: Spec = authenticationConfiguration(deprecated(oneOfStrings('apiserver.config.k8s.io/v1alpha1'), useV1));

export const authenticationDocuments: readonly DocumentSchema[] = [
	{ apiVersion: 'apiserver.config.k8s.io/v1', kind: 'AuthenticationConfiguration', spec: authenticationConfigurationV1, source },
	{
		apiVersion: 'apiserver.config.k8s.io/v1beta1',
		kind: 'AuthenticationConfiguration',
		spec: authenticationConfigurationV1beta1,
		source: 'kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1beta1.md',
	},
	{
		apiVersion: 'apiserver.config.k8s.io/v1alpha1',
		kind: 'AuthenticationConfiguration',
		spec: authenticationConfigurationV1alpha1,
		source: 'kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1alpha1.md',
	},
];

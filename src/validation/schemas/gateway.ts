/**
 * Gateway API (gateway.networking.k8s.io), standard channel, from kubernetes-sigs/gateway-api v1.6.1: apis/v1
 * (gateway_types.go, httproute_types.go, gatewayclass_types.go, referencegrant_types.go, shared_types.go,
 * object_reference_types.go) and the generated config/crd/standard/*.yaml. The CEL rules of the CRDs (a Service
 * backendRef needs a port, tls only on HTTPS/TLS listeners…) are not modelled; field names, required fields, enums and
 * the name patterns are.
 */
import { any, arr, bool, int, map, obj, oneOfStrings, str, type Spec } from '../spec.ts';
import type { DocumentSchema } from './index.ts';
import { labelSelector, objectMeta } from './meta.ts';

const source = 'kubernetes-sigs/gateway-api v1.6.1 apis/v1, config/crd/standard';

// shared_types.go: the string types and their kubebuilder patterns.
const hostname = (): Spec => str({ pattern: /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/ });
const preciseHostname = (): Spec => str({ pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/ });
const group = (): Spec => str({ pattern: /^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/ });
const kind = (): Spec => str({ pattern: /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/ });
const namespace = (): Spec => str({ pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/ });
const sectionName = (): Spec => str({ pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/ });
const headerName = (): Spec => str({ pattern: /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/ });
const duration = (): Spec => str({ pattern: /^([0-9]{1,5}(h|m|s|ms)){1,4}$/ });
const port = (): Spec => int();

// object_reference_types.go
const secretObjectReference = obj({ group: group(), kind: kind(), name: str(), namespace: namespace() }, { required: ['name'] });
const objectReference = obj({ group: group(), kind: kind(), name: str(), namespace: namespace() }, { required: ['group', 'kind', 'name'] });
const localObjectReference = obj({ group: group(), kind: kind(), name: str() }, { required: ['group', 'kind', 'name'] });

// gateway_types.go Listener. ProtocolType: the core values; implementation-specific protocols must be domain-prefixed
// ("example.com/proto"), which no page here uses, so an un-prefixed value that is not core is reported.
const protocol = oneOfStrings('HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP');

const listenerTls = obj({
	mode: oneOfStrings('Terminate', 'Passthrough'),
	certificateRefs: arr(secretObjectReference),
	options: map(str()),
});

const allowedRoutes = obj({
	namespaces: obj({ from: oneOfStrings('All', 'Selector', 'Same'), selector: labelSelector }),
	kinds: arr(obj({ group: group(), kind: kind() }, { required: ['kind'] })),
});

const listener = obj(
	{ name: sectionName(), hostname: hostname(), port: port(), protocol, tls: listenerTls, allowedRoutes },
	{ required: ['name', 'port', 'protocol'] },
);

const frontendTlsValidation = obj(
	{ caCertificateRefs: arr(objectReference, 1), mode: oneOfStrings('AllowValidOnly', 'AllowInsecureFallback') },
	{ required: ['caCertificateRefs'] },
);
const tlsConfig = obj({ validation: frontendTlsValidation });

const gatewaySpec = obj(
	{
		gatewayClassName: str(),
		listeners: arr(listener, 1),
		addresses: arr(obj({ type: str(), value: str() })),
		infrastructure: obj({ labels: map(str()), annotations: map(str()), parametersRef: localObjectReference }),
		allowedListeners: obj({ namespaces: obj({ from: oneOfStrings('All', 'Selector', 'Same', 'None'), selector: labelSelector }) }),
		tls: obj({
			backend: obj({ clientCertificateRef: secretObjectReference }),
			frontend: obj(
				{ default: tlsConfig, perPort: arr(obj({ port: port(), tls: tlsConfig }, { required: ['port', 'tls'] })) },
				{ required: ['default'] },
			),
		}),
	},
	{ required: ['gatewayClassName', 'listeners'] },
);

// shared_types.go ParentReference
const parentRef = obj(
	{ group: group(), kind: kind(), namespace: namespace(), name: str(), sectionName: sectionName(), port: port() },
	{ required: ['name'] },
);

// httproute_types.go
const headerModifier = obj({
	set: arr(obj({ name: headerName(), value: str() }, { required: ['name', 'value'] })),
	add: arr(obj({ name: headerName(), value: str() }, { required: ['name', 'value'] })),
	remove: arr(str()),
});
const pathModifier = obj(
	{ type: oneOfStrings('ReplaceFullPath', 'ReplacePrefixMatch'), replaceFullPath: str(), replacePrefixMatch: str() },
	{ required: ['type'] },
);
const backendObjectReference = obj(
	{ group: group(), kind: kind(), name: str(), namespace: namespace(), port: port() },
	{ required: ['name'] },
);
const httpMethod = oneOfStrings('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH');

const httpRouteFilter = obj(
	{
		type: oneOfStrings('RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror', 'RequestRedirect', 'URLRewrite', 'ExtensionRef', 'CORS'),
		requestHeaderModifier: headerModifier,
		responseHeaderModifier: headerModifier,
		requestMirror: obj(
			{ backendRef: backendObjectReference, percent: int(), fraction: obj({ numerator: int(), denominator: int() }, { required: ['numerator'] }) },
			{ required: ['backendRef'] },
		),
		// statusCode is one of 301, 302, 303, 307, 308 (default 302).
		requestRedirect: obj({ scheme: oneOfStrings('http', 'https'), hostname: preciseHostname(), path: pathModifier, port: port(), statusCode: int() }),
		urlRewrite: obj({ hostname: preciseHostname(), path: pathModifier }),
		extensionRef: localObjectReference,
		cors: obj({
			allowOrigins: arr(str()),
			allowCredentials: bool(),
			allowMethods: arr(str()),
			allowHeaders: arr(headerName()),
			exposeHeaders: arr(headerName()),
			maxAge: int(),
		}),
	},
	{ required: ['type'] },
);

const httpRouteMatch = obj({
	path: obj({ type: oneOfStrings('Exact', 'PathPrefix', 'RegularExpression'), value: str() }),
	headers: arr(obj({ type: oneOfStrings('Exact', 'RegularExpression'), name: headerName(), value: str() }, { required: ['name', 'value'] })),
	queryParams: arr(obj({ type: oneOfStrings('Exact', 'RegularExpression'), name: str(), value: str() }, { required: ['name', 'value'] })),
	method: httpMethod,
});

const httpBackendRef = obj(
	{ group: group(), kind: kind(), name: str(), namespace: namespace(), port: port(), weight: int(), filters: arr(httpRouteFilter) },
	{ required: ['name'] },
);

const httpRouteSpec = obj({
	parentRefs: arr(parentRef),
	hostnames: arr(hostname()),
	rules: arr(
		obj({
			name: sectionName(),
			matches: arr(httpRouteMatch),
			filters: arr(httpRouteFilter),
			backendRefs: arr(httpBackendRef),
			timeouts: obj({ request: duration(), backendRequest: duration() }),
		}),
		1,
	),
});

// gatewayclass_types.go
const gatewayClassSpec = obj(
	{
		controllerName: str({ pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/ }),
		parametersRef: obj({ group: group(), kind: kind(), name: str(), namespace: namespace() }, { required: ['group', 'kind', 'name'] }),
		description: str(),
	},
	{ required: ['controllerName'] },
);

// referencegrant_types.go: who may refer (from) to what (to) in the ReferenceGrant's own namespace.
const referenceGrantSpec = obj(
	{
		from: arr(obj({ group: group(), kind: kind(), namespace: namespace() }, { required: ['group', 'kind', 'namespace'] }), 1),
		to: arr(obj({ group: group(), kind: kind(), name: str() }, { required: ['group', 'kind'] }), 1),
	},
	{ required: ['from', 'to'] },
);

const document = (apiVersion: string, kindName: string, spec: Spec): Spec =>
	obj(
		{ apiVersion: oneOfStrings(apiVersion), kind: oneOfStrings(kindName), metadata: objectMeta, spec, status: any() },
		{ required: ['apiVersion', 'kind', 'metadata', 'spec'] },
	);

const v1 = 'gateway.networking.k8s.io/v1';
const v1beta1 = 'gateway.networking.k8s.io/v1beta1';

/** gateway.networking.k8s.io/v1 Gateway (gateway_types.go). */
export const gateway: Spec = document(v1, 'Gateway', gatewaySpec);
/** gateway.networking.k8s.io/v1 HTTPRoute (httproute_types.go, shared_types.go). */
export const httpRoute: Spec = document(v1, 'HTTPRoute', httpRouteSpec);
/** gateway.networking.k8s.io/v1 GatewayClass (gatewayclass_types.go). */
export const gatewayClass: Spec = document(v1, 'GatewayClass', gatewayClassSpec);
/** ReferenceGrant: v1beta1 is served by every standard release; v1 since Gateway API v1.5.0 (same fields). */
export const referenceGrantV1beta1: Spec = document(v1beta1, 'ReferenceGrant', referenceGrantSpec);
export const referenceGrantV1: Spec = document(v1, 'ReferenceGrant', referenceGrantSpec);

export const gatewayDocuments: readonly DocumentSchema[] = [
	{ apiVersion: v1, kind: 'Gateway', spec: gateway, source },
	{ apiVersion: v1, kind: 'HTTPRoute', spec: httpRoute, source },
	{ apiVersion: v1, kind: 'GatewayClass', spec: gatewayClass, source },
	{ apiVersion: v1beta1, kind: 'ReferenceGrant', spec: referenceGrantV1beta1, source: 'kubernetes-sigs/gateway-api v1.6.1 apis/v1beta1/referencegrant_types.go' },
	{ apiVersion: v1, kind: 'ReferenceGrant', spec: referenceGrantV1, source: 'kubernetes-sigs/gateway-api v1.6.1 apis/v1/referencegrant_types.go' },
];

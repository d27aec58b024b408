/** Cilium network policies, from cilium/cilium pkg/policy/api (rule.go, ingress.go, egress.go, l4.go, entity.go, cidr.go, fqdn.go, http.go, icmp.go, service.go, groups.go). */
import { any, arr, bool, deprecated, dispatch, int, map, obj, oneOf, oneOfStrings, str, type Spec } from '../spec.ts';
import type { DocumentSchema } from './index.ts';
import { labelSelector, objectMeta } from './meta.ts';

const source = 'cilium/cilium pkg/policy/api/rule.go';

// EndpointSelector wraps a Kubernetes LabelSelector (selector.go).
const endpointSelector = labelSelector;

const requiresRemoved = 'removed in Cilium 1.19, deprecated since 1.17 (Documentation/security/policy/layer3.rst)';

// entity.go: +kubebuilder:validation:Enum
const entity = oneOfStrings('all', 'world', 'cluster', 'host', 'init', 'ingress', 'unmanaged', 'remote-node', 'health', 'none', 'kube-apiserver');

// cidr.go: exactly one of cidr / cidrGroupRef / cidrGroupSelector.
const cidrRule = obj({ cidr: str(), cidrGroupRef: str(), cidrGroupSelector: labelSelector, except: arr(str()) });

// groups.go
const groups = obj({
	aws: obj({ labels: map(str()), securityGroupsIds: arr(str()), securityGroupsNames: arr(str()), region: str() }),
});

// service.go
const service = obj({
	k8sServiceSelector: obj({ selector: labelSelector, namespace: str() }, { required: ['selector'] }),
	k8sService: obj({ serviceName: str(), namespace: str() }),
});

// l4.go PortProtocol. `port` is a string in the CRD, so an unquoted `port: 80` is rejected by the API server.
const portProtocol = obj(
	{
		port: str({
			pattern: /^(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})|([a-zA-Z0-9]-?)*[a-zA-Z](-?[a-zA-Z0-9])*$/,
		}),
		endPort: int(),
		// ICMP is matched through `icmps`, not here ("Matching on ICMP is not supported").
		protocol: oneOfStrings('TCP', 'UDP', 'SCTP', 'ANY'),
	},
	{ required: ['port'] },
);

const secret = obj({ namespace: str(), name: str() }, { required: ['name'] });
const tlsContext = obj({ secret, trustedCA: str(), certificate: str(), privateKey: str() }, { required: ['secret'] });

// http.go
const portRuleHttp = obj({
	path: str(),
	method: str(),
	host: str(),
	headers: arr(str()),
	headerMatches: arr(
		obj({ mismatch: oneOfStrings('LOG', 'ADD', 'DELETE', 'REPLACE'), name: str(), secret, value: str() }, { required: ['name'] }),
	),
});

// fqdn.go: PortRuleDNS has the FQDNSelector fields.
const fqdnSelector = obj({ matchName: str(), matchPattern: str() });

const l7Rules = obj({
	http: arr(portRuleHttp),
	kafka: arr(any()),
	dns: arr(fqdnSelector),
	l7proto: str(),
	l7: arr(map(str())),
});

const listener = obj(
	{
		envoyConfig: obj({ kind: oneOfStrings('CiliumEnvoyConfig', 'CiliumClusterwideEnvoyConfig'), name: str() }, { required: ['name'] }),
		name: str(),
		priority: int(),
	},
	{ required: ['envoyConfig', 'name'] },
);

const portRule = obj({
	ports: arr(portProtocol),
	terminatingTLS: tlsContext,
	originatingTLS: tlsContext,
	serverNames: arr(str()),
	listener,
	rules: l7Rules,
});

// Deny rules carry no L7 section (PortDenyRule).
const portDenyRule = obj({ ports: arr(portProtocol) });

// icmp.go: `type` is an 8-bit code or its CamelCase name.
const icmpRule = obj({
	fields: arr(obj({ family: oneOfStrings('IPv4', 'IPv6'), type: oneOf(int(), str()) }, { required: ['type'] })),
});

const authentication = obj({ mode: oneOfStrings('disabled', 'required', 'test-always-fail') }, { required: ['mode'] });

const ingressCommon = {
	fromEndpoints: arr(endpointSelector),
	fromRequires: deprecated(arr(endpointSelector), requiresRemoved),
	fromCIDR: arr(str()),
	fromCIDRSet: arr(cidrRule),
	fromEntities: arr(entity),
	fromGroups: arr(groups),
	fromNodes: arr(endpointSelector),
};

const egressCommon = {
	toEndpoints: arr(endpointSelector),
	toRequires: deprecated(arr(endpointSelector), requiresRemoved),
	toCIDR: arr(str()),
	toCIDRSet: arr(cidrRule),
	toEntities: arr(entity),
	toServices: arr(service),
	toGroups: arr(groups),
	toNodes: arr(endpointSelector),
};

const ingressRule = obj({ ...ingressCommon, toPorts: arr(portRule), icmps: arr(icmpRule), authentication });
const ingressDenyRule = obj({ ...ingressCommon, toPorts: arr(portDenyRule), icmps: arr(icmpRule) });
const egressRule = obj({ ...egressCommon, toPorts: arr(portRule), toFQDNs: arr(fqdnSelector), icmps: arr(icmpRule), authentication });
const egressDenyRule = obj({ ...egressCommon, toPorts: arr(portDenyRule), icmps: arr(icmpRule) });

const ruleBody = {
	ingress: arr(ingressRule),
	ingressDeny: arr(ingressDenyRule),
	egress: arr(egressRule),
	egressDeny: arr(egressDenyRule),
	labels: arr(obj({ key: str(), value: str(), source: str() }, { required: ['key'] })),
	enableDefaultDeny: obj({ ingress: bool(), egress: bool() }),
	description: str(),
};

// rule.go: nodeSelector "can only be used in CiliumClusterwideNetworkPolicies".
const namespacedRule = obj({ endpointSelector, ...ruleBody }, { required: ['endpointSelector'] });

// rule.go: endpointSelector and nodeSelector are mutually exclusive and one of them is required.
const clusterwideRule = dispatch({
	endpointSelector: obj({ endpointSelector, ...ruleBody }, { required: ['endpointSelector'] }),
	nodeSelector: obj({ nodeSelector: endpointSelector, ...ruleBody }, { required: ['nodeSelector'] }),
});

const policy = (kind: string, rule: Spec): Spec =>
	obj(
		{
			apiVersion: oneOfStrings('cilium.io/v2'),
			kind: oneOfStrings(kind),
			metadata: objectMeta,
			spec: rule,
			specs: arr(rule),
			status: any(),
		},
		{ required: ['apiVersion', 'kind', 'metadata'] },
	);

/** cilium.io/v2 CiliumNetworkPolicy (cilium/cilium pkg/policy/api/rule.go and the rule files it references). */
export const ciliumNetworkPolicy: Spec = policy('CiliumNetworkPolicy', namespacedRule);

/** cilium.io/v2 CiliumClusterwideNetworkPolicy (cilium/cilium pkg/policy/api/rule.go and the rule files it references). */
export const ciliumClusterwideNetworkPolicy: Spec = policy('CiliumClusterwideNetworkPolicy', clusterwideRule);

export const ciliumDocuments: readonly DocumentSchema[] = [
	{ apiVersion: 'cilium.io/v2', kind: 'CiliumNetworkPolicy', spec: ciliumNetworkPolicy, source },
	{ apiVersion: 'cilium.io/v2', kind: 'CiliumClusterwideNetworkPolicy', spec: ciliumClusterwideNetworkPolicy, source },
];

/** Admission configuration and the plugin configurations embedded in it, from kubernetes/website config-api/apiserver-config.v1.md and kubernetes/kubernetes sources. */
import { arr, bool, deprecated, int, obj, oneOfStrings, str, type Spec } from '../spec.ts';
import type { DocumentSchema } from './index.ts';

const admissionSource = 'kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1.md';
const podSecuritySource = 'kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/admission/api/v1/types.go';

const admissionPlugin = obj(
	{
		name: str(),
		path: str(),
		// runtime.Unknown: the plugin's own schema applies, checked through `admissionPluginConfigurations`.
		configuration: obj({}, { open: true }),
	},
	{ required: ['name'] },
);

const admissionConfiguration = (apiVersion: Spec): Spec =>
	obj({ apiVersion, kind: oneOfStrings('AdmissionConfiguration'), plugins: arr(admissionPlugin) }, { required: ['apiVersion', 'kind'] });

/** apiserver.config.k8s.io/v1 AdmissionConfiguration (kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1.md). */
export const admissionConfigurationV1: Spec = admissionConfiguration(oneOfStrings('apiserver.config.k8s.io/v1'));

/** apiserver.k8s.io/v1alpha1 AdmissionConfiguration, the same shape under its pre-v1 group (kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1alpha1.md). */
export const admissionConfigurationV1alpha1: Spec = admissionConfiguration(
	deprecated(oneOfStrings('apiserver.k8s.io/v1alpha1'), 'use apiserver.config.k8s.io/v1'),
);

/** ImagePolicyWebhook plugin configuration (kubernetes/website content/en/docs/reference/access-authn-authz/admission-controllers.md#imagepolicywebhook, kubernetes/kubernetes plugin/pkg/admission/imagepolicy/config.go). */
export const imagePolicyWebhookConfiguration: Spec = obj(
	{
		imagePolicy: obj({
			kubeConfigFile: str(),
			// Plain numbers: seconds for the TTLs and milliseconds for retryBackoff (config.go scales them), not "50s".
			allowTTL: int(),
			denyTTL: int(),
			retryBackoff: int(),
			defaultAllow: bool(),
		}),
	},
	{ required: ['imagePolicy'] },
);

const podSecurityLevel = oneOfStrings('privileged', 'baseline', 'restricted');
// "latest" or a Kubernetes minor version such as "v1.35" (enforce-standards-admission-controller.md).
const podSecurityVersion = str({ pattern: /^(latest|v1\.\d+)$/ });

const podSecurityConfiguration = (apiVersion: Spec): Spec =>
	obj(
		{
			apiVersion,
			kind: oneOfStrings('PodSecurityConfiguration'),
			defaults: obj({
				enforce: podSecurityLevel,
				'enforce-version': podSecurityVersion,
				audit: podSecurityLevel,
				'audit-version': podSecurityVersion,
				warn: podSecurityLevel,
				'warn-version': podSecurityVersion,
			}),
			exemptions: obj({ usernames: arr(str()), runtimeClasses: arr(str()), namespaces: arr(str()) }),
		},
		{ required: ['apiVersion', 'kind'] },
	);

/** pod-security.admission.config.k8s.io/v1 PodSecurityConfiguration (kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/admission/api/v1/types.go; kubernetes/website content/en/docs/tasks/configure-pod-container/enforce-standards-admission-controller.md). */
export const podSecurityConfigurationV1: Spec = podSecurityConfiguration(oneOfStrings('pod-security.admission.config.k8s.io/v1'));

/** The v1beta1 form, same fields; the task page says v1 is the form for v1.25+ (enforce-standards-admission-controller.md). */
export const podSecurityConfigurationV1beta1: Spec = podSecurityConfiguration(
	deprecated(oneOfStrings('pod-security.admission.config.k8s.io/v1beta1'), 'use pod-security.admission.config.k8s.io/v1'),
);

/** Schemas for `plugins[].configuration`, keyed by admission plugin name (sources as on each schema above). */
export const admissionPluginConfigurations: Readonly<Record<string, Spec>> = {
	ImagePolicyWebhook: imagePolicyWebhookConfiguration,
	PodSecurity: podSecurityConfigurationV1,
};

export const apiserverConfigDocuments: readonly DocumentSchema[] = [
	{ apiVersion: 'apiserver.config.k8s.io/v1', kind: 'AdmissionConfiguration', spec: admissionConfigurationV1, source: admissionSource },
	{
		apiVersion: 'apiserver.k8s.io/v1alpha1',
		kind: 'AdmissionConfiguration',
		spec: admissionConfigurationV1alpha1,
		source: 'kubernetes/website content/en/docs/reference/config-api/apiserver-config.v1alpha1.md',
	},
	{ apiVersion: 'pod-security.admission.config.k8s.io/v1', kind: 'PodSecurityConfiguration', spec: podSecurityConfigurationV1, source: podSecuritySource },
	{
		apiVersion: 'pod-security.admission.config.k8s.io/v1beta1',
		kind: 'PodSecurityConfiguration',
		spec: podSecurityConfigurationV1beta1,
		source: podSecuritySource,
	},
];

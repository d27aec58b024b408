/** Encryption at rest, from kubernetes/website config-api/apiserver-encryption.v1.md and kubernetes/kubernetes apiserver/pkg/apis/apiserver/v1/types_encryption.go. */
import { arr, deprecated, dispatch, int, obj, oneOf, oneOfStrings, str, type Spec } from '../spec.ts';
import type { DocumentSchema } from './index.ts';
import { duration } from './meta.ts';

const source = 'kubernetes/website content/en/docs/reference/config-api/apiserver-encryption.v1.md';

const key = obj({ name: str(), secret: str() }, { required: ['name', 'secret'] });
const keys = obj({ keys: arr(key, 1) }, { required: ['keys'] });

const kms = obj(
	{
		// Validation accepts only v1 and v2 ("only v1 and v2 are supported"); KMSv1 is deprecated since 1.28
		// and refused unless the KMSv1 feature gate is enabled since 1.29.
		apiVersion: oneOf(
			oneOfStrings('v2'),
			deprecated(oneOfStrings('v1'), 'KMS v1 is deprecated (disabled by default since Kubernetes 1.29); use apiVersion: v2'),
		),
		name: str(),
		endpoint: str(),
		cachesize: int(),
		timeout: duration(),
	},
	{
		required: ['name', 'endpoint'],
		// apiserver/pkg/apis/apiserver/validation: validateKMSCacheSize ("cachesize is not supported in v2"); the API server then does not start.
		rules: [(kms) => (kms.apiVersion === 'v2' && kms.cachesize !== undefined ? { field: 'cachesize', message: 'cachesize is not supported in KMS v2: the API server refuses this configuration and does not start', fix: 'remove cachesize: it is a KMS v1 setting' } : undefined)],
	},
);

// ProviderConfiguration sets exactly one transformer, so each entry is checked as the one it names.
const provider = dispatch({
	aescbc: obj({ aescbc: keys }),
	aesgcm: obj({ aesgcm: keys }),
	secretbox: obj({ secretbox: keys }),
	identity: obj({ identity: obj({}) }),
	kms: obj({ kms }),
});

const resourceConfiguration = obj({ resources: arr(str(), 1), providers: arr(provider, 1) }, { required: ['resources', 'providers'] });

/** apiserver.config.k8s.io/v1 EncryptionConfiguration (kubernetes/website content/en/docs/reference/config-api/apiserver-encryption.v1.md). */
export const encryptionConfiguration: Spec = obj(
	{
		apiVersion: oneOfStrings('apiserver.config.k8s.io/v1'),
		kind: oneOfStrings('EncryptionConfiguration'),
		resources: arr(resourceConfiguration, 1),
	},
	{ required: ['apiVersion', 'kind', 'resources'] },
);

export const encryptionDocuments: readonly DocumentSchema[] = [
	{ apiVersion: 'apiserver.config.k8s.io/v1', kind: 'EncryptionConfiguration', spec: encryptionConfiguration, source },
];

/** kubeconfig files, from kubernetes/website content/en/docs/reference/config-api/kubeconfig.v1.md (commit 8e328ec9). */
import { any, arr, bool, map, obj, oneOfStrings, str, type Spec } from '../spec.ts';
import type { DocumentSchema } from './index.ts';

const source = 'kubernetes/website content/en/docs/reference/config-api/kubeconfig.v1.md';

const extensions = arr(obj({ name: str(), extension: any() }, { required: ['name', 'extension'] }));

const cluster = obj(
	{
		server: str(),
		'tls-server-name': str(),
		'insecure-skip-tls-verify': bool(),
		'certificate-authority': str(),
		'certificate-authority-data': str(),
		'proxy-url': str(),
		'disable-compression': bool(),
		extensions,
	},
	{ required: ['server'] },
);

const exec = obj(
	{
		command: str(),
		args: arr(str()),
		env: arr(obj({ name: str(), value: str() }, { required: ['name', 'value'] })),
		apiVersion: str(),
		// installHint and provideClusterInfo are listed [Required] only because their Go fields lack omitempty.
		installHint: str(),
		provideClusterInfo: bool(),
		interactiveMode: oneOfStrings('Never', 'IfAvailable', 'Always'),
	},
	{ required: ['command', 'apiVersion'] },
);

const user = obj({
	'client-certificate': str(),
	'client-certificate-data': str(),
	'client-key': str(),
	'client-key-data': str(),
	token: str(),
	tokenFile: str(),
	as: str(),
	'as-uid': str(),
	'as-groups': arr(str()),
	'as-user-extra': map(arr(str())),
	username: str(),
	password: str(),
	'auth-provider': obj({ name: str(), config: map(str()) }, { required: ['name'] }),
	exec,
	extensions,
});

const context = obj({ cluster: str(), user: str(), namespace: str(), extensions }, { required: ['cluster', 'user'] });

/**
 * v1 Config, the kubeconfig file (kubernetes/website content/en/docs/reference/config-api/kubeconfig.v1.md).
 * It has no metadata. The page marks the top-level lists [Required] only because their Go fields lack omitempty;
 * client-go loads files without them (a webhook kubeconfig often has just clusters and users).
 */
export const kubeconfig: Spec = obj(
	{
		apiVersion: oneOfStrings('v1'),
		kind: oneOfStrings('Config'),
		preferences: obj({ colors: bool(), extensions }),
		clusters: arr(obj({ name: str(), cluster }, { required: ['name', 'cluster'] })),
		users: arr(obj({ name: str(), user }, { required: ['name', 'user'] })),
		contexts: arr(obj({ name: str(), context }, { required: ['name', 'context'] })),
		'current-context': str(),
		extensions,
	},
	{ required: ['apiVersion', 'kind'] },
);

export const kubeconfigDocuments: readonly DocumentSchema[] = [{ apiVersion: 'v1', kind: 'Config', spec: kubeconfig, source }];

/** Shared Kubernetes object fields, from kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go. */
import { any, arr, int, map, obj, oneOfStrings, str, type Spec } from '../spec.ts';

/** metav1.ObjectMeta (kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go). */
export const objectMeta: Spec = obj({
	name: str(),
	generateName: str(),
	namespace: str(),
	selfLink: str(),
	uid: str(),
	resourceVersion: str(),
	generation: int(),
	// `kubectl create --dry-run=client -o yaml` prints `creationTimestamp: null`, which study pages copy verbatim.
	creationTimestamp: any(),
	deletionTimestamp: any(),
	deletionGracePeriodSeconds: int(),
	labels: map(str()),
	annotations: map(str()),
	ownerReferences: arr(any()),
	finalizers: arr(str()),
	managedFields: arr(any()),
});

/** metav1.LabelSelector (kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/types.go). */
export const labelSelector: Spec = obj({
	matchLabels: map(str()),
	matchExpressions: arr(
		obj(
			{ key: str(), operator: oneOfStrings('In', 'NotIn', 'Exists', 'DoesNotExist'), values: arr(str()) },
			{ required: ['key', 'operator'] },
		),
	),
});

/** metav1.Duration as written in YAML: Go's time.ParseDuration syntax ("90s", "1h30m", "0"). */
export const duration = (): Spec => str({ pattern: /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/ });

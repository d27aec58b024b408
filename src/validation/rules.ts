/**
 * Rules the API server enforces in its validation code that the OpenAPI schemas cannot express, so a manifest that
 * passes the schema is still refused by `kubectl apply`. Each rule names the function of kubernetes/kubernetes it
 * mirrors, and applies the defaults the API server fills in before validating (pkg/apis/rbac/v1/defaults.go), so
 * leaving out a field the server defaults is not a finding.
 */
import { type Finding, formatPath } from './finding.ts';
import { didYouMean } from './suggest.ts';

type Path = (string | number)[];
const rbacGroup = 'rbac.authorization.k8s.io';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** The findings of the semantic rules for a value validated as the Kubernetes type `type` (`RoleBinding`, `Pod`, `SecurityContext`…) of an API group (`Rbac`, `Core`…). */
export function semanticFindings(value: unknown, type: string, group: string): Finding[] {
	const out: Finding[] = [];
	if (group === 'Rbac' && (type === 'RoleBinding' || type === 'ClusterRoleBinding')) binding(value, type === 'RoleBinding', out);
	else if (group === 'Rbac' && type === 'Subject') subject(value, true, [], out);
	profiles(value, type, [], out);
	return out;
}

/** pkg/apis/rbac/validation: ValidateRoleBinding and ValidateClusterRoleBinding. */
function binding(value: unknown, namespaced: boolean, out: Finding[]): void {
	if (!isRecord(value)) return;
	const roleRef = value.roleRef;
	if (isRecord(roleRef)) {
		// SetDefaults_RoleBinding / SetDefaults_ClusterRoleBinding fill in an empty roleRef.apiGroup.
		if (roleRef.apiGroup !== undefined && roleRef.apiGroup !== '' && roleRef.apiGroup !== rbacGroup) {
			out.push({ path: 'roleRef.apiGroup', message: `roleRef.apiGroup ${show(roleRef.apiGroup)} is not supported: it must be ${rbacGroup}`, fix: `apiGroup: ${rbacGroup}` });
		}
		const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
		if (typeof roleRef.kind === 'string' && !kinds.includes(roleRef.kind)) {
			out.push(
				namespaced
					? { path: 'roleRef.kind', message: `roleRef.kind ${show(roleRef.kind)} is not supported: a RoleBinding references a Role or a ClusterRole`, fix: didYouMean(roleRef.kind, kinds) }
					: {
							path: 'roleRef.kind',
							message: `roleRef.kind ${show(roleRef.kind)} is not supported: a ClusterRoleBinding can reference only a ClusterRole`,
							fix: roleRef.kind === 'Role' ? 'use a RoleBinding to grant a Role in its namespace, or reference a ClusterRole' : didYouMean(roleRef.kind, kinds),
						},
			);
		}
	}
	if (Array.isArray(value.subjects)) value.subjects.forEach((s, i) => subject(s, namespaced, ['subjects', i], out));
}

/** pkg/apis/rbac/validation: validateRoleBindingSubject, after SetDefaults_Subject. */
function subject(value: unknown, namespaced: boolean, path: Path, out: Finding[]): void {
	if (!isRecord(value) || typeof value.kind !== 'string') return;
	const at = (field: string) => formatPath([...path, field]);
	const apiGroup = value.apiGroup;
	switch (value.kind) {
		case 'ServiceAccount':
			if (typeof apiGroup === 'string' && apiGroup !== '') {
				out.push({ path: at('apiGroup'), message: `a ServiceAccount subject is in the core API group: apiGroup ${show(apiGroup)} is not supported`, fix: 'remove apiGroup (or write apiGroup: "")' });
			}
			if (!namespaced && (value.namespace === undefined || value.namespace === '')) {
				out.push({ path: formatPath(path), message: 'a ServiceAccount subject of a ClusterRoleBinding needs its namespace', fix: "add namespace: <the ServiceAccount's namespace>" });
			}
			return;
		case 'User':
		case 'Group':
			// An empty apiGroup is defaulted to rbac.authorization.k8s.io; any other value is refused.
			if (typeof apiGroup === 'string' && apiGroup !== '' && apiGroup !== rbacGroup) {
				out.push({ path: at('apiGroup'), message: `a ${value.kind} subject needs apiGroup: ${rbacGroup}, not ${show(apiGroup)}`, fix: `apiGroup: ${rbacGroup}` });
			}
			return;
		default:
			out.push({ path: at('kind'), message: `subject kind ${show(value.kind)} is not supported: it must be ServiceAccount, User or Group`, fix: didYouMean(value.kind, ['ServiceAccount', 'User', 'Group']) });
	}
}

/**
 * pkg/apis/core/validation: validateSeccompProfileField (with validateLocalDescendingPath) and
 * ValidateAppArmorProfileField, which validatePodSpecSecurityContext and ValidateSecurityContext call for the pod's
 * and each container's securityContext. Found wherever they occur in the object (Pods, templates, excerpts).
 */
function profiles(value: unknown, type: string, path: Path, out: Finding[]): void {
	if (type === 'SeccompProfile') return seccomp(value, path, out);
	if (type === 'AppArmorProfile') return appArmor(value, path, out);
	if (Array.isArray(value)) return value.forEach((v, i) => profiles(v, '', [...path, i], out));
	if (!isRecord(value)) return;
	for (const [key, child] of Object.entries(value)) {
		if (key === 'seccompProfile') seccomp(child, [...path, key], out);
		else if (key === 'appArmorProfile') appArmor(child, [...path, key], out);
		else if (typeof child === 'object' && child !== null) profiles(child, '', [...path, key], out);
	}
}

/** The profile types other than Localhost, the same for seccomp and AppArmor. */
const otherTypes = ['RuntimeDefault', 'Unconfined'];

function seccomp(value: unknown, path: Path, out: Finding[]): void {
	if (!isRecord(value)) return;
	const profile = value.localhostProfile;
	if (value.type === 'Localhost') {
		if (profile === undefined || profile === null) {
			out.push({ path: formatPath(path), message: 'a Localhost seccomp profile needs localhostProfile', fix: "add localhostProfile: the profile's path relative to the kubelet's seccomp directory (/var/lib/kubelet/seccomp), e.g. profiles/audit.json" });
		} else if (typeof profile === 'string') {
			if (profile.startsWith('/')) {
				out.push({ path: formatPath([...path, 'localhostProfile']), message: 'localhostProfile must be a relative path', fix: "write it relative to the kubelet's seccomp directory (/var/lib/kubelet/seccomp), e.g. profiles/audit.json" });
			}
			if (profile.split('/').includes('..')) out.push({ path: formatPath([...path, 'localhostProfile']), message: 'localhostProfile must not contain ".."' });
		}
	} else if (otherTypes.includes(value.type as string) && profile !== undefined && profile !== null) {
		// A type that is not one of the enum is reported by the schema already; this rule is about the valid ones.
		out.push({ path: formatPath([...path, 'localhostProfile']), message: `localhostProfile can only be set when the seccomp type is Localhost, not ${value.type}`, fix: 'remove localhostProfile, or use type: Localhost' });
	}
}

function appArmor(value: unknown, path: Path, out: Finding[]): void {
	if (!isRecord(value)) return;
	const profile = value.localhostProfile;
	if (value.type === 'Localhost') {
		if (profile === undefined || profile === null || (typeof profile === 'string' && profile.trim() === '')) {
			out.push({ path: formatPath(path), message: 'a Localhost AppArmor profile needs localhostProfile', fix: 'add localhostProfile: the name of a profile loaded on the node (aa-status lists them)' });
		} else if (typeof profile === 'string' && profile.trim() !== profile) {
			out.push({ path: formatPath([...path, 'localhostProfile']), message: 'localhostProfile must not be padded with whitespace' });
		}
	} else if (otherTypes.includes(value.type as string) && profile !== undefined && profile !== null) {
		out.push({ path: formatPath([...path, 'localhostProfile']), message: `localhostProfile can only be set when the AppArmor type is Localhost, not ${value.type}`, fix: 'remove localhostProfile, or use type: Localhost' });
	}
}

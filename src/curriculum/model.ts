/** The CKS curriculum and the exam facts that change: the one source for navigation, badges, coverage and the exam page. */

/** A language the site is written in; `ja` is served at the root, `en` under `/en/`. */
export type Lang = 'ja' | 'en';

/** Text in every language of the site. */
export type Localized = Record<Lang, string>;

export interface Competency {
	/** Stable id used in page frontmatter (`competencies: [...]`). */
	id: string;
	name: Localized;
}

export interface Domain {
	/** Stable id: also the folder under `src/content/docs/` that holds the domain's topic pages. */
	id: string;
	name: Localized;
	/** Share of the exam score, in percent. */
	weight: number;
	competencies: readonly Competency[];
}

/** A documentation site a candidate may open during the exam: a host and the path prefixes allowed on it. */
export interface AllowedDocSite {
	host: string;
	pathPrefixes: readonly string[];
	name: string;
}

/** Exam facts that change between exam revisions. Checked against the LF exam page and FAQ as quoted in September 2026. */
export const exam = {
	/** Kubernetes minor version of the exam environment. */
	kubernetesVersion: '1.35',
	/** Version of the published curriculum document (cncf/curriculum, `CKS_Curriculum v1.34.pdf`). */
	curriculumVersion: '1.34',
	/** When the facts above were last checked. */
	checkedOn: '2026-09',
	durationMinutes: 120,
	passingScorePercent: 67,
	/** Range of performance-based tasks in one exam. */
	taskCount: { min: 15, max: 20 },
	certificationValidYears: 2,
	allowedDocs: [
		{ host: 'kubernetes.io', pathPrefixes: ['/docs/', '/blog/', '/ja/docs/', '/ja/blog/'], name: 'Kubernetes Documentation / Blog' },
		{ host: 'falco.org', pathPrefixes: ['/docs/'], name: 'Falco' },
		{ host: 'etcd.io', pathPrefixes: ['/docs/'], name: 'etcd' },
		{ host: 'kubernetes-sigs.github.io', pathPrefixes: ['/bom/'], name: 'bom' },
		{ host: 'kubernetes.github.io', pathPrefixes: ['/ingress-nginx/'], name: 'Ingress-NGINX Controller' },
		{ host: 'docs.cilium.io', pathPrefixes: ['/en/stable/'], name: 'Cilium' },
		{ host: 'istio.io', pathPrefixes: ['/latest/docs/'], name: 'Istio' },
	],
} as const satisfies {
	kubernetesVersion: string;
	curriculumVersion: string;
	checkedOn: string;
	durationMinutes: number;
	passingScorePercent: number;
	taskCount: { min: number; max: number };
	certificationValidYears: number;
	allowedDocs: readonly AllowedDocSite[];
};

/** The six domains of the CKS curriculum v1.34 in curriculum order, with their 26 competencies. */
export const domains = [
	{
		id: 'cluster-setup',
		name: { ja: 'クラスターのセットアップ', en: 'Cluster Setup' },
		weight: 15,
		competencies: [
			{ id: 'network-policies', name: { ja: 'ネットワークセキュリティポリシーでクラスターレベルのアクセスを制限する', en: 'Use network security policies to restrict cluster level access' } },
			{ id: 'cis-benchmark', name: { ja: 'CIS ベンチマークで Kubernetes コンポーネント（etcd、kubelet、kubedns、kubeapi）のセキュリティ設定を確認する', en: 'Use CIS benchmark to review the security configuration of Kubernetes components (etcd, kubelet, kubedns, kubeapi)' } },
			{ id: 'ingress-tls', name: { ja: 'Ingress オブジェクトを TLS で正しく設定する', en: 'Properly set up Ingress objects with TLS' } },
			{ id: 'node-metadata', name: { ja: 'ノードのメタデータとエンドポイントを保護する', en: 'Protect node metadata and endpoints' } },
			{ id: 'verify-binaries', name: { ja: 'デプロイ前にプラットフォームのバイナリを検証する', en: 'Verify platform binaries before deploying' } },
		],
	},
	{
		id: 'cluster-hardening',
		name: { ja: 'クラスターの堅牢化', en: 'Cluster Hardening' },
		weight: 15,
		competencies: [
			{ id: 'rbac', name: { ja: 'ロールベースアクセス制御（RBAC）で露出を最小化する', en: 'Use Role Based Access Controls to minimize exposure' } },
			{ id: 'service-accounts', name: { ja: 'サービスアカウントを慎重に扱う（デフォルトの無効化、新規アカウントの権限最小化など）', en: 'Exercise caution in using service accounts, e.g. disable defaults, minimize permissions on newly created ones' } },
			{ id: 'restrict-api-access', name: { ja: 'Kubernetes API へのアクセスを制限する', en: 'Restrict access to Kubernetes API' } },
			{ id: 'upgrade-kubernetes', name: { ja: 'Kubernetes をアップグレードして脆弱性を避ける', en: 'Upgrade Kubernetes to avoid vulnerabilities' } },
		],
	},
	{
		id: 'system-hardening',
		name: { ja: 'システムの堅牢化', en: 'System Hardening' },
		weight: 10,
		competencies: [
			{ id: 'host-os-footprint', name: { ja: 'ホスト OS のフットプリントを最小化する（攻撃対象領域の縮小）', en: 'Minimize host OS footprint (reduce attack surface)' } },
			{ id: 'least-privilege-iam', name: { ja: '最小権限の ID とアクセス管理を使う', en: 'Using least-privilege identity and access management' } },
			{ id: 'external-network-access', name: { ja: 'ネットワークへの外部アクセスを最小化する', en: 'Minimize external access to the network' } },
			{ id: 'kernel-hardening', name: { ja: 'AppArmor や seccomp などのカーネル堅牢化ツールを適切に使う', en: 'Appropriately use kernel hardening tools such as AppArmor, seccomp' } },
		],
	},
	{
		id: 'microservice-vulnerabilities',
		name: { ja: 'マイクロサービスの脆弱性の最小化', en: 'Minimize Microservice Vulnerabilities' },
		weight: 20,
		competencies: [
			{ id: 'pod-security-standards', name: { ja: '適切な Pod Security Standards を使う', en: 'Use appropriate pod security standards' } },
			{ id: 'secrets', name: { ja: 'Kubernetes の Secret を管理する', en: 'Manage Kubernetes secrets' } },
			{ id: 'isolation', name: { ja: '分離技術（マルチテナンシー、サンドボックス化されたコンテナなど）を理解し実装する', en: 'Understand and implement isolation techniques (multi-tenancy, sandboxed containers, etc.)' } },
			{ id: 'pod-to-pod-encryption', name: { ja: 'Pod 間通信を暗号化する（Cilium、Istio）', en: 'Implement Pod-to-Pod encryption (Cilium, Istio)' } },
		],
	},
	{
		id: 'supply-chain-security',
		name: { ja: 'サプライチェーンセキュリティ', en: 'Supply Chain Security' },
		weight: 20,
		competencies: [
			{ id: 'base-image', name: { ja: 'ベースイメージのフットプリントを最小化する', en: 'Minimize base image footprint' } },
			{ id: 'understand-supply-chain', name: { ja: 'サプライチェーンを理解する（SBOM、CI/CD、アーティファクトリポジトリなど）', en: 'Understand your supply chain (e.g. SBOM, CI/CD, artifact repositories)' } },
			{ id: 'secure-supply-chain', name: { ja: 'サプライチェーンを保護する（許可するレジストリ、アーティファクトの署名と検証など）', en: 'Secure your supply chain (permitted registries, sign and validate artifacts, etc.)' } },
			{ id: 'static-analysis', name: { ja: 'ユーザーのワークロードとコンテナイメージを静的解析する（Kubesec、KubeLinter など）', en: 'Perform static analysis of user workloads and container images (e.g. Kubesec, KubeLinter)' } },
		],
	},
	{
		id: 'runtime-security',
		name: { ja: '監視・ロギング・ランタイムセキュリティ', en: 'Monitoring, Logging and Runtime Security' },
		weight: 20,
		competencies: [
			{ id: 'behavioral-analytics', name: { ja: '振る舞い分析で悪意のある活動を検出する', en: 'Perform behavioral analytics to detect malicious activities' } },
			{ id: 'threat-detection', name: { ja: '物理インフラ、アプリ、ネットワーク、データ、ユーザー、ワークロードの脅威を検出する', en: 'Detect threats within physical infrastructure, apps, networks, data, users and workloads' } },
			{ id: 'attack-investigation', name: { ja: '環境内の攻撃のフェーズと悪意のある行為者を調査・特定する', en: 'Investigate and identify phases of attack and bad actors within the environment' } },
			{ id: 'immutability', name: { ja: '実行時のコンテナの不変性を確保する', en: 'Ensure immutability of containers at runtime' } },
			{ id: 'audit-logs', name: { ja: 'Kubernetes の監査ログでアクセスを監視する', en: 'Use Kubernetes audit logs to monitor access' } },
		],
	},
] as const satisfies readonly Domain[];

export type DomainId = (typeof domains)[number]['id'];
export type CompetencyId = (typeof domains)[number]['competencies'][number]['id'];

export const domainIds = domains.map((d) => d.id) as [DomainId, ...DomainId[]];
export const competencyIds = domains.flatMap((d) => d.competencies.map((c) => c.id)) as [CompetencyId, ...CompetencyId[]];

/** The domain with this id, or undefined. */
export function findDomain(id: string): Domain | undefined {
	return domains.find((d) => d.id === id);
}

/** The domain that lists this competency, or undefined. */
export function domainOfCompetency(id: string): Domain | undefined {
	return domains.find((d) => d.competencies.some((c) => c.id === id));
}

/** The competency with this id, or undefined. */
export function findCompetency(id: string): Competency | undefined {
	return domainOfCompetency(id)?.competencies.find((c) => c.id === id);
}

/** Why a URL may not be linked as exam documentation, or undefined when an allowed site serves it. */
export function disallowedDocReason(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return `"${url}" is not an absolute URL`;
	}
	if (parsed.protocol !== 'https:') return `"${url}" must use https`;
	const site = exam.allowedDocs.find((s) => s.host === parsed.hostname);
	if (!site) {
		return `"${parsed.hostname}" is not a documentation site the exam allows (allowed: ${exam.allowedDocs.map((s) => s.host).join(', ')})`;
	}
	if (!site.pathPrefixes.some((p) => parsed.pathname.startsWith(p))) {
		return `"${url}" is outside the allowed paths of ${site.host} (${site.pathPrefixes.join(', ')})`;
	}
	return undefined;
}

/** Terms a CKS candidate types, and the page that must come first or second: katakana, kanji, commands and flags. */
export interface SearchTerm {
	term: string;
	/** Topic page id without locale. */
	page: string;
	lang?: 'ja' | 'en';
}

export const searchTerms: SearchTerm[] = [
	// Cluster setup
	{ term: 'ネットワークポリシー', page: 'cluster-setup/network-policy' },
	{ term: 'デフォルト拒否', page: 'cluster-setup/network-policy' },
	{ term: 'namespaceSelector', page: 'cluster-setup/network-policy' },
	{ term: 'kube-bench', page: 'cluster-setup/cis-benchmark' },
	{ term: 'CIS ベンチマーク', page: 'cluster-setup/cis-benchmark' },
	{ term: 'イングレス', page: 'cluster-setup/ingress-tls' },
	{ term: 'force-ssl-redirect', page: 'cluster-setup/ingress-tls' },
	{ term: '169.254.169.254', page: 'cluster-setup/node-metadata' },
	{ term: 'readOnlyPort', page: 'cluster-setup/node-metadata' },
	{ term: 'チェックサム', page: 'cluster-setup/verify-binaries' },
	{ term: 'cosign verify-blob', page: 'cluster-setup/verify-binaries' },
	// Cluster hardening
	{ term: 'ロールバインディング', page: 'cluster-hardening/rbac' },
	{ term: 'kubectl auth can-i', page: 'cluster-hardening/rbac' },
	{ term: '証明書署名要求', page: 'cluster-hardening/rbac' },
	{ term: 'サービスアカウント', page: 'cluster-hardening/service-accounts' },
	{ term: 'automountServiceAccountToken', page: 'cluster-hardening/service-accounts' },
	{ term: 'アドミッションコントローラー', page: 'cluster-hardening/api-access' },
	{ term: '--anonymous-auth', page: 'cluster-hardening/api-access' },
	{ term: 'NodeRestriction', page: 'cluster-hardening/api-access' },
	{ term: 'アップグレード', page: 'cluster-hardening/upgrade' },
	{ term: 'kubeadm upgrade apply', page: 'cluster-hardening/upgrade' },
	// System hardening
	{ term: 'ss -tlnp', page: 'system-hardening/host-footprint' },
	{ term: 'カーネルモジュール', page: 'system-hardening/host-footprint' },
	{ term: 'docker.sock', page: 'system-hardening/host-iam' },
	{ term: 'PermitRootLogin', page: 'system-hardening/host-iam' },
	{ term: 'ファイアウォール', page: 'system-hardening/firewall' },
	{ term: 'ufw default deny incoming', page: 'system-hardening/firewall' },
	{ term: 'アップアーマー', page: 'system-hardening/apparmor' },
	{ term: 'apparmor_parser', page: 'system-hardening/apparmor' },
	{ term: 'appArmorProfile', page: 'system-hardening/apparmor' },
	{ term: 'セックコンプ', page: 'system-hardening/seccomp' },
	{ term: 'SCMP_ACT_LOG', page: 'system-hardening/seccomp' },
	// Supply chain security
	{ term: 'ベースイメージ', page: 'supply-chain-security/base-image' },
	{ term: 'マルチステージビルド', page: 'supply-chain-security/base-image' },
	{ term: 'ソフトウェア部品表', page: 'supply-chain-security/sbom' },
	{ term: 'bom generate', page: 'supply-chain-security/sbom' },
	{ term: 'cosign verify', page: 'supply-chain-security/image-signing' },
	{ term: '許可リスト', page: 'supply-chain-security/permitted-registries' },
	{ term: 'ImagePolicyWebhook', page: 'supply-chain-security/permitted-registries' },
	{ term: 'ValidatingAdmissionPolicy', page: 'supply-chain-security/permitted-registries' },
	{ term: '静的解析', page: 'supply-chain-security/static-analysis' },
	{ term: 'kubesec scan', page: 'supply-chain-security/static-analysis' },
	{ term: '脆弱性スキャン', page: 'supply-chain-security/image-scanning' },
	{ term: '--ignore-unfixed', page: 'supply-chain-security/image-scanning' },
	// Minimize microservice vulnerabilities
	{ term: 'ポッドセキュリティ', page: 'microservice-vulnerabilities/pod-security-admission' },
	{ term: 'pod-security.kubernetes.io/enforce', page: 'microservice-vulnerabilities/pod-security-admission' },
	{ term: 'セキュリティコンテキスト', page: 'microservice-vulnerabilities/security-context' },
	{ term: 'ケーパビリティ', page: 'microservice-vulnerabilities/security-context' },
	{ term: 'シークレット', page: 'microservice-vulnerabilities/secrets' },
	{ term: 'ETCDCTL_API', page: 'microservice-vulnerabilities/secrets' },
	{ term: '保存時の暗号化', page: 'microservice-vulnerabilities/encryption-at-rest' },
	{ term: '--encryption-provider-config', page: 'microservice-vulnerabilities/encryption-at-rest' },
	{ term: 'ランタイムクラス', page: 'microservice-vulnerabilities/isolation' },
	{ term: 'サンドボックス', page: 'microservice-vulnerabilities/isolation' },
	{ term: 'gVisor', page: 'microservice-vulnerabilities/isolation' },
	{ term: 'WireGuard', page: 'microservice-vulnerabilities/pod-to-pod-encryption' },
	{ term: 'PeerAuthentication', page: 'microservice-vulnerabilities/pod-to-pod-encryption' },
	// Monitoring, logging and runtime security
	{ term: 'ファルコ', page: 'runtime-security/falco' },
	{ term: 'falco_rules.local.yaml', page: 'runtime-security/falco' },
	{ term: 'crictl inspect', page: 'runtime-security/attack-investigation' },
	{ term: 'strace', page: 'runtime-security/attack-investigation' },
	{ term: 'イミュータブル', page: 'runtime-security/immutability' },
	{ term: 'readOnlyRootFilesystem', page: 'runtime-security/immutability' },
	{ term: '監査ログ', page: 'runtime-security/audit-logs' },
	{ term: '--audit-policy-file', page: 'runtime-security/audit-logs' },
	{ term: 'omitStages', page: 'runtime-security/audit-logs' },
];

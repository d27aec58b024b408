/** What CKS candidates type into the search, and the page each must find. */

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
	// English pages
	{ term: 'NetworkPolicy', page: 'cluster-setup/network-policy', lang: 'en' },
	{ term: 'kube-bench', page: 'cluster-setup/cis-benchmark', lang: 'en' },
	{ term: 'RoleBinding', page: 'cluster-hardening/rbac', lang: 'en' },
	{ term: 'service account token', page: 'cluster-hardening/service-accounts', lang: 'en' },
	{ term: 'seccomp profile', page: 'system-hardening/seccomp', lang: 'en' },
	{ term: 'Pod Security Admission', page: 'microservice-vulnerabilities/pod-security-admission', lang: 'en' },
	{ term: 'encryption at rest', page: 'microservice-vulnerabilities/encryption-at-rest', lang: 'en' },
	{ term: 'SBOM', page: 'supply-chain-security/sbom', lang: 'en' },
	{ term: 'Falco rule', page: 'runtime-security/falco', lang: 'en' },
	{ term: 'audit policy', page: 'runtime-security/audit-logs', lang: 'en' },
];

/** Queries of several words as a candidate types them, each with a word its page lacks (the search shows it as missing): Pagefind alone finds nothing or not this page; the page must come in the first three. */
export interface SearchQuery {
	query: string;
	/** Topic page id without locale. */
	page: string;
	lang?: 'ja' | 'en';
}

export const multiWordQueries: SearchQuery[] = [
	// Japanese pages
	{ query: 'ネットワークポリシー 全拒否 やり方', page: 'cluster-setup/network-policy' },
	{ query: 'namespaceSelector 別の名前空間 許可 サンプル', page: 'cluster-setup/network-policy' },
	{ query: 'kube-bench FAIL 対処 コツ', page: 'cluster-setup/cis-benchmark' },
	{ query: 'CISベンチマーク 結果 見方', page: 'cluster-setup/cis-benchmark' },
	{ query: 'イングレス TLS 証明書 設定手順', page: 'cluster-setup/ingress-tls' },
	{ query: 'ingress http を https に飛ばす', page: 'cluster-setup/ingress-tls' },
	{ query: 'メタデータサーバー 169.254.169.254 ブロック', page: 'cluster-setup/node-metadata' },
	{ query: 'kubelet 10250 匿名 塞ぐ', page: 'cluster-setup/node-metadata' },
	{ query: 'sha512sum バイナリ 照合 チートシート', page: 'cluster-setup/verify-binaries' },
	{ query: 'ロール 権限 確認 can-i 使い方', page: 'cluster-hardening/rbac' },
	{ query: 'CSR 承認 ユーザー 証明書 発行手順', page: 'cluster-hardening/rbac' },
	{ query: 'サービスアカウント トークン 自動マウント オフ', page: 'cluster-hardening/service-accounts' },
	{ query: 'API サーバー 匿名アクセス 禁止', page: 'cluster-hardening/api-access' },
	{ query: 'kubeadm アップグレード ワーカーノード 順番 まとめ', page: 'cluster-hardening/upgrade' },
	{ query: '不要なサービス 停止 systemctl やり方', page: 'system-hardening/host-footprint' },
	{ query: 'カーネルモジュール ブラックリスト 登録', page: 'system-hardening/host-footprint' },
	{ query: 'SSH root ログイン 禁止 手順', page: 'system-hardening/host-iam' },
	{ query: 'ufw ssh 許可 それ以外 遮断', page: 'system-hardening/firewall' },
	{ query: 'AppArmor プロファイル Pod 適用 やり方', page: 'system-hardening/apparmor' },
	{ query: 'seccomp RuntimeDefault 全Pod 一括', page: 'system-hardening/seccomp' },
	{ query: 'システムコール 制限 プロファイル 作り方', page: 'system-hardening/seccomp' },
	{ query: 'Dockerfile 軽量化 distroless マルチステージ', page: 'supply-chain-security/base-image' },
	{ query: 'SBOM 生成 SPDX', page: 'supply-chain-security/sbom' },
	{ query: 'cosign 署名 検証 公開鍵 やり方', page: 'supply-chain-security/image-signing' },
	{ query: '許可されたレジストリ 以外 拒否 締め出す', page: 'supply-chain-security/permitted-registries' },
	{ query: 'kubesec スコア マニフェスト 点数', page: 'supply-chain-security/static-analysis' },
	{ query: 'trivy CRITICAL だけ 絞り込み', page: 'supply-chain-security/image-scanning' },
	{ query: 'PSA restricted ラベル 貼り方', page: 'microservice-vulnerabilities/pod-security-admission' },
	{ query: 'コンテナ root 実行 させない runAsNonRoot 抜け道', page: 'microservice-vulnerabilities/security-context' },
	{ query: 'シークレット base64 デコード 中身 確認', page: 'microservice-vulnerabilities/secrets' },
	{ query: 'etcd 暗号化 aescbc 設定 やり方', page: 'microservice-vulnerabilities/encryption-at-rest' },
	{ query: 'gVisor runsc RuntimeClass 作り方', page: 'microservice-vulnerabilities/isolation' },
	{ query: 'Pod間通信 暗号化 mTLS Istio やり方', page: 'microservice-vulnerabilities/pod-to-pod-encryption' },
	{ query: 'ファルコ アラート ファイル 書き出し', page: 'runtime-security/falco' },
	{ query: 'システムコール 追跡', page: 'runtime-security/attack-investigation' },
	{ query: '怪しいプロセス 特定 crictl PID', page: 'runtime-security/attack-investigation' },
	{ query: '監査ポリシー Metadata レベル シークレット 書き方', page: 'runtime-security/audit-logs' },
	{ query: 'ルートファイルシステム 読み取り専用 コンテナ 改ざん防止', page: 'runtime-security/immutability' },
	// English pages
	{ query: 'networkpolicy block all traffic sample', page: 'cluster-setup/network-policy', lang: 'en' },
	{ query: 'namespaceSelector allow port 3306', page: 'cluster-setup/network-policy', lang: 'en' },
	{ query: 'kube-bench repair failed checks', page: 'cluster-setup/cis-benchmark', lang: 'en' },
	{ query: 'ingress https redirect letsencrypt', page: 'cluster-setup/ingress-tls', lang: 'en' },
	{ query: 'prevent pods reaching cloud metadata 169.254.169.254', page: 'cluster-setup/node-metadata', lang: 'en' },
	{ query: 'check kubectl binary integrity sha512sum', page: 'cluster-setup/verify-binaries', lang: 'en' },
	{ query: 'kubectl auth can-i tutorial', page: 'cluster-hardening/rbac', lang: 'en' },
	{ query: 'create user csr approve cheatsheet', page: 'cluster-hardening/rbac', lang: 'en' },
	{ query: 'prevent service account token mounting', page: 'cluster-hardening/service-accounts', lang: 'en' },
	{ query: 'turn off anonymous requests apiserver', page: 'cluster-hardening/api-access', lang: 'en' },
	{ query: 'kubeadm upgrade cordon worker node', page: 'cluster-hardening/upgrade', lang: 'en' },
	{ query: 'shrink attack surface unnecessary services', page: 'system-hardening/host-footprint', lang: 'en' },
	{ query: 'denylist kernel module modprobe', page: 'system-hardening/host-footprint', lang: 'en' },
	{ query: 'prohibit root ssh login', page: 'system-hardening/host-iam', lang: 'en' },
	{ query: 'ufw whitelist ssh port', page: 'system-hardening/firewall', lang: 'en' },
	{ query: 'confine container apparmor profile', page: 'system-hardening/apparmor', lang: 'en' },
	{ query: 'seccomp runtimedefault cluster-wide', page: 'system-hardening/seccomp', lang: 'en' },
	{ query: 'slim docker image distroless trick', page: 'supply-chain-security/base-image', lang: 'en' },
	{ query: 'bom generate spdx walkthrough', page: 'supply-chain-security/sbom', lang: 'en' },
	{ query: 'cosign sign verify image walkthrough', page: 'supply-chain-security/image-signing', lang: 'en' },
	{ query: 'block untrusted registries admission', page: 'supply-chain-security/permitted-registries', lang: 'en' },
	{ query: 'kubesec grade manifest', page: 'supply-chain-security/static-analysis', lang: 'en' },
	{ query: 'trivy filter highest severity', page: 'supply-chain-security/image-scanning', lang: 'en' },
	{ query: 'pod security admission forbid privileged pods gotcha', page: 'microservice-vulnerabilities/pod-security-admission', lang: 'en' },
	{ query: 'prevent privilege escalation nonroot securitycontext', page: 'microservice-vulnerabilities/security-context', lang: 'en' },
	{ query: 'reveal secret value base64', page: 'microservice-vulnerabilities/secrets', lang: 'en' },
	{ query: 'encryption at rest aescbc walkthrough', page: 'microservice-vulnerabilities/encryption-at-rest', lang: 'en' },
	{ query: 'gvisor stronger isolation runtimeclass', page: 'microservice-vulnerabilities/isolation', lang: 'en' },
	{ query: 'wireguard pod traffic sniff', page: 'microservice-vulnerabilities/pod-to-pod-encryption', lang: 'en' },
	{ query: 'falco custom rule terminal shell tutorial', page: 'runtime-security/falco', lang: 'en' },
	{ query: 'strace suspicious process kill', page: 'runtime-security/attack-investigation', lang: 'en' },
	{ query: 'track who deleted secret audit', page: 'runtime-security/audit-logs', lang: 'en' },
	{ query: 'tamper proof container readonly filesystem', page: 'runtime-security/immutability', lang: 'en' },
];

/** The same words typed another way: half-width katakana or full-width Latin (`width`, searched exactly as the usual form `as`), a final long vowel left out or added (`long-vowel`, both forms find the page). */
export interface VariantQuery extends SearchQuery {
	variant: 'width' | 'long-vowel';
	as: string;
}

export const variantQueries: VariantQuery[] = [
	{ query: 'ｼｰｸﾚｯﾄ ﾃﾞｺｰﾄﾞ', as: 'シークレット デコード', variant: 'width', page: 'microservice-vulnerabilities/secrets' },
	{ query: 'ＮｅｔｗｏｒｋＰｏｌｉｃｙ　デフォルト拒否', as: 'NetworkPolicy デフォルト拒否', variant: 'width', page: 'cluster-setup/network-policy' },
	{ query: 'ｓｕｄｏ 制限', as: 'sudo 制限', variant: 'width', page: 'system-hardening/host-iam' },
	{ query: 'ﾌｧﾙｺ ﾙｰﾙ', as: 'ファルコ ルール', variant: 'width', page: 'runtime-security/falco' },
	{ query: 'ｋｕｂｅ－ｂｅｎｃｈ', as: 'kube-bench', variant: 'width', page: 'cluster-setup/cis-benchmark' },
	{ query: 'APIサーバ 匿名', as: 'API サーバー 匿名', variant: 'long-vowel', page: 'cluster-hardening/api-access' },
	{ query: '一般ユーザ CSR', as: '一般ユーザー CSR', variant: 'long-vowel', page: 'cluster-hardening/rbac' },
	{ query: 'ネットワークポリシ', as: 'ネットワークポリシー', variant: 'long-vowel', page: 'cluster-setup/network-policy' },
	{ query: 'コントローラ アドミッション', as: 'コントローラー アドミッション', variant: 'long-vowel', page: 'cluster-hardening/api-access' },
	// The site writes ディレクトリ; a reader may add the long vowel.
	{ query: 'seccomp Localhost プロファイル ディレクトリー', as: 'seccomp Localhost プロファイル ディレクトリ', variant: 'long-vowel', page: 'system-hardening/seccomp' },
	{ query: 'ｔｒｉｖｙ ｉｍａｇｅ', as: 'trivy image', variant: 'width', page: 'supply-chain-security/image-scanning', lang: 'en' },
];

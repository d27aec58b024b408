/** Known commands and flags of the tools our pages use, each table written from the tool's reference. */
import { apparmorParser } from './apparmor_parser.ts';
import { bom } from './bom.ts';
import { cilium } from './cilium.ts';
import { ciliumDbg } from './cilium-dbg.ts';
import { cosign } from './cosign.ts';
import { crictl } from './crictl.ts';
import { etcdctl } from './etcdctl.ts';
import { falco } from './falco.ts';
import { helm } from './helm.ts';
import { iptables, iptablesSave } from './iptables.ts';
import { journalctl } from './journalctl.ts';
import { kubeBench } from './kube-bench.ts';
import { kubeLinter } from './kube-linter.ts';
import { kubeadm } from './kubeadm.ts';
import { kubectl } from './kubectl.ts';
import { kubesec } from './kubesec.ts';
import { nft } from './nft.ts';
import { openssl } from './openssl.ts';
import { ss } from './ss.ts';
import { strace } from './strace.ts';
import { systemctl } from './systemctl.ts';
import { trivy } from './trivy.ts';
import type { CommandSpec } from './types.ts';
import { ufw } from './ufw.ts';

export const commandTable: Readonly<Record<string, CommandSpec>> = {
	apparmor_parser: apparmorParser,
	bom,
	cilium,
	'cilium-dbg': ciliumDbg,
	cosign,
	crictl,
	etcdctl,
	falco,
	helm,
	ip6tables: iptables,
	iptables,
	'iptables-save': iptablesSave,
	journalctl,
	'kube-bench': kubeBench,
	'kube-linter': kubeLinter,
	kubeadm,
	kubectl,
	kubesec,
	nft,
	openssl,
	ss,
	strace,
	systemctl,
	trivy,
	ufw,
};

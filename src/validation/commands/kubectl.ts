/** kubectl v1.35 commands and flags, from kubernetes/website content/en/docs/reference/kubectl/generated/ (kubectl `--help` for the same tree). */
import type { CommandSpec } from './types.ts';

/** Flags of commands that print objects (`-o yaml`, `-o jsonpath=…`). */
const printFlags = ['--allow-missing-template-keys', '-o, --output=', '--show-managed-fields', '--template='];
/** Flags of commands that read objects from files. */
const fileFlags = ['-f, --filename=', '-k, --kustomize=', '-R, --recursive'];

const createConfigmap: CommandSpec = {
	flags: [
		...printFlags, '--append-hash', '--dry-run', '--field-manager=', '--from-env-file=', '--from-file=',
		'--from-literal=', '--save-config', '--validate',
	],
};

const createCronjob: CommandSpec = {
	passthroughAfterDoubleDash: true,
	flags: [
		...printFlags, '--dry-run', '--field-manager=', '--image=', '--restart=', '--save-config', '--schedule=',
		'--validate',
	],
};

const createDeployment: CommandSpec = {
	passthroughAfterDoubleDash: true,
	flags: [
		...printFlags, '--dry-run', '--field-manager=', '--image=', '--port=', '-r, --replicas=', '--save-config',
		'--validate',
	],
};

const createIngress: CommandSpec = {
	flags: [
		...printFlags, '--annotation=', '--class=', '--default-backend=', '--dry-run', '--field-manager=', '--rule=',
		'--save-config', '--validate',
	],
};

const createNamespace: CommandSpec = {
	flags: [...printFlags, '--dry-run', '--field-manager=', '--save-config', '--validate'],
};

const createPoddisruptionbudget: CommandSpec = {
	flags: [
		...printFlags, '--dry-run', '--field-manager=', '--max-unavailable=', '--min-available=', '--save-config',
		'--selector=', '--validate',
	],
};

const createPriorityclass: CommandSpec = {
	flags: [
		...printFlags, '--description=', '--dry-run', '--field-manager=', '--global-default', '--preemption-policy=',
		'--save-config', '--validate', '--value=',
	],
};

const createQuota: CommandSpec = {
	flags: [...printFlags, '--dry-run', '--field-manager=', '--hard=', '--save-config', '--scopes=', '--validate'],
};

const createService: CommandSpec = {
	requiresSub: true,
	sub: {
		clusterip: {
			flags: [...printFlags, '--clusterip=', '--dry-run', '--field-manager=', '--save-config', '--tcp=', '--validate'],
		},
		externalname: {
			flags: [...printFlags, '--dry-run', '--external-name=', '--field-manager=', '--save-config', '--tcp=', '--validate'],
		},
		loadbalancer: {
			flags: [...printFlags, '--dry-run', '--field-manager=', '--save-config', '--tcp=', '--validate'],
		},
		nodeport: {
			flags: [...printFlags, '--dry-run', '--field-manager=', '--node-port=', '--save-config', '--tcp=', '--validate'],
		},
	},
};

const createServiceaccount: CommandSpec = {
	flags: [...printFlags, '--dry-run', '--field-manager=', '--save-config', '--validate'],
};

const setServiceaccount: CommandSpec = {
	flags: [...printFlags, ...fileFlags, '--all', '--dry-run', '--field-manager=', '--local'],
};

const topNode: CommandSpec = {
	flags: ['--no-headers', '-l, --selector=', '--show-capacity', '--show-swap', '--sort-by=', '--use-protocol-buffers'],
};

const topPod: CommandSpec = {
	flags: [
		'-A, --all-namespaces', '--containers', '--field-selector=', '--no-headers', '-l, --selector=', '--show-swap',
		'--sort-by=', '--sum', '--use-protocol-buffers',
	],
};

const configUseContext: CommandSpec = {};

export const kubectl: CommandSpec = {
	source: 'kubernetes/website content/en/docs/reference/kubectl/generated/kubectl/_index.md, kubectl_<command>/_index.md',
	requiresSub: true,
	// `--dry-run`, `--cascade` and `--validate` take their value only as `--flag=value` (pflag NoOptDefVal), so they are listed without `=`.
	flags: [
		'--as=', '--as-group=', '--as-uid=', '--as-user-extra=', '--cache-dir=', '--certificate-authority=', '--client-certificate=',
		'--client-key=', '--cluster=', '--context=', '--disable-compression', '-h, --help', '--insecure-skip-tls-verify',
		'--kubeconfig=', '--kuberc=', '--log-flush-frequency=', '--match-server-version', '-n, --namespace=', '--password=',
		'--profile=', '--profile-output=', '--request-timeout=', '-s, --server=', '--tls-server-name=', '--token=', '--user=',
		'--username=', '-v, --v=', '--vmodule=', '--warnings-as-errors',
	],
	sub: {
		create: {
			flags: [
				...printFlags, ...fileFlags, '--dry-run', '--edit', '--field-manager=', '--raw=', '--save-config',
				'-l, --selector=', '--validate', '--windows-line-endings',
			],
			sub: {
				clusterrole: {
					flags: [
						...printFlags, '--aggregation-rule=', '--dry-run', '--field-manager=', '--non-resource-url=', '--resource=',
						'--resource-name=', '--save-config', '--validate', '--verb=',
					],
				},
				clusterrolebinding: {
					flags: [
						...printFlags, '--clusterrole=', '--dry-run', '--field-manager=', '--group=', '--save-config',
						'--serviceaccount=', '--user=', '--validate',
					],
				},
				configmap: createConfigmap,
				cm: createConfigmap,
				cronjob: createCronjob,
				cj: createCronjob,
				deployment: createDeployment,
				deploy: createDeployment,
				ingress: createIngress,
				ing: createIngress,
				job: {
					passthroughAfterDoubleDash: true,
					flags: [...printFlags, '--dry-run', '--field-manager=', '--from=', '--image=', '--save-config', '--validate'],
				},
				namespace: createNamespace,
				ns: createNamespace,
				poddisruptionbudget: createPoddisruptionbudget,
				pdb: createPoddisruptionbudget,
				priorityclass: createPriorityclass,
				pc: createPriorityclass,
				quota: createQuota,
				resourcequota: createQuota,
				role: {
					flags: [
						...printFlags, '--dry-run', '--field-manager=', '--resource=', '--resource-name=', '--save-config',
						'--validate', '--verb=',
					],
				},
				rolebinding: {
					flags: [
						...printFlags, '--clusterrole=', '--dry-run', '--field-manager=', '--group=', '--role=', '--save-config',
						'--serviceaccount=', '--user=', '--validate',
					],
				},
				secret: {
					requiresSub: true,
					sub: {
						'docker-registry': {
							flags: [
								...printFlags, '--append-hash', '--docker-email=', '--docker-password=', '--docker-server=',
								'--docker-username=', '--dry-run', '--field-manager=', '--from-file=', '--save-config', '--validate',
							],
						},
						generic: {
							flags: [
								...printFlags, '--append-hash', '--dry-run', '--field-manager=', '--from-env-file=', '--from-file=',
								'--from-literal=', '--save-config', '--type=', '--validate',
							],
						},
						tls: {
							flags: [
								...printFlags, '--append-hash', '--cert=', '--dry-run', '--field-manager=', '--key=', '--save-config',
								'--validate',
							],
						},
					},
				},
				service: createService,
				svc: createService,
				serviceaccount: createServiceaccount,
				sa: createServiceaccount,
				token: {
					flags: [
						...printFlags, '--audience=', '--bound-object-kind=', '--bound-object-name=', '--bound-object-uid=',
						'--duration=',
					],
				},
			},
		},
		expose: {
			flags: [
				...printFlags, ...fileFlags, '--cluster-ip=', '--dry-run', '--external-ip=', '--field-manager=',
				'-l, --labels=', '--load-balancer-ip=', '--name=', '--override-type=', '--overrides=', '--port=',
				'--protocol=', '--save-config', '--selector=', '--session-affinity=', '--target-port=', '--type=',
			],
		},
		run: {
			passthroughAfterDoubleDash: true,
			flags: [
				...printFlags, ...fileFlags, '--annotations=', '--attach', '--cascade', '--command', '--dry-run', '--env=',
				'--expose', '--field-manager=', '--force', '--grace-period=', '--image=', '--image-pull-policy=',
				'-l, --labels=', '--leave-stdin-open', '--override-type=', '--overrides=', '--pod-running-timeout=', '--port=',
				'--privileged', '-q, --quiet', '--restart=', '--rm', '--save-config', '-i, --stdin', '--timeout=', '-t, --tty',
				'--wait',
			],
		},
		set: {
			requiresSub: true,
			sub: {
				env: {
					flags: [
						...printFlags, ...fileFlags, '--all', '-c, --containers=', '--dry-run', '-e, --env=', '--field-manager=',
						'--from=', '--keys=', '--list', '--local', '--overwrite', '--prefix=', '--resolve', '-l, --selector=',
					],
				},
				image: {
					flags: [...printFlags, ...fileFlags, '--all', '--dry-run', '--field-manager=', '--local', '-l, --selector='],
				},
				resources: {
					flags: [
						...printFlags, ...fileFlags, '--all', '-c, --containers=', '--dry-run', '--field-manager=', '--limits=',
						'--local', '--requests=', '-l, --selector=',
					],
				},
				selector: {
					flags: [
						...printFlags, '--all', '--dry-run', '--field-manager=', '-f, --filename=', '--local', '-R, --recursive',
						'--resource-version=',
					],
				},
				serviceaccount: setServiceaccount,
				sa: setServiceaccount,
				subject: {
					flags: [
						...printFlags, ...fileFlags, '--all', '--dry-run', '--field-manager=', '--group=', '--local',
						'-l, --selector=', '--serviceaccount=', '--user=',
					],
				},
			},
		},
		explain: {
			flags: ['--api-version=', '-o, --output=', '--recursive'],
		},
		get: {
			flags: [
				...printFlags, ...fileFlags, '-A, --all-namespaces', '--chunk-size=', '--field-selector=',
				'--ignore-not-found', '-L, --label-columns=', '--no-headers', '--output-watch-events', '--raw=',
				'-l, --selector=', '--server-print', '--show-kind', '--show-labels', '--sort-by=', '--subresource=',
				'-w, --watch', '--watch-only',
			],
		},
		edit: {
			flags: [
				...printFlags, ...fileFlags, '--field-manager=', '--output-patch', '--save-config', '--subresource=',
				'--validate', '--windows-line-endings',
			],
		},
		delete: {
			flags: [
				...fileFlags, '--all', '-A, --all-namespaces', '--cascade', '--dry-run', '--field-selector=', '--force',
				'--grace-period=', '--ignore-not-found', '-i, --interactive', '--now', '-o, --output=', '--raw=',
				'-l, --selector=', '--timeout=', '--wait',
			],
		},
		rollout: {
			requiresSub: true,
			sub: {
				history: {
					flags: [...printFlags, ...fileFlags, '--revision=', '-l, --selector='],
				},
				pause: {
					flags: [...printFlags, ...fileFlags, '--field-manager=', '-l, --selector='],
				},
				restart: {
					flags: [...printFlags, ...fileFlags, '--field-manager=', '-l, --selector='],
				},
				resume: {
					flags: [...printFlags, ...fileFlags, '--field-manager=', '-l, --selector='],
				},
				status: {
					flags: [...fileFlags, '--revision=', '-l, --selector=', '--timeout=', '-w, --watch'],
				},
				undo: {
					flags: [...printFlags, ...fileFlags, '--dry-run', '-l, --selector=', '--to-revision='],
				},
			},
		},
		scale: {
			flags: [
				...printFlags, ...fileFlags, '--all', '--current-replicas=', '--dry-run', '--replicas=', '--resource-version=',
				'-l, --selector=', '--timeout=',
			],
		},
		autoscale: {
			flags: [
				...printFlags, ...fileFlags, '--cpu-percent=', '--dry-run', '--field-manager=', '--max=', '--min=', '--name=',
				'--save-config',
			],
		},
		certificate: {
			requiresSub: true,
			sub: {
				approve: {
					flags: [...printFlags, ...fileFlags, '--force'],
				},
				deny: {
					flags: [...printFlags, ...fileFlags, '--force'],
				},
			},
		},
		'cluster-info': {
			sub: {
				dump: {
					flags: [...printFlags, '-A, --all-namespaces', '--namespaces=', '--output-directory=', '--pod-running-timeout='],
				},
			},
		},
		top: {
			requiresSub: true,
			sub: {
				node: topNode,
				nodes: topNode,
				no: topNode,
				pod: topPod,
				pods: topPod,
				po: topPod,
			},
		},
		cordon: {
			flags: ['--dry-run', '-l, --selector='],
		},
		uncordon: {
			flags: ['--dry-run', '-l, --selector='],
		},
		drain: {
			flags: [
				'--chunk-size=', '--delete-emptydir-data', '--disable-eviction', '--dry-run', '--force', '--grace-period=',
				'--ignore-daemonsets', '--pod-selector=', '-l, --selector=', '--skip-wait-for-delete-timeout=', '--timeout=',
			],
		},
		taint: {
			flags: [...printFlags, '--all', '--dry-run', '--field-manager=', '--overwrite', '-l, --selector=', '--validate'],
		},
		describe: {
			flags: [...fileFlags, '-A, --all-namespaces', '--chunk-size=', '-l, --selector=', '--show-events'],
		},
		logs: {
			flags: [
				'--all-containers', '--all-pods', '-c, --container=', '-f, --follow', '--ignore-errors',
				'--insecure-skip-tls-verify-backend', '--limit-bytes=', '--max-log-requests=', '--pod-running-timeout=',
				'--prefix', '-p, --previous', '-l, --selector=', '--since=', '--since-time=', '--tail=', '--timestamps',
			],
		},
		attach: {
			flags: ['-c, --container=', '--pod-running-timeout=', '-q, --quiet', '-i, --stdin', '-t, --tty'],
		},
		exec: {
			passthroughAfterDoubleDash: true,
			flags: ['-c, --container=', '-f, --filename=', '--pod-running-timeout=', '-q, --quiet', '-i, --stdin', '-t, --tty'],
		},
		'port-forward': {
			flags: ['--address=', '--pod-running-timeout='],
		},
		proxy: {
			flags: [
				'--accept-hosts=', '--accept-paths=', '--address=', '--api-prefix=', '--append-server-path',
				'--disable-filter', '--keepalive=', '-p, --port=', '--reject-methods=', '--reject-paths=',
				'-u, --unix-socket=', '-w, --www=', '-P, --www-prefix=',
			],
		},
		cp: {
			flags: ['-c, --container=', '--no-preserve', '--retries='],
		},
		auth: {
			requiresSub: true,
			sub: {
				'can-i': {
					flags: ['-A, --all-namespaces', '--list', '--no-headers', '-q, --quiet', '--subresource='],
				},
				reconcile: {
					flags: [...printFlags, ...fileFlags, '--dry-run', '--remove-extra-permissions', '--remove-extra-subjects'],
				},
				whoami: {
					flags: [...printFlags],
				},
			},
		},
		debug: {
			passthroughAfterDoubleDash: true,
			flags: [
				'--arguments-only', '--attach', '-c, --container=', '--copy-to=', '--custom=', '--env=', '-f, --filename=',
				'--image=', '--image-pull-policy=', '--keep-annotations', '--keep-init-containers', '--keep-labels',
				'--keep-liveness', '--keep-readiness', '--keep-startup', '--profile=', '-q, --quiet', '--replace',
				'--same-node', '--set-image=', '--share-processes', '-i, --stdin', '--target=', '-t, --tty',
			],
		},
		events: {
			flags: [...printFlags, '-A, --all-namespaces', '--chunk-size=', '--for=', '--no-headers', '--types=', '-w, --watch'],
		},
		diff: {
			flags: [
				...fileFlags, '--concurrency=', '--field-manager=', '--force-conflicts', '--prune', '--prune-allowlist=',
				'-l, --selector=', '--server-side', '--show-managed-fields',
			],
		},
		apply: {
			flags: [
				...printFlags, ...fileFlags, '--all', '--cascade', '--dry-run', '--field-manager=', '--force',
				'--force-conflicts', '--grace-period=', '--openapi-patch', '--overwrite', '--prune', '--prune-allowlist=',
				'-l, --selector=', '--server-side', '--subresource=', '--timeout=', '--validate', '--wait',
			],
			sub: {
				'edit-last-applied': {
					flags: [...printFlags, ...fileFlags, '--field-manager=', '--validate', '--windows-line-endings'],
				},
				'set-last-applied': {
					flags: [...printFlags, '--create-annotation', '--dry-run', '-f, --filename='],
				},
				'view-last-applied': {
					flags: [...fileFlags, '--all', '-o, --output=', '-l, --selector='],
				},
			},
		},
		patch: {
			flags: [
				...printFlags, ...fileFlags, '--dry-run', '--field-manager=', '--local', '-p, --patch=', '--patch-file=',
				'--subresource=', '--type=',
			],
		},
		replace: {
			flags: [
				...printFlags, ...fileFlags, '--cascade', '--dry-run', '--field-manager=', '--force', '--grace-period=',
				'--raw=', '--save-config', '--subresource=', '--timeout=', '--validate', '--wait',
			],
		},
		wait: {
			flags: [
				...printFlags, '--all', '-A, --all-namespaces', '--field-selector=', '-f, --filename=', '--for=', '--local',
				'-R, --recursive', '-l, --selector=', '--timeout=',
			],
		},
		kustomize: {
			flags: [
				'--as-current-user', '--enable-alpha-plugins', '--enable-helm', '-e, --env=', '--helm-api-versions=',
				'--helm-command=', '--helm-debug', '--helm-kube-version=', '--load-restrictor=', '--mount=', '--network',
				'--network-name=', '-o, --output=',
			],
		},
		label: {
			flags: [
				...printFlags, ...fileFlags, '--all', '-A, --all-namespaces', '--dry-run', '--field-manager=',
				'--field-selector=', '--list', '--local', '--overwrite', '--resource-version=', '-l, --selector=',
			],
		},
		annotate: {
			flags: [
				...printFlags, ...fileFlags, '--all', '-A, --all-namespaces', '--dry-run', '--field-manager=',
				'--field-selector=', '--list', '--local', '--overwrite', '--resource-version=', '-l, --selector=',
			],
		},
		completion: {},
		'api-resources': {
			flags: [
				'--api-group=', '--cached', '--categories=', '--namespaced', '--no-headers', '-o, --output=', '--sort-by=',
				'--verbs=',
			],
		},
		'api-versions': {},
		config: {
			requiresSub: true,
			sub: {
				'current-context': {},
				'delete-cluster': {},
				'delete-context': {},
				'delete-user': {},
				'get-clusters': {},
				'get-contexts': {
					flags: ['--no-headers', '-o, --output='],
				},
				'get-users': {},
				'rename-context': {},
				set: {
					flags: ['--set-raw-bytes'],
				},
				'set-cluster': {
					flags: [
						'--certificate-authority=', '--embed-certs', '--insecure-skip-tls-verify', '--proxy-url=', '--server=',
						'--tls-server-name=',
					],
				},
				'set-context': {
					flags: ['--cluster=', '--current', '--namespace=', '--user='],
				},
				'set-credentials': {
					flags: [
						'--auth-provider=', '--auth-provider-arg=', '--client-certificate=', '--client-key=', '--embed-certs',
						'--exec-api-version=', '--exec-arg=', '--exec-command=', '--exec-env=', '--exec-interactive-mode=',
						'--exec-provide-cluster-info', '--password=', '--token=', '--username=',
					],
				},
				unset: {},
				'use-context': configUseContext,
				use: configUseContext,
				view: {
					flags: [...printFlags, '--flatten', '--merge', '--minify', '--raw'],
				},
			},
		},
		plugin: {
			requiresSub: true,
			sub: {
				list: {
					flags: ['--name-only'],
				},
			},
		},
		options: {},
		version: {
			flags: ['--client', '-o, --output='],
		},
	},

};

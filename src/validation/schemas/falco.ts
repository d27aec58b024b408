/** Falco rules files and falco.yaml, from falcosecurity/falco (rule_json_schema.h, rule_loader_reader.cpp, config_json_schema.h, configuration.cpp) and falcosecurity/falco-website rules docs. */
import { any, arr, bool, deprecated, dispatch, int, map, num, obj, oneOf, oneOfStrings, str, type Spec } from '../spec.ts';

// falco_common::parse_priority compares case-insensitively and also accepts "info" for Informational.
const priority = str({
	enum: ['EMERGENCY', 'ALERT', 'CRITICAL', 'ERROR', 'WARNING', 'NOTICE', 'INFORMATIONAL', 'INFO', 'DEBUG'],
	ignoreCase: true,
});

// rule_loader_reader.cpp warns "LOAD_DEPRECATED_ITEM" for `append`; overriding.md: removed in Falco 1.0.0.
const append = deprecated(bool(), 'use override: (Falco ≥ 0.36)');
const either = oneOfStrings('append', 'replace');
const replaceOnly = oneOfStrings('replace');

// exceptions.md: `fields`/`comps` are lists, or a single field with a single `in`/`pmatch`/`intersects` comparison.
const exception = obj(
	{ name: str(), fields: oneOf(str(), arr(str())), comps: oneOf(str(), arr(str())), values: arr(any()) },
	{ required: ['name'] },
);

const rule = obj(
	{
		rule: str(),
		desc: str(),
		condition: str(),
		output: str(),
		priority,
		tags: arr(str()),
		enabled: bool(),
		exceptions: arr(exception),
		source: str(),
		warn_evttypes: bool(),
		'skip-if-unknown-filter': bool(),
		capture: bool(),
		capture_duration: int(),
		append,
		// rule_loader_reader.cpp: overridable_append / overridable_replace for rules.
		override: obj({
			condition: either,
			output: either,
			desc: either,
			tags: either,
			exceptions: either,
			priority: replaceOnly,
			enabled: replaceOnly,
			warn_evttypes: replaceOnly,
			'skip-if-unknown-filter': replaceOnly,
		}),
	},
	{ required: ['rule'] },
);

const macro = obj({ macro: str(), condition: str(), append, override: obj({ condition: either }) }, { required: ['macro', 'condition'] });

// rule_json_schema.h Item: an integer or a string.
const list = obj({ list: str(), items: arr(oneOf(str(), int())), append, override: obj({ items: either }) }, { required: ['list', 'items'] });

const pluginVersion = obj(
	{ name: str(), version: str(), alternatives: arr(obj({ name: str(), version: str() }, { required: ['name', 'version'] })) },
	{ required: ['name', 'version'] },
);

/**
 * One item of a rules file (falcosecurity/falco userspace/engine/rule_json_schema.h, rule_loader_reader.cpp;
 * falcosecurity/falco-website content/en/docs/concepts/rules/basic-elements.md, overriding.md, exceptions.md).
 * The reader picks the item's kind by the first of these keys it finds, in this order.
 */
export const falcoRulesItem: Spec = dispatch({
	// yaml-cpp reads scalars untyped, so `required_engine_version: 10` works as well as "0.50.0".
	required_engine_version: obj({ required_engine_version: oneOf(str(), num()) }),
	required_plugin_versions: obj({ required_plugin_versions: arr(pluginVersion) }),
	list,
	macro,
	rule,
});

/** A Falco rules file: one YAML list of rules, macros, lists and version requirements (sources as on falcoRulesItem). */
export const falcoRules: Spec = arr(falcoRulesItem);

const enabled = obj({ enabled: bool() });
const able = obj({ rule: str(), tag: str() });

/**
 * falco.yaml (falcosecurity/falco userspace/falco/config_json_schema.h, commit 43aaffc4, and
 * userspace/falco/configuration.cpp for engine.kind, rule_matching and the deprecated rules_file key).
 */
export const falcoConfig: Spec = obj({
	append_output: arr(
		obj({
			match: obj({ source: str(), tags: arr(str()), rule: str() }),
			extra_output: str(),
			extra_fields: arr(oneOf(map(str()), str())),
			suggested_output: bool(),
		}),
	),
	static_fields: obj({}, { open: true }),
	config_files: arr(oneOf(str(), obj({ path: str(), strategy: oneOfStrings('append', 'override', 'add-only') }, { required: ['path'] }))),
	watch_config_files: bool(),
	plugins_hostinfo: bool(),
	rules_files: arr(str()),
	rules_file: deprecated(arr(str()), 'use rules_files (the plural form)'),
	rules: arr(obj({ disable: able, enable: able })),
	engine: obj(
		{
			kind: oneOfStrings('kmod', 'modern_ebpf', 'replay', 'nodriver'),
			kmod: obj({ buf_size_preset: int(), drop_failed_exit: bool() }),
			modern_ebpf: obj({ cpus_for_each_buffer: int(), buf_size_preset: int(), drop_failed_exit: bool() }),
			replay: obj({ capture_file: str() }, { required: ['capture_file'] }),
		},
		{ required: ['kind'] },
	),
	capture: obj({ enabled: bool(), path_prefix: str(), mode: oneOfStrings('rules', 'all_rules'), default_duration: int() }),
	load_plugins: arr(str()),
	plugins: arr(obj({ name: str(), library_path: str(), init_config: any(), open_params: str() }, { required: ['name', 'library_path'] })),
	time_format_iso_8601: bool(),
	buffer_format_base64: bool(),
	priority,
	json_output: bool(),
	json_include_output_property: bool(),
	json_include_message_property: bool(),
	json_include_output_fields_property: bool(),
	json_include_tags_property: bool(),
	buffered_outputs: bool(),
	rule_matching: oneOfStrings('first', 'all'),
	outputs_queue: obj({ capacity: int() }),
	stdout_output: enabled,
	syslog_output: enabled,
	file_output: obj({ enabled: bool(), keep_alive: bool(), filename: str() }),
	http_output: obj({
		enabled: bool(),
		url: str(),
		user_agent: str(),
		insecure: bool(),
		ca_cert: str(),
		ca_bundle: str(),
		ca_path: str(),
		mtls: bool(),
		client_cert: str(),
		client_key: str(),
		echo: bool(),
		compress_uploads: bool(),
		keep_alive: bool(),
		max_consecutive_timeouts: int(),
	}),
	program_output: obj({ enabled: bool(), keep_alive: bool(), program: str() }, { required: ['program'] }),
	webserver: obj({
		enabled: bool(),
		threadiness: int(),
		listen_port: int(),
		listen_address: str(),
		k8s_healthz_endpoint: str(),
		prometheus_metrics_enabled: bool(),
		ssl_enabled: bool(),
		ssl_certificate: str(),
	}),
	log_stderr: bool(),
	log_syslog: bool(),
	log_level: str(),
	libs_logger: obj({ enabled: bool(), severity: str() }),
	output_timeout: int(),
	syscall_event_timeouts: obj({ max_consecutives: int() }),
	syscall_event_drops: obj({ threshold: num(), actions: arr(str()), rate: num(), max_burst: int(), simulate_drops: bool() }),
	metrics: obj({
		enabled: bool(),
		interval: str(),
		output_rule: bool(),
		output_file: str(),
		rules_counters_enabled: bool(),
		resource_utilization_enabled: bool(),
		state_counters_enabled: bool(),
		kernel_event_counters_enabled: bool(),
		kernel_event_counters_per_cpu_enabled: bool(),
		libbpf_stats_enabled: bool(),
		plugins_metrics_enabled: bool(),
		convert_memory_to_mb: bool(),
		include_empty_values: bool(),
		jemalloc_stats_enabled: bool(),
	}),
	base_syscalls: obj({ all: bool(), custom_set: arr(str()), repair: bool() }),
	falco_libs: obj({
		thread_table_size: int(),
		thread_table_auto_purging_interval_s: int(),
		thread_table_auto_purging_thread_timeout_s: int(),
		snaplen: int(),
	}),
	container_engines: obj({
		docker: enabled,
		cri: obj({ enabled: bool(), sockets: arr(str()), disable_async: bool() }),
		podman: enabled,
		lxc: enabled,
		libvirt_lxc: enabled,
		bpm: enabled,
	}),
});

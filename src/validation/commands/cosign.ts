/** cosign commands and flags, from sigstore/cosign doc/cosign_*.md. */
import type { CommandSpec } from './types.ts';

/** Identity and chain flags of keyless verification. */
const certificateFlags = [
	'--ca-intermediates=', '--ca-roots=', '--certificate=', '--certificate-chain=', '--certificate-github-workflow-name=',
	'--certificate-github-workflow-ref=', '--certificate-github-workflow-repository=', '--certificate-github-workflow-sha=',
	'--certificate-github-workflow-trigger=', '--certificate-identity=', '--certificate-identity-regexp=',
	'--certificate-oidc-issuer=', '--certificate-oidc-issuer-regexp=',
];
/** Transparency-log and key flags shared by the verify commands. */
const verifyFlags = [
	...certificateFlags, '--experimental-oci11', '--insecure-ignore-sct', '--insecure-ignore-tlog', '--key=',
	'--max-workers=', '--private-infrastructure', '--rekor-url=', '--sct=', '--signature=', '--sk', '--slot=',
	'--trusted-root=', '--use-signed-timestamps',
];
/** Registry connection flags. */
const registryFlags = [
	'--allow-http-registry', '--allow-insecure-registry', '--k8s-keychain', '--registry-cacert=', '--registry-client-cert=',
	'--registry-client-key=', '--registry-password=', '--registry-server-name=', '--registry-token=', '--registry-username=',
];
/** Keyless signing flags (Fulcio, OIDC). */
const signingFlags = [
	'--bundle=', '--fulcio-url=', '--identity-token=', '--issue-certificate', '--key=', '--new-bundle-format',
	'--oidc-client-id=', '--oidc-issuer=', '--output-certificate=', '--output-signature=', '--rekor-url=', '--sk',
	'--slot=', '--timestamp-server-url=', '--tlog-upload', '--trusted-root=', '-y, --yes',
];

export const cosign: CommandSpec = {
	source: 'sigstore/cosign doc/cosign.md, cosign_verify.md, cosign_verify-blob.md, cosign_sign.md, cosign_sign-blob.md',
	requiresSub: true,
	flags: ['-h, --help', '--output-file=', '-t, --timeout=', '-d, --verbose'],
	sub: {
		'generate-key-pair': { flags: ['--kms=', '--output-key-prefix='] },
		sign: {
			flags: [
				...signingFlags, ...registryFlags, '-a, --annotations=', '--certificate=', '--certificate-chain=',
				'--output-payload=', '--payload=', '--record-creation-timestamp', '-r, --recursive', '--upload',
			],
		},
		'sign-blob': { flags: [...signingFlags, '--b64', '--rfc3161-timestamp='] },
		verify: {
			flags: [
				...verifyFlags, ...registryFlags, '-a, --annotations=', '--attachment-tag-prefix=', '--check-claims',
				'--local-image', '--new-bundle-format', '-o, --output=', '--payload=', '--signature-digest-algorithm=',
			],
		},
		'verify-blob': {
			flags: [...verifyFlags, '--bundle=', '--offline', '--rfc3161-timestamp=', '--timestamp-certificate-chain='],
		},
		'verify-attestation': { flags: [...verifyFlags, ...registryFlags, '--policy=', '--type=', '-o, --output='] },
		attest: { flags: [...signingFlags, ...registryFlags, '--predicate=', '--type='] },
		'public-key': { flags: ['--key=', '--outfile=', '--sk', '--slot='] },
		tree: { flags: [...registryFlags] },
		triangulate: { flags: [...registryFlags, '--type='] },
		login: { flags: ['-p, --password=', '--password-stdin', '-u, --username='] },
		version: { flags: ['--json'] },
		completion: {},
	},
};

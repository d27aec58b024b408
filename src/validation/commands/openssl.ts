/** openssl subcommands our pages use and their common options, from the OpenSSL 3 manuals openssl-req(1), openssl-x509(1), openssl-s_client(1), openssl-genrsa(1) and `openssl <command> -help`. */
import type { CommandSpec } from './types.ts';

/** Digests that `req`, `x509` and `genrsa` accept as `-<digest>` or `-<cipher>`. */
const digests = ['-sha256', '-sha384', '-sha512'];

// openssl options are single-dash words; only the subcommands our pages use are listed.
export const openssl: CommandSpec = {
	source: 'openssl doc/man1/openssl-req.pod.in, openssl-x509.pod.in, openssl-s_client.pod.in, openssl-genrsa.pod.in',
	requiresSub: true,
	sub: {
		genrsa: {
			flags: ['-help', '-out=', '-passout=', '-primes=', '-traditional', '-verbose', '-aes128', '-aes256', '-des3', '-F4', '-f4'],
		},
		req: {
			flags: [
				...digests, '-help', '-addext=', '-batch', '-CA=', '-CAkey=', '-config=', '-copy_extensions=', '-days=',
				'-extensions=', '-in=', '-inform=', '-key=', '-keyform=', '-keyout=', '-modulus', '-nameopt=', '-new', '-newkey=',
				'-nodes', '-noenc', '-noout', '-out=', '-outform=', '-passin=', '-passout=', '-pkeyopt=', '-pubkey',
				'-reqexts=', '-reqopt=', '-section=', '-set_serial=', '-sigopt=', '-subj=', '-subject', '-text', '-utf8',
				'-verbose', '-verify', '-x509',
			],
		},
		x509: {
			flags: [
				...digests, '-help', '-CA=', '-CAcreateserial', '-CAkey=', '-CAserial=', '-certopt=', '-checkend=',
				'-checkhost=', '-checkip=', '-copy_extensions=', '-dateopt=', '-dates', '-days=', '-email', '-enddate', '-ext=',
				'-extensions=', '-extfile=', '-fingerprint', '-hash', '-in=', '-inform=', '-issuer', '-key=', '-modulus',
				'-nameopt=', '-new', '-noout', '-ocsp_uri', '-out=', '-outform=', '-passin=', '-preserve_dates', '-pubkey',
				'-purpose', '-req', '-serial', '-set_serial=', '-signkey=', '-startdate', '-subj=', '-subject', '-text',
				'-x509toreq',
			],
		},
		s_client: {
			flags: [
				'-help', '-alpn=', '-brief', '-CAfile=', '-CApath=', '-cert=', '-cipher=', '-ciphersuites=', '-connect=',
				'-crlf', '-debug', '-host=', '-ign_eof', '-key=', '-keylogfile=', '-max_protocol=', '-min_protocol=', '-msg',
				'-no_ssl3', '-no_tls1', '-no_tls1_1', '-no_tls1_2', '-no_tls1_3', '-noservername', '-port=', '-prexit',
				'-proxy=', '-quiet', '-reconnect', '-servername=', '-sess_in=', '-sess_out=', '-showcerts', '-starttls=',
				'-state', '-status', '-timeout', '-tls1', '-tls1_1', '-tls1_2', '-tls1_3', '-tlsextdebug', '-trace',
				'-verify=', '-verify_hostname=', '-verify_ip=', '-verify_return_error',
			],
		},
		version: { flags: ['-a', '-b', '-c', '-d', '-e', '-f', '-m', '-o', '-p', '-r', '-v'] },
	},
};

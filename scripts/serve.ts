/** Serves the built site (dist/) over HTTP on localhost, as a static host would (gzip included): for `npm start`, offline copies, the end-to-end tests and Lighthouse. */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		port: { type: 'string', default: '4321' },
		host: { type: 'string', default: 'localhost' },
		base: { type: 'string', default: '/' },
	},
});
const root = resolve(values.dir);

/** Headers from the build's `_headers` file (the `/*` rule, as Netlify and Cloudflare Pages read it). */
const siteHeaders: [string, string][] = existsSync(join(root, '_headers'))
	? readFileSync(join(root, '_headers'), 'utf8')
			.split('\n')
			.filter((line) => /^\s+[\w-]+:/.test(line))
			.map((line) => {
				const [name, ...value] = line.trim().split(':');
				return [name!, value.join(':').trim()];
			})
	: [];
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Types a static host compresses; images, fonts and WebAssembly go as they are (Pagefind's index files are compressed already). */
const compressible = /^(text\/|application\/(json|manifest\+json|xml|javascript))|^image\/svg\+xml/;

/** Whether the request accepts gzip (`Accept-Encoding: gzip, br;q=0.5`; `gzip;q=0` refuses it). */
function acceptsGzip(header: string | string[] | undefined): boolean {
	const codings = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((c) => c.trim().toLowerCase());
	for (const coding of codings) {
		const [name, ...params] = coding.split(';').map((p) => p.trim());
		if (name !== 'gzip' && name !== '*') continue;
		const q = params.find((p) => p.startsWith('q='));
		return !q || Number(q.slice(2)) > 0;
	}
	return false;
}

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.woff2': 'font/woff2',
};

/** The file a request path maps to, or undefined when there is none. */
async function fileFor(pathname: string): Promise<string | undefined> {
	const relative = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [join(root, relative), join(root, relative, 'index.html')]) {
		if (!candidate.startsWith(root)) return undefined;
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return candidate;
	}
	return undefined;
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	for (const [name, value] of siteHeaders) res.setHeader(name, value);
	if (url.pathname === base.slice(0, -1)) {
		res.writeHead(301, { Location: base }).end();
		return;
	}
	const inside = url.pathname.startsWith(base) ? url.pathname.slice(base.length - 1) : undefined;
	let file = inside === undefined ? undefined : await fileFor(inside);
	if (file && !extname(url.pathname) && !url.pathname.endsWith('/') && file.endsWith('index.html')) {
		res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	let status = 200;
	if (!file) {
		status = 404;
		file = (inside?.startsWith('/en/') && (await fileFor('/en/404.html'))) || (await fileFor('/404.html'));
	}
	if (!file) {
		res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
		return;
	}
	const type = types[extname(file)] ?? 'application/octet-stream';
	const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': type.startsWith('text/html') || file.endsWith('sw.js') ? 'no-cache' : 'public, max-age=3600' };
	if (!compressible.test(type)) {
		res.writeHead(status, headers);
		createReadStream(file).pipe(res);
		return;
	}
	// A cache must keep the compressed and the plain answer apart.
	headers.Vary = 'Accept-Encoding';
	if (!acceptsGzip(req.headers['accept-encoding'])) {
		res.writeHead(status, headers);
		createReadStream(file).pipe(res);
		return;
	}
	res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip' });
	createReadStream(file).pipe(createGzip()).pipe(res);
});

server.listen(Number(values.port), values.host, () => {
	console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});

// @ts-check
/// <reference lib="webworker" />
/**
 * The site's service worker. It keeps one cache per build: the site shell at install, then the pages and search index
 * of each language the reader opens. A new build installs beside the old one with the same languages, copying what did
 * not change, and takes over only when the reader accepts it, so pages of two builds never mix. The build writes the
 * manifest into this file (see service-worker.ts).
 */

/** @type {{ version: string, base: string, groups: Record<string, Record<string, string>>, notFound: Record<string, string> }} */
const manifest = JSON.parse('__CKS_MANIFEST__');
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const prefix = 'cks-offline-';
const cacheName = `${prefix}${manifest.version}`;
/** Where a cache records the revisions and languages it holds. */
const recordPath = '__cks-offline-record.json';

/** @type {Map<string, { group: string, revision: string }>} */
const files = new Map();
for (const [group, entries] of Object.entries(manifest.groups)) {
	for (const [path, revision] of Object.entries(entries)) files.set(path, { group, revision });
}

/** @param {string} path */
const urlOf = (path) => new URL(manifest.base + path, sw.location.origin).href;

/** The site path a URL stands for: directories are their index.html, query strings (Pagefind's ?ts=) do not matter. */
function pathOf(/** @type {URL} */ url) {
	let path = decodeURIComponent(url.pathname.slice(manifest.base.length));
	if (path === '' || path.endsWith('/')) path += 'index.html';
	return path;
}

/** @typedef {{ revisions: Record<string, string>, languages: string[] }} CacheRecord */

/** @returns {Promise<CacheRecord>} */
async function readRecord(/** @type {Cache} */ cache) {
	const response = await cache.match(urlOf(recordPath));
	return response ? response.json() : { revisions: {}, languages: [] };
}

async function writeRecord(/** @type {Cache} */ cache, /** @type {CacheRecord} */ record) {
	await cache.put(urlOf(recordPath), new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
}

/** The newest other build's cache, whose unchanged files a new build copies instead of downloading them again. */
async function previousCache() {
	const names = (await caches.keys()).filter((n) => n.startsWith(prefix) && n !== cacheName);
	return names.length ? caches.open(names[names.length - 1]) : undefined;
}

/** Puts the groups' files into this build's cache: copied from the previous build where unchanged, else downloaded. */
async function cacheGroups(/** @type {string[]} */ groups) {
	const cache = await caches.open(cacheName);
	const record = await readRecord(cache);
	const previous = await previousCache();
	const old = previous ? await readRecord(previous) : { revisions: {}, languages: [] };
	const wanted = [...files].filter(([path, file]) => groups.includes(file.group) && record.revisions[path] !== file.revision);
	await Promise.all(
		wanted.map(async ([path, file]) => {
			const url = urlOf(path);
			let response = old.revisions[path] === file.revision && previous ? await previous.match(url) : undefined;
			if (!response) {
				response = await fetch(url, { cache: 'no-cache' });
				if (!response.ok) throw new Error(`${path}: ${response.status}`);
			}
			await cache.put(url, response);
			record.revisions[path] = file.revision;
		}),
	);
	record.languages = [...new Set([...record.languages, ...groups.filter((g) => g !== 'shell')])];
	await writeRecord(cache, record);
	return record;
}

/** Requests to keep groups run one after the other: each reads and rewrites the cache's record, so two at once (a page's language and the checker) would lose one's entries. */
let queue = Promise.resolve();
function keepGroups(/** @type {string[]} */ groups) {
	const run = queue.then(() => cacheGroups(groups));
	queue = run.then(
		() => undefined,
		() => undefined,
	);
	return run;
}

sw.addEventListener('install', (event) => {
	// The languages the reader used with the previous build come along, so the site stays whole offline after the update.
	event.waitUntil(
		previousCache()
			.then((previous) => (previous ? readRecord(previous) : undefined))
			.then((old) => keepGroups(['shell', ...(old?.languages ?? []).filter((l) => l in manifest.groups)])),
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			// Earlier builds' caches, and those of the Workbox worker this one replaced.
			.then((names) => Promise.all(names.filter((n) => (n.startsWith(prefix) && n !== cacheName) || n.startsWith('workbox-precache')).map((n) => caches.delete(n))))
			.then(() => sw.clients.claim()),
	);
});

sw.addEventListener('message', (event) => {
	const data = event.data;
	if (data?.type === 'SKIP_WAITING') {
		event.waitUntil(sw.skipWaiting());
	} else if (data?.type === 'CACHE_LANGUAGE' && typeof data.lang === 'string' && data.lang in manifest.groups) {
		const port = event.ports[0];
		event.waitUntil(
			keepGroups(['shell', data.lang]).then(
				() => port?.postMessage({ cached: data.lang }),
				(error) => port?.postMessage({ error: String(error) }),
			),
		);
	}
});

/** The language a path belongs to, for its 404 page. */
function languageOf(/** @type {string} */ path) {
	return Object.keys(manifest.notFound).find((lang) => lang !== 'ja' && path.startsWith(`${lang}/`)) ?? 'ja';
}

/** A page that is not part of the site: the server's answer online; offline, the 404 page with its real status. */
async function notInSite(/** @type {Request} */ request, /** @type {string} */ path) {
	try {
		return await fetch(request);
	} catch (error) {
		const page = await caches.match(urlOf(manifest.notFound[languageOf(path)]), { cacheName });
		if (!page) throw error;
		return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || !url.pathname.startsWith(manifest.base)) return;
	const path = pathOf(url);
	if (!files.has(path)) {
		if (request.mode === 'navigate') event.respondWith(notInSite(request, path));
		return;
	}
	event.respondWith(caches.match(urlOf(path), { cacheName }).then((cached) => cached ?? fetch(request)));
});

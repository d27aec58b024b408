/** Generates the service worker that precaches the whole built site, both languages and the search index, with Workbox. */
import { generateSW } from 'workbox-build';

/** Largest precache we accept for the whole site (both languages, search index included). */
export const precacheBudgetBytes = 10 * 1024 * 1024;

/** The files of the built site the service worker precaches. */
export const precachePatterns = ['**/*.{html,js,css,svg,png,ico,webmanifest,json,wasm,pagefind,pf_meta,pf_index,pf_fragment}'];
// Starlight bundles its own search UI; Pagefind's optional UIs and highlighter are never loaded.
export const precacheIgnores = ['sw.js', '_headers', 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js'];

/** Bytes as megabytes (MiB), as the build log and the benchmark report them. */
export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export interface PrecacheReport {
	count: number;
	size: number;
}

/** Writes `sw.js` into the built site at `dir`, served from `base`. */
export async function generateServiceWorker(dir: string, base: string): Promise<PrecacheReport> {
	const { count, size, warnings } = await generateSW({
		globDirectory: dir,
		swDest: `${dir}/sw.js`,
		globPatterns: precachePatterns,
		globIgnores: precacheIgnores,
		// Pagefind asks for its metadata with ?ts=<time> to bust HTTP caches; the precached copy is the right one.
		ignoreURLParametersMatching: [/^ts$/, /^utm_/],
		directoryIndex: 'index.html',
		navigateFallback: `${base}404.html`,
		// A new version waits until the reader accepts it (or the next visit), so pages never mix two builds.
		skipWaiting: false,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
		maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
	});
	if (warnings.length) throw new Error(`Workbox: ${warnings.join('; ')}`);
	return { count, size };
}

/** Writes the service worker with the manifest of the built site: the shell, then each language's pages and search index as a group of its own, and the manifest checker's code, kept once the reader opens a checker. */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Largest first visit we accept with the offline copy: the shell and one language, gzipped as a server sends them. */
export const firstVisitBudgetBytes = 1.5 * 1024 * 1024;

/** Languages of the site with their folder; the default language lives at the root. */
const languages = { ja: '', en: 'en/' } as const;
type Group = 'shell' | 'checker' | keyof typeof languages;

/** The manifest checker's editor (checker-ui) and its worker with the validators (_astro/checker/): loaded on intent, so kept offline on intent. */
const checkerFiles = /^_astro\/(checker\/|checker-ui\.)/;

/**
 * Files that are not part of the offline copy: the worker itself, host configuration, Pagefind's own UIs, which the site
 * does not load, and the app icons (PNG, 27 KB gzipped of the first visit): the browser and the system fetch those when
 * the site is installed, online; a page shows the SVG favicon, which is kept.
 */
const ignored = [/^sw\.js$/, /^_headers$/, /^pagefind\/pagefind-(component-|modular-)?ui\./, /^pagefind\/pagefind-highlight\.js$/, /^icons\/[^/]+\.png$/];
const cached = /\.(html|js|css|svg|png|ico|webmanifest|json|wasm|pagefind|pf_meta|pf_index|pf_fragment)$/;

/** Which group a file of the built site belongs to: a language's pages and search files, or the shell everything shares. */
export function groupOf(path: string): Group {
	if (path.endsWith('.html')) return path.startsWith(languages.en) ? 'en' : 'ja';
	const search = /^pagefind\/(?:index\/|fragment\/|pagefind\.)?([a-z]+)_[0-9a-f]+\.pf_(?:index|fragment|meta)$/.exec(path);
	if (search) return search[1] as Group;
	// Pagefind names the WebAssembly of a language without a stemmer "unknown"; Japanese is that language here.
	if (/^pagefind\/wasm\.(unknown|ja)\.pagefind$/.test(path)) return 'ja';
	if (/^pagefind\/wasm\.en\.pagefind$/.test(path)) return 'en';
	if (checkerFiles.test(path)) return 'checker';
	return 'shell';
}

export interface GroupReport {
	files: number;
	bytes: number;
	gzipBytes: number;
}

export interface PrecacheReport {
	groups: Record<Group, GroupReport>;
	/** The shell and the heavier language, gzipped: what a first visit downloads for the offline copy (the checker comes only when opened). */
	firstVisitGzipBytes: number;
}

/** Bytes as megabytes (MiB), as the build log and the benchmark report them. */
export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** Writes `sw.js` into the built site at `dir`, served from `base`, and reports what each group weighs. */
export async function generateServiceWorker(dir: string, base: string): Promise<PrecacheReport> {
	const paths = (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(dir.length).replace(/^\/+/, ''))
		.filter((p) => cached.test(p) && !ignored.some((r) => r.test(p)))
		.sort();
	const groups = { shell: {}, checker: {}, ja: {}, en: {} } as Record<Group, Record<string, string>>;
	const report = Object.fromEntries(Object.keys(groups).map((g) => [g, { files: 0, bytes: 0, gzipBytes: 0 }])) as Record<Group, GroupReport>;
	for (const path of paths) {
		const content = await readFile(join(dir, path));
		const group = groupOf(path);
		groups[group][path] = createHash('sha256').update(content).digest('hex').slice(0, 16);
		report[group].files++;
		report[group].bytes += content.length;
		report[group].gzipBytes += gzipSync(content).length;
	}
	const version = createHash('sha256').update(JSON.stringify(groups)).digest('hex').slice(0, 16);
	const manifest = { version, base, groups, notFound: { ja: '404.html', en: 'en/404/index.html' } };
	const template = await readFile(new URL('./sw.js', import.meta.url), 'utf8');
	await writeFile(join(dir, 'sw.js'), template.replace("'__CKS_MANIFEST__'", JSON.stringify(JSON.stringify(manifest))));
	return { groups: report, firstVisitGzipBytes: report.shell.gzipBytes + Math.max(report.ja.gzipBytes, report.en.gzipBytes) };
}

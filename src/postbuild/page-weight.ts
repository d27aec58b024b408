/** What a built page costs a reader without the service worker: its HTML and every CSS and JS file it loads at startup, gzipped as a server sends them. */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ResourceKind = 'html' | 'css' | 'js';

export interface Resource {
	/** Path inside the built site, e.g. `_astro/ec.c7uui.css`. */
	path: string;
	kind: ResourceKind;
	bytes: number;
	gzipBytes: number;
}

export interface PageWeight {
	page: string;
	resources: Resource[];
	gzipBytes: number;
	byKind: Record<ResourceKind, number>;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** The stylesheets and scripts a page's HTML asks for at startup (a print stylesheet too: browsers fetch it, at a low priority). */
export function startupReferences(html: string): { css: string[]; js: string[] } {
	const css: string[] = [];
	const js: string[] = [];
	for (const [tag] of html.matchAll(/<link\s[^>]*>/gi)) {
		const rel = attr(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		const href = attr(tag, 'href');
		if (!href) continue;
		if (rel.includes('stylesheet')) css.push(href);
		else if (rel.includes('modulepreload')) js.push(href);
	}
	for (const [tag] of html.matchAll(/<script\s[^>]*>/gi)) {
		const src = attr(tag, 'src');
		if (src) js.push(src);
	}
	return { css: [...new Set(css)], js: [...new Set(js)] };
}

/** The modules a bundled script imports statically (what the browser fetches before running it); dynamic `import()` is left out: it loads on intent. */
export function staticImports(code: string): string[] {
	const found = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
	return [...new Set(found)];
}

/** The file in the built site `dir` that a URL of `page` (a path inside the site) refers to, or undefined if it is outside the site. */
function resolveUrl(url: string, from: string, base: string): string | undefined {
	if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
	const path = url.split(/[?#]/)[0]!;
	if (path.startsWith('/')) return path.startsWith(base) ? path.slice(base.length) : undefined;
	return posix.normalize(posix.join(posix.dirname(from), path));
}

/** The weight of the page at `page` (e.g. `cluster-setup/rbac/index.html`) in the built site at `dir`, served from `base`. */
export function pageWeight(dir: string, page: string, base = '/', cache = new Map<string, Resource>()): PageWeight {
	const read = (path: string, kind: ResourceKind): Resource => {
		let r = cache.get(path);
		if (!r) {
			const content = readFileSync(join(dir, path));
			r = { path, kind, bytes: content.length, gzipBytes: gzipSync(content).length };
			cache.set(path, r);
		}
		return r;
	};
	const html = readFileSync(join(dir, page), 'utf8');
	const resources = new Map<string, Resource>([[page, read(page, 'html')]]);
	const refs = startupReferences(html);
	for (const href of refs.css) {
		const path = resolveUrl(href, page, base);
		if (path && !resources.has(path)) resources.set(path, read(path, 'css'));
	}
	const queue = refs.js.map((src) => resolveUrl(src, page, base)).filter((p): p is string => p !== undefined);
	while (queue.length) {
		const path = queue.shift()!;
		if (resources.has(path)) continue;
		resources.set(path, read(path, 'js'));
		for (const spec of staticImports(readFileSync(join(dir, path), 'utf8'))) {
			const next = resolveUrl(spec, path, base);
			if (next && !resources.has(next)) queue.push(next);
		}
	}
	const list = [...resources.values()];
	const byKind = { html: 0, css: 0, js: 0 };
	for (const r of list) byKind[r.kind] += r.gzipBytes;
	return { page, resources: list, gzipBytes: byKind.html + byKind.css + byKind.js, byKind };
}

/** Kilobytes (KiB) with one decimal, as the benchmark reports page weights. */
export function kilobytes(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

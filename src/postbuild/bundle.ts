/**
 * One stylesheet and one script for what most pages load at startup, instead of a file per component.
 *
 * Astro writes each component's `<script>` and styles to a file of its own, so a topic page loaded 6 stylesheets (one
 * for print) and 13 scripts, each compressed alone. Here the files that most pages load (`minShare` of them) are joined, in the order the
 * pages load them, into `_astro/site.<hash>.css` and `_astro/site.<hash>.js`; a page that loaded any of them loads the
 * joined file in place of the first one. The scripts are bundled by Rolldown (Vite's bundler, already in Astro's tree)
 * so that each module is evaluated once: a module that something outside the bundle also imports, or that loads on
 * intent through `import()`, stays a file of its own, which the bundle imports. Component styles that few of the pages
 * can use leave the joined stylesheet for one of their own (src/postbuild/scoped-css.ts).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix, relative } from 'node:path';
import { rolldown } from 'rolldown';
import { staticImports } from './page-weight.ts';
import { splitScoped } from './scoped-css.ts';

const tagAttr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** The stylesheets of a page, as tags, paths inside the site and media (a print stylesheet joins inside `@media print`). */
export function pageStylesheets(html: string, base: string): { tag: string; path: string; media?: string }[] {
	return [...html.matchAll(/<link\s[^>]*>/gi)]
		.map(([tag]) => ({ tag, rel: tagAttr(tag, 'rel')?.toLowerCase(), href: tagAttr(tag, 'href'), media: tagAttr(tag, 'media') }))
		.filter((l) => l.rel === 'stylesheet' && l.href?.startsWith(`${base}_astro/`))
		.map((l) => ({ tag: l.tag, path: l.href!.slice(base.length), ...(l.media && l.media !== 'all' ? { media: l.media } : {}) }));
}

/** The module scripts of a page, as tags and paths inside the site. */
export function pageScripts(html: string, base: string): { tag: string; path: string }[] {
	return [...html.matchAll(/<script\s[^>]*>\s*<\/script>/gi)]
		.map(([tag]) => ({ tag, type: tagAttr(tag, 'type'), src: tagAttr(tag, 'src') }))
		.filter((s) => s.type === 'module' && s.src?.startsWith(`${base}_astro/`))
		.map((s) => ({ tag: s.tag, path: s.src!.slice(base.length) }));
}

/** The files that at least `minShare` of the pages load, in the order the pages load them. */
export function sharedFiles(lists: string[][], minShare: number): string[] {
	const count = new Map<string, number>();
	for (const list of lists) for (const f of new Set(list)) count.set(f, (count.get(f) ?? 0) + 1);
	const shared = new Set([...count].filter(([, n]) => n >= minShare * lists.length).map(([f]) => f));
	// A page's order is kept; files that no single page loads together are placed after the ones before them on any page.
	const order: string[] = [];
	for (const list of [...lists].sort((a, b) => b.length - a.length)) {
		let at = 0;
		for (const f of list.filter((f) => shared.has(f))) {
			const i = order.indexOf(f);
			if (i === -1) order.splice(at++, 0, f);
			else at = Math.max(at, i + 1);
		}
	}
	return order;
}

/** The page with the tags of `members` replaced by one tag for the joined file, where the first of them was. */
export function withJoinedTag(html: string, tags: { tag: string; path: string }[], members: Set<string>, joinedTag: string): string {
	let placed = false;
	for (const { tag, path } of tags) {
		if (!members.has(path)) continue;
		html = html.replace(tag, placed ? '' : joinedTag);
		placed = true;
	}
	return html;
}

const hashOf = (content: string) => createHash('sha256').update(content).digest('base64url').slice(0, 8);

type Graph = Map<string, { imports: string[]; dynamic: string[]; exports?: string[] }>;

/** Every JavaScript module of the site with the modules it imports, statically and through `import()`. */
async function moduleGraph(root: string): Promise<Graph> {
	const graph: Graph = new Map();
	const files = (await readdir(join(root, '_astro'))).filter((f) => f.endsWith('.js')).map((f) => `_astro/${f}`);
	for (const file of files) {
		const code = await readFile(join(root, file), 'utf8');
		const resolve = (spec: string) => (spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), spec)) : undefined);
		const imports = staticImports(code).map(resolve).filter((p): p is string => !!p);
		const dynamic = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => resolve(m[1]!)).filter((p): p is string => !!p);
		graph.set(file, { imports, dynamic, exports: exportNames(code) });
	}
	return graph;
}

/** A module's exports as Vite writes them (one `export{a as t,b as n}` at the end), as public names; undefined for any other form. */
export function exportNames(code: string): string[] | undefined {
	const statements = [...code.matchAll(/(?:^|[;}\s])export\s*(\{[^}]*\}|default\b|const\b|let\b|var\b|function\b|class\b|async\b|\*)/g)];
	if (!statements.length) return [];
	if (statements.length > 1 || !statements[0]![1]!.startsWith('{') || /\bexport\s*\{[^}]*\}\s*from\b/.test(code)) return undefined;
	return statements[0]![1]!
		.slice(1, -1)
		.split(',')
		.map((spec) => spec.trim().split(/\s+as\s+/).at(-1)!)
		.filter(Boolean);
}


/**
 * Which of the shared scripts can join the bundle, what the bundle takes in, and what stays a file of its own: a module
 * stays apart where a copy in the bundle would be a second instance of it, because something outside the bundle imports
 * it, a page loads it by itself, or it loads on intent (`import()`). A shared script that something outside imports
 * (Vite puts helpers that a script's lazy chunks use into the script) joins all the same, and its file is left as a
 * stub that re-exports its exports from the bundle, so the lazy chunks find the one instance; one whose exports cannot
 * be read stays apart, on its pages. When every page loads the bundle (`everyPage`), a module the bundle takes in that
 * other pages' scripts import (a chunk Vite shares between them) joins the same way.
 */
export function bundlePlan(graph: Graph, shared: string[], pageScripts: Set<string>, everyPage = false) {
	let members = [...shared];
	for (;;) {
		const inside = new Set<string>();
		const queue = [...members];
		while (queue.length) {
			const file = queue.shift()!;
			if (inside.has(file)) continue;
			inside.add(file);
			queue.push(...(graph.get(file)?.imports ?? []));
		}
		const apart = new Set<string>();
		const lazy = new Set<string>();
		for (const [file, { imports, dynamic }] of graph) {
			for (const d of dynamic) lazy.add(d);
			if (!inside.has(file)) for (const i of imports) apart.add(i);
		}
		for (const p of pageScripts) if (!members.includes(p)) lazy.add(p);
		// A stub loads the bundle: fine for a member (its importers run where the member runs), and for any module when
		// every page loads the bundle anyway (then Vite's shared chunks that other pages' scripts import join as well).
		const stubbed = [...inside].filter((m) => apart.has(m) && !lazy.has(m) && (everyPage || members.includes(m)) && graph.get(m)?.exports !== undefined);
		for (const m of lazy) apart.add(m);
		for (const m of stubbed) apart.delete(m);
		const kept = members.filter((m) => !apart.has(m));
		if (kept.length === members.length) return { members, stubbed, inlined: [...inside].filter((f) => !apart.has(f)), apart };
		members = kept;
	}
}

/** Bundles the shared scripts that can be bundled into one module; returns its path inside the site, its members, the members left as stubs and the modules it took in. */
async function bundleScripts(root: string, shared: string[], pageScriptLists: string[][]): Promise<{ path: string; members: string[]; stubbed: string[]; inlined: string[] } | undefined> {
	const graph = await moduleGraph(root);
	const pageScriptPaths = new Set(pageScriptLists.flat());
	const onEveryPage = (members: string[]) => pageScriptLists.every((l) => !l.length || l.some((p) => members.includes(p)));
	let plan = bundlePlan(graph, shared, pageScriptPaths, onEveryPage(shared));
	if (!onEveryPage(plan.members)) plan = bundlePlan(graph, shared, pageScriptPaths, false);
	const { members, stubbed, inlined, apart } = plan;
	if (members.length < 2) return undefined;
	// The bundle exports a stubbed member's exports under names of its own (`__cks0_t`), which the stub maps back.
	const exported = new Map(stubbed.map((m, i) => [m, graph.get(m)!.exports!.map((name) => [name, `__cks${i}_${name}`] as const)]));
	const entry = '\0cks-site-bundle';
	const build = await rolldown({
		input: entry,
		logLevel: 'silent',
		plugins: [
			{
				name: 'cks-site-bundle',
				resolveId(source, importer) {
					if (source === entry) return entry;
					const from = importer === entry || !importer ? join(root, '_astro/x') : importer;
					const file = join(dirname(from), source);
					const path = relative(root, file).split('\\').join('/');
					return apart.has(path) ? { id: `./${basename(file)}`, external: true } : file;
				},
				load(id) {
					if (id !== entry) return undefined;
					const reexport = (m: string, names: readonly (readonly [string, string])[]) => `export { ${names.map(([n, own]) => `${n} as ${own}`).join(', ')} } from './${basename(m)}';`;
					// Members in page order; the exports of stubbed modules that are not members after them, which they were
					// already evaluated for, so the order of evaluation stays the pages' order.
					return [
						...members.map((m) => (exported.get(m)?.length ? reexport(m, exported.get(m)!) : `import './${basename(m)}';`)),
						...[...exported].filter(([m, names]) => !members.includes(m) && names.length).map(([m, names]) => reexport(m, names)),
					].join('\n');
				},
			},
		],
	});
	const { output } = await build.generate({ format: 'es', minify: true, codeSplitting: false });
	await build.close();
	const [chunk, ...rest] = output;
	if (rest.length || chunk.type !== 'chunk') throw new Error('the site bundle came out as more than one file');
	const path = `_astro/site.${hashOf(chunk.code)}.js`;
	await writeFile(join(root, path), chunk.code);
	for (const [member, names] of exported) {
		const stub = names.length ? `export{${names.map(([n, own]) => `${own} as ${n}`).join(',')}}from"./${basename(path)}";` : `import"./${basename(path)}";`;
		await writeFile(join(root, member), stub);
	}
	return { path, members, stubbed, inlined };
}

export interface BundleReport {
	css: string[];
	/** Component scopes whose styles moved out of the site stylesheet to the pages that use them, and how many no page uses. */
	fewPagesScopes: string[];
	droppedScopes: number;
	js: string[];
	removed: string[];
}

/** Joins the startup stylesheets and scripts that `minShare` of the pages (paths inside the built site at `root`, served from `base`) load. */
export async function bundleSharedAssets(root: string, base: string, pages: readonly string[], minShare = 0.75, rareShare = 0.25): Promise<BundleReport> {
	const html = new Map<string, string>();
	for (const page of pages) html.set(page, await readFile(join(root, page), 'utf8'));
	const styles = new Map([...html].map(([p, h]) => [p, pageStylesheets(h, base)]));
	const scripts = new Map([...html].map(([p, h]) => [p, pageScripts(h, base)]));

	// A stylesheet joins with its media, which must be the same on every page that loads it.
	const mediaOf = new Map<string, string | undefined>();
	const mixed = new Set<string>();
	for (const { path, media } of [...styles.values()].flat()) {
		if (mediaOf.has(path) && mediaOf.get(path) !== media) mixed.add(path);
		mediaOf.set(path, media);
	}
	const cssMembers = sharedFiles([...styles.values()].map((l) => l.map((s) => s.path)), minShare).filter((f) => !mixed.has(f));
	let jsMembers = sharedFiles([...scripts.values()].map((l) => l.map((s) => s.path)), minShare);
	let cssTag = '';
	let jsTag = '';
	let inlined: string[] = [];
	// Pages that load the joined stylesheet, and the component styles (scoped rules) of it that few of them can use.
	const cssPages = [...html].filter(([p]) => styles.get(p)!.some((s) => cssMembers.includes(s.path))).map(([, h]) => h);
	let rare: { tag: string; scopes: string[] } | undefined;
	const movedScopes = new Set<string>();
	const droppedScopes = new Set<string>();
	if (cssMembers.length > 1) {
		const texts = await Promise.all(cssMembers.map(async (m) => (mediaOf.get(m) ? `@media ${mediaOf.get(m)}{${await readFile(join(root, m), 'utf8')}}` : readFile(join(root, m), 'utf8'))));
		const joined = texts.join('\n');
		const { kept: css, moved } = splitScoped(joined, (scope) => {
			const n = cssPages.filter((h) => h.includes(scope)).length;
			const place = n === 0 ? 'drop' : n < rareShare * cssPages.length ? 'move' : 'keep';
			if (place === 'move') movedScopes.add(scope);
			if (place === 'drop') droppedScopes.add(scope);
			return place;
		});
		const path = `_astro/site.${hashOf(css)}.css`;
		await writeFile(join(root, path), css);
		cssTag = `<link rel="stylesheet" href="${base}${path}">`;
		if (moved) {
			const rarePath = `_astro/site-few.${hashOf(moved)}.css`;
			await writeFile(join(root, rarePath), moved);
			rare = { tag: `<link rel="stylesheet" href="${base}${rarePath}">`, scopes: [...movedScopes] };
		}
	}
	const bundle = jsMembers.length > 1 ? await bundleScripts(root, jsMembers, [...scripts.values()].map((l) => l.map((s) => s.path))) : undefined;
	if (bundle) {
		jsMembers = bundle.members;
		inlined = bundle.inlined.filter((f) => !bundle.stubbed.includes(f));
		jsTag = `<script type="module" src="${base}${bundle.path}"></script>`;
	}

	for (const [page, text] of html) {
		let out = text;
		if (cssTag) out = withJoinedTag(out, styles.get(page)!, new Set(cssMembers), rare && rare.scopes.some((s) => text.includes(s)) ? cssTag + rare.tag : cssTag);
		if (jsTag) out = withJoinedTag(out, scripts.get(page)!, new Set(jsMembers), jsTag);
		if (out !== text) {
			html.set(page, out);
			await writeFile(join(root, page), out);
		}
	}

	// The joined files are gone from every page; a file nothing names any more is removed.
	const removed: string[] = [];
	const candidates = [...(cssTag ? cssMembers : []), ...inlined];
	const others = (await readdir(join(root, '_astro'))).filter((f) => /\.(js|css)$/.test(f)).map((f) => `_astro/${f}`);
	const texts = [...html.values(), ...(await Promise.all(others.filter((f) => !candidates.includes(f)).map((f) => readFile(join(root, f), 'utf8'))))];
	for (const file of candidates) {
		const name = basename(file);
		if (texts.some((t) => t.includes(name))) continue;
		await rm(join(root, file));
		removed.push(file);
	}
	return { css: cssTag ? cssMembers : [], fewPagesScopes: [...movedScopes], droppedScopes: droppedScopes.size, js: jsTag ? jsMembers : [], removed };
}

/**
 * Shorter names for Astro's style scopes: every element of a component carries its scope class (`astro-rmhv4bp6`), and
 * every rule of its styles names it (`:where(.astro-rmhv4bp6)`). Across the built site each scope gets a short name
 * (`s0`, `s1`…, the most used first), in the pages and the stylesheets alike; a scope that a script names keeps its name.
 * A stylesheet whose text changes gets a new content-hashed file name, and every file that named it is updated, so a
 * cache never pairs a page with a stylesheet of another build.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const scope = /\bastro-[a-z0-9]{8}\b/g;

/** Short names for the scopes, the most frequent first; `taken` are class names already in use, which are skipped. */
export function shortNames(counts: Map<string, number>, taken: Set<string>): Map<string, string> {
	const names = new Map<string, string>();
	let i = 0;
	for (const [name] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
		let short: string;
		do short = `s${(i++).toString(36)}`;
		while (taken.has(short));
		names.set(name, short);
	}
	return names;
}

/** A page with the scope classes of its elements renamed (in class attributes only: text that mentions a name stays). */
export function withShortScopes(html: string, names: Map<string, string>): string {
	return html.replace(/(\sclass=")([^"]*)"/g, (_, start: string, value: string) => `${start}${value.replace(scope, (name) => names.get(name) ?? name)}"`);
}

/** A stylesheet with its scope selectors renamed. */
export function withShortSelectors(css: string, names: Map<string, string>): string {
	return css.replace(/\.(astro-[a-z0-9]{8})\b/g, (all, name: string) => (names.has(name) ? `.${names.get(name)}` : all));
}

/** Renames the scopes of the built site at `root` (its pages are `pages`); returns how many, and the stylesheets renamed. */
export async function shortenScopes(root: string, pages: readonly string[]): Promise<{ scopes: number; stylesheets: number }> {
	const assets = (await readdir(join(root, '_astro'))).map((f) => `_astro/${f}`);
	const read = async (files: readonly string[]) => new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(root, f), 'utf8')] as const)));
	const html = await read(pages);
	const css = await read(assets.filter((f) => f.endsWith('.css')));
	const js = await read(assets.filter((f) => f.endsWith('.js')));

	const inScripts = new Set([...js.values()].flatMap((t) => t.match(scope) ?? []));
	// The scopes that style something, counted where they occur (selectors and class attributes).
	const counts = new Map<string, number>();
	for (const text of css.values()) for (const [, name] of text.matchAll(/\.(astro-[a-z0-9]{8})\b/g)) if (!inScripts.has(name!)) counts.set(name!, (counts.get(name!) ?? 0) + 1);
	for (const text of html.values())
		for (const [, value] of text.matchAll(/\sclass="([^"]*)"/g)) for (const name of value!.match(scope) ?? []) if (counts.has(name)) counts.set(name, counts.get(name)! + 1);
	// Every class name the pages use, so that a short name never takes one.
	const taken = new Set([...html.values()].flatMap((t) => [...t.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/))));
	for (const text of css.values()) for (const m of text.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) taken.add(m[1]!);
	const names = shortNames(counts, taken);
	if (!names.size) return { scopes: 0, stylesheets: 0 };

	const renamed = new Map<string, string>();
	for (const [file, text] of css) {
		const short = withShortSelectors(text, names);
		if (short === text) continue;
		const hash = createHash('sha256').update(short).digest('base64url').slice(0, 8);
		const name = file.replace(/\.[\w-]+\.css$/, `.${hash}.css`);
		await writeFile(join(root, file), short);
		if (name !== file) {
			await rename(join(root, file), join(root, name));
			renamed.set(file.slice('_astro/'.length), name.slice('_astro/'.length));
		}
	}
	const withNewNames = (text: string) => [...renamed].reduce((t, [from, to]) => t.replaceAll(from, to), text);
	for (const [file, text] of html) {
		const out = withNewNames(withShortScopes(text, names));
		if (out !== text) await writeFile(join(root, file), out);
	}
	for (const [file, text] of js) {
		const out = withNewNames(text);
		if (out !== text) await writeFile(join(root, file), out);
	}
	return { scopes: names.size, stylesheets: renamed.size };
}

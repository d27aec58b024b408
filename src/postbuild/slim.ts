/**
 * Makes the built pages lighter without changing what they show: what every page repeated inline moves into the
 * stylesheets, which a reader downloads once.
 *
 * - Code tokens: Expressive Code colours each token with an inline style (`<span style="--0:#7FDBCA;--1:#1E7E6E">`,
 *   one custom property per code theme). A site has a few dozen such styles; each becomes a class (`<span class="_3">`)
 *   whose properties live in Expressive Code's stylesheet. Its colour rules match `span[style^='--']:not([class])`,
 *   which is rewritten to match the classes, so the dark and light code themes switch as before.
 * - Heading anchor links: Starlight puts the same link icon (an SVG of 600 bytes) into every heading; the icon is drawn
 *   by CSS instead (src/styles/site.css), from one copy.
 * - Icons: every page carries Starlight's icons inline (asides, pagination, sidebar carets, the header's selects, about
 *   1 KB gzipped a page). Each becomes a file of its own, which the reader downloads once, and the page an empty
 *   `<span class="… cks-icon">` that CSS paints with it as a mask in the text's colour (src/styles/site.css). The theme
 *   picker's icons stay inline: Starlight's script swaps them by copying their markup.
 * - Inline scripts (Starlight's theme and sidebar scripts, written out with their comments and indentation) are
 *   minified; the CSP hashes them afterwards, as they are served.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifySync } from 'rolldown/utils';

/** Expressive Code's inline token style: custom properties named by the theme's index (`--0`, `--1fs`…), nothing else. */
const tokenSpan = /<span style="(--\d[^"]*)">/g;
/** What Expressive Code's colour rules select; it must be in its stylesheet, or the classes would go uncoloured. */
export const ecTokenSelector = "span[style^='--']:not([class])";
const classSelector = "span[class^='_']";

/** The anchor icon Starlight writes into each heading link: an SVG inside the icon span, which stays (CSS draws into it). */
const anchorIcon = /(<span aria-hidden="true" class="sl-anchor-icon">)<svg\b[^>]*>[\s\S]*?<\/svg>(<\/span>)/g;

/** The same token style however it was written: `--0:#D6DEEB` and `--0:#d6deeb` are one colour. */
export function normalizeStyle(style: string): string {
	return style
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean)
		.map((d) => d.replace(/\s*:\s*/, ':').replace(/#[0-9a-f]{3,8}\b/gi, (hex) => hex.toLowerCase()))
		.join(';');
}

/** How often each token style occurs in the given pages. */
export function countTokenStyles(pages: Iterable<string>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const html of pages) for (const [, style] of html.matchAll(tokenSpan)) counts.set(normalizeStyle(style!), (counts.get(normalizeStyle(style!)) ?? 0) + 1);
	return counts;
}

/** A class per token style, the shortest names for the most frequent styles (`_0`…`_z`, `_10`…). */
export function tokenClasses(counts: Map<string, number>): Map<string, string> {
	const ordered = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	return new Map(ordered.map(([style], i) => [style, `_${i.toString(36)}`]));
}

/** The page with its token styles replaced by their classes. */
export function withTokenClasses(html: string, classes: Map<string, string>): string {
	return html.replace(tokenSpan, (span, style: string) => {
		const name = classes.get(normalizeStyle(style));
		return name ? `<span class="${name}">` : span;
	});
}

/** Expressive Code's stylesheet with colour rules that match the classes, and the classes' properties. */
export function tokenStylesheet(ecCss: string, classes: Map<string, string>): string {
	if (!ecCss.includes(ecTokenSelector)) throw new Error(`Expressive Code's stylesheet no longer selects tokens with ${ecTokenSelector}: the token classes would have no colour`);
	const rules = [...classes].map(([style, name]) => `.ec-line .${name}{${style}}`).join('');
	return `${ecCss.replaceAll(ecTokenSelector, classSelector)}${rules}`;
}

/** The page without the SVG of its heading anchor links. */
export function withoutAnchorIcons(html: string): string {
	return html.replace(anchorIcon, '$1$2');
}

/** Inline icons: Starlight's 24×24 icons in the text's colour. */
const iconSvg = /<svg\b([^>]*\bviewBox="0 0 24 24"[^>]*\bfill="currentColor"[^>]*|[^>]*\bfill="currentColor"[^>]*\bviewBox="0 0 24 24"[^>]*)>([\s\S]*?)<\/svg>/g;
/** Where icons stay inline: the theme picker, whose icon Starlight's script replaces with a copy from the template. */
const inlineIconRegions = /<starlight-theme-select>[\s\S]*?<\/starlight-theme-select>|<template id="theme-icons">[\s\S]*?<\/template>/g;

/** An icon as a file of its own: the same drawing, standalone. */
export function iconFile(inner: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="#000">${inner}</svg>`;
}

/** The page with its icons (outside the theme picker) as empty spans naming their file; `fileOf` names the file of an icon's drawing. */
export function withIconFiles(html: string, fileOf: (inner: string) => string): string {
	const convert = (part: string) =>
		part.replace(iconSvg, (_, attrs: string, inner: string) => {
			const className = /\sclass="([^"]*)"/.exec(attrs)?.[1];
			const style = /\sstyle="([^"]*)"/.exec(attrs)?.[1]?.trim().replace(/;?$/, ';') ?? '';
			return `<span class="${className ? `${className} ` : ''}cks-icon" aria-hidden="true" style="${style}--cks-icon:url(${fileOf(inner)})"></span>`;
		});
	let out = '';
	let last = 0;
	for (const m of html.matchAll(inlineIconRegions)) {
		out += convert(html.slice(last, m.index)) + m[0];
		last = m.index + m[0].length;
	}
	return out + convert(html.slice(last));
}

const executable = /^(|module|text\/javascript|application\/javascript)$/i;

/** The page with its inline scripts minified; a script the minifier cannot read stays as written. */
export function withMinifiedInlineScripts(html: string): string {
	return html.replace(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi, (tag, attrs: string | undefined = '', body: string) => {
		const type = /\stype=["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
		if (/\ssrc=/i.test(attrs) || !executable.test(type) || !body.trim()) return tag;
		const result = minifySync(type === 'module' ? 'inline.mjs' : 'inline.js', body, { compress: true, mangle: { toplevel: false } });
		if (result.errors?.length) return tag;
		return `<script${attrs}>${result.code.trim()}</script>`;
	});
}

/** Expressive Code's stylesheets a page links to, as paths inside the site (`_astro/ec.c7uui.css`). */
function ecStylesheets(html: string, base: string): string[] {
	return [...html.matchAll(/<link rel="stylesheet" href="([^"]*\/_astro\/ec\.[\w-]+\.css)"/g)].map(([, href]) => href!.slice(base.length));
}

export interface SlimReport {
	pages: number;
	tokenClasses: number;
	/** Icons written as files of their own. */
	icons: number;
	stylesheet?: string;
	savedBytes: number;
}

/** Slims the pages (paths inside the built site at `root`, served from `base`) and rewrites Expressive Code's stylesheet under a new name. */
export async function slimSite(root: string, base: string, pages: readonly string[]): Promise<SlimReport> {
	const html = new Map<string, string>();
	for (const page of pages) html.set(page, await readFile(join(root, page), 'utf8'));
	const before = [...html.values()].reduce((sum, h) => sum + Buffer.byteLength(h), 0);

	const classes = tokenClasses(countTokenStyles(html.values()));
	const stylesheets = new Set([...html.values()].flatMap((h) => ecStylesheets(h, base)));
	if (classes.size && stylesheets.size !== 1) throw new Error(`expected one Expressive Code stylesheet for the token classes, found ${stylesheets.size}`);
	let renamed: [string, string] | undefined;
	if (classes.size) {
		const [old] = stylesheets;
		const css = tokenStylesheet(await readFile(join(root, old!), 'utf8'), classes);
		const name = old!.replace(/\.[\w-]+\.css$/, `.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`);
		await writeFile(join(root, name), css);
		if (name !== old) await rm(join(root, old!));
		renamed = [`${base}${old}`, `${base}${name}`];
	}

	const icons = new Map<string, string>();
	const fileOf = (inner: string) => {
		let name = icons.get(inner);
		if (!name) {
			name = `_astro/icons/${createHash('sha256').update(iconFile(inner)).digest('base64url').slice(0, 10)}.svg`;
			icons.set(inner, name);
		}
		return `${base}${name}`;
	};

	let after = 0;
	for (const [page, text] of html) {
		let slim = withMinifiedInlineScripts(withIconFiles(withoutAnchorIcons(withTokenClasses(text, classes)), fileOf));
		if (renamed) slim = slim.replaceAll(`href="${renamed[0]}"`, `href="${renamed[1]}"`);
		after += Buffer.byteLength(slim);
		if (slim !== text) await writeFile(join(root, page), slim);
	}
	await mkdir(join(root, '_astro/icons'), { recursive: true });
	for (const [inner, name] of icons) await writeFile(join(root, name), iconFile(inner));
	return { pages: pages.length, tokenClasses: classes.size, icons: icons.size, stylesheet: renamed?.[1], savedBytes: before - after };
}

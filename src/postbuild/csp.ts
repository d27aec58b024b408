/** The Content-Security-Policy of a built page: only the site's own origin, with hashes for each inline script and style. */
import { createHash } from 'node:crypto';

/** Directives every page shares; inline scripts and styles are allowed only by their hashes, added per page. */
const baseDirectives: Record<string, string[]> = {
	'default-src': ["'self'"],
	// Pagefind compiles its WebAssembly search engine in the browser.
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	// Starlight and Expressive Code set CSS custom properties in style attributes (about 60 per page).
	'style-src-attr': ["'unsafe-inline'"],
	'img-src': ["'self'", 'data:'],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'worker-src': ["'self'"],
	'manifest-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
};

const executable = /^(|module|text\/javascript|application\/javascript)$/i;

function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of the inline scripts and style elements of a page. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs = '']) => !/\ssrc=/i.test(attrs) && executable.test(/\stype=["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? ''))
		.map(([, , body = '']) => sha256(body));
	const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(([, , body = '']) => sha256(body));
	return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** Inline event handler attributes (`onclick=`…), which a hash-based policy cannot allow. */
export function inlineHandlers(html: string): string[] {
	return [...html.matchAll(/<[a-z][^>]*\s(on[a-z]+)=/gi)].map((m) => m[1]!);
}

/** The policy for the given inline hashes. */
export function policy(hashes: { scripts: readonly string[]; styles: readonly string[] }): string {
	const directives = structuredClone(baseDirectives);
	directives['script-src']!.push(...hashes.scripts);
	directives['style-src']!.push(...hashes.styles);
	return Object.entries(directives)
		.map(([name, values]) => `${name} ${values.join(' ')}`)
		.join('; ');
}

/** The page with its policy as the first element of `<head>`, so it governs every script and style after it. */
export function withCsp(html: string, hashes = inlineHashes(html)): string {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
	const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
	return cleaned.replace(/<head>/i, `<head>${meta}`);
}

/** Puts the site's base path in front of root-relative links of a built page, so pages written with `/domain/page/` links work under a sub-path. */

/** The page with every root-relative `href` and `src` prefixed with `base` (which ends with a slash). */
export function withBase(html: string, base: string): string {
	if (base === '/') return html;
	return html.replace(/\s(href|src)="\/(?!\/)([^"]*)"/g, (match, attribute: string, path: string) =>
		`/${path}`.startsWith(base) || `/${path}` === base.slice(0, -1) ? match : ` ${attribute}="${base}${path}"`,
	);
}

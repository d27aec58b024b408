/** Site-relative URLs for pages, honouring Astro's `base` and the locale prefix. */
import type { Lang } from '../curriculum/model.ts';

/** The site's base path with a trailing slash (`/` or `/cks-notes/`), for files at the site root such as `sw.js`. */
export function siteBase(base: string = import.meta.env.BASE_URL): string {
	return base.replace(/\/?$/, '/');
}

/** URL of a page by its id without locale (`''` for the home page), in the given language. */
export function pageHref(lang: Lang, id: string, base: string = import.meta.env.BASE_URL): string {
	const parts = [base.replace(/\/+$/, ''), lang === 'ja' ? '' : lang, id].filter(Boolean);
	return `/${parts.join('/').replace(/^\/+/, '')}/`.replace(/\/+/g, '/');
}

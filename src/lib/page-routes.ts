/** The site's pages that are Astro pages rather than content entries (`src/pages/[...locale]/`), in both languages. */

/** Their paths without locale. */
export const astroPageRoutes = ['print', 'study', 'study/exam', 'cheatsheet'] as const;

/** Their root-relative URLs in every language, as content links write them (the link validator knows only content entries). */
export function astroPageLinks(): string[] {
	return astroPageRoutes.flatMap((route) => [`/${route}/`, `/en/${route}/`]);
}

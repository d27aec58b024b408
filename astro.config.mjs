// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { curriculumSidebar } from './src/curriculum/sidebar.ts';
import { astroPageLinks } from './src/lib/page-routes.ts';
import { snippetValidation } from './src/validation/integration.ts';
import { versionTokens } from './src/lib/version-tokens-integration.ts';
import { postbuild } from './src/postbuild/integration.ts';
import { exampleLabel } from './src/expressive-code/example-label.ts';
import { answerCheck } from './src/expressive-code/answer-check.ts';
import { copyFromLines } from './src/expressive-code/copy-from-lines.ts';
import { noTextMarkers } from './src/expressive-code/no-text-markers.ts';
import { focusableCode } from './src/expressive-code/focusable-code.ts';

export default defineConfig({
	// A static host may serve the site under a sub-path (e.g. GitHub Pages: CKS_BASE=/cks-notes/ npm run build).
	base: process.env.CKS_BASE ?? '/',
	outDir: process.env.CKS_OUT_DIR ?? 'dist',
	// Bundled scripts stay in their own files, cached once, instead of being inlined into every page.
	// The manifest checker's worker is an ES module so its validators load per API group; its files get a folder of
	// their own, which the service worker keeps only once the reader opens a checker (src/postbuild/service-worker.ts).
	vite: {
		build: { assetsInlineLimit: 0 },
		worker: { format: 'es', rolldownOptions: { output: { entryFileNames: '_astro/checker/[name].[hash].js', chunkFileNames: '_astro/checker/[name].[hash].js' } } },
	},
	// Starlight turns on prefetching of every link (1 KB of script on every page, and pages fetched on hover); the
	// service worker keeps the reader's language offline after the first visit, so later pages open from the cache anyway.
	prefetch: false,
	integrations: [
		snippetValidation(),
		// `{{version:<id>}}` in code becomes the version pinned in src/curriculum/versions.ts.
		versionTokens(),
		starlight({
			title: { ja: 'CKS ノート', en: 'CKS Notes' },
			description: 'CKS（Certified Kubernetes Security Specialist）試験の学習ノート',
			defaultLocale: 'root',
			locales: {
				root: { label: '日本語', lang: 'ja' },
				en: { label: 'English', lang: 'en' },
			},
			sidebar: curriculumSidebar(),
			routeMiddleware: './src/route-data.ts',
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
				Head: './src/components/overrides/Head.astro',
				SkipLink: './src/components/overrides/SkipLink.astro',
			},
			customCss: ['./src/styles/site.css'],
			lastUpdated: false,
			// A code theme for each colour scheme. The build turns each token's inline colours into a class (src/postbuild/slim.ts),
			// so the second theme costs the stylesheet a few rules, not every token of every page a second colour.
			// No page marks lines or text in its code (ins/del/mark): the text-marker styles stay out of every page, and a block
			// that asks for them stops the build (src/expressive-code/no-text-markers.ts).
			expressiveCode: {
				themes: ['starlight-dark', 'starlight-light'],
				textMarkers: false,
				plugins: [noTextMarkers(), exampleLabel(), answerCheck(), copyFromLines(), focusableCode()],
			},
			// Links are written root-relative and checked in the root build; a sub-path build gets its base added after the build.
			// The print, study and cheat-sheet pages are Astro pages, not content, so the validator cannot know them (the e2e tests open them).
			plugins: process.env.CKS_BASE ? [] : [starlightLinksValidator({ exclude: astroPageLinks() })],
			// The search index is built by the postbuild step (src/postbuild/search-index.ts) and searched by the site's own
			// dialog (src/components/overrides/Search.astro), so Starlight neither runs Pagefind nor ships its search UI.
			pagefind: false,
		}),
		// After Starlight: the search index, then the pages' CSP and the service worker's precache.
		postbuild(),
	],
});

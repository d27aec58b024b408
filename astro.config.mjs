// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { curriculumSidebar } from './src/curriculum/sidebar.ts';
import { snippetValidation } from './src/validation/integration.ts';

export default defineConfig({
	integrations: [
		snippetValidation(),
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
			},
			customCss: ['./src/styles/site.css'],
			lastUpdated: false,
			plugins: [starlightLinksValidator()],
			// Pages declare the terms they teach (searchTerms); see src/lib/search-keywords.ts.
			pagefind: { ranking: { metaWeights: { keywords: 10 } } },
		}),
	],
});

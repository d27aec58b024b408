/** Astro integration: after the build, builds the search index, then adds the base path to content links, each page's CSP, the hosts' headers file and the service worker. */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBase } from './base-links.ts';
import { inlineHandlers, inlineHashes, policy, withCsp } from './csp.ts';
import { buildSearchIndex } from './search-index.ts';
import { firstVisitBudgetBytes, generateServiceWorker, megabytes } from './service-worker.ts';
import { slimSite } from './slim.ts';
import { bundleSharedAssets } from './bundle.ts';
import { shortenScopes } from './short-scopes.ts';

/** Headers a static host should send with every page (written to `_headers`, the format of Netlify and Cloudflare Pages). */
export function headersFile(csp: string): string {
	return ['/*', `  Content-Security-Policy: ${csp}`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: no-referrer', ''].join('\n');
}

export function postbuild(): AstroIntegration {
	let base = '/';
	return {
		name: 'cks:postbuild',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// First: the index reads the pages as built (and removes what only the indexer may see), the precache lists it.
				const index = await buildSearchIndex(root);
				const indexed = Object.entries(index.pages).map(([lang, count]) => `${count} ${lang}`).join(', ');
				logger.info(`search index: ${indexed} pages, ${index.addedWords} words added for the browser's segmenter`);

				const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
				const slim = await slimSite(root, base, pages);
				logger.info(`slimmer pages: ${slim.tokenClasses} code token classes, ${slim.icons} icon files, ${(slim.savedBytes / 1024).toFixed(0)} KB less HTML`);
				const joined = await bundleSharedAssets(root, base, pages);
				logger.info(
					`site stylesheet of ${joined.css.length} files (styles of ${joined.fewPagesScopes.length} components apart for the pages that use them, of ${joined.droppedScopes} that no page uses dropped), site script of ${joined.js.length} (${joined.removed.length} files no longer needed)`,
				);
				const scopes = await shortenScopes(root, pages);
				logger.info(`short names for ${scopes.scopes} style scopes (${scopes.stylesheets} stylesheets renamed)`);
				const scripts = new Set<string>();
				const styles = new Set<string>();
				for (const page of pages) {
					const file = join(root, page);
					const html = withBase(await readFile(file, 'utf8'), base);
					const handlers = inlineHandlers(html);
					if (handlers.length) throw new Error(`${page} has inline event handlers (${handlers.join(', ')}), which the CSP cannot allow`);
					const hashes = inlineHashes(html);
					hashes.scripts.forEach((h) => scripts.add(h));
					hashes.styles.forEach((h) => styles.add(h));
					await writeFile(file, withCsp(html, hashes));
				}
				await writeFile(join(root, '_headers'), headersFile(policy({ scripts: [...scripts], styles: [...styles] })));
				logger.info(`CSP on ${pages.length} pages (${scripts.size} inline script and ${styles.size} inline style hashes)`);

				const { groups, firstVisitGzipBytes } = await generateServiceWorker(root, base);
				const summary = Object.entries(groups).map(([name, g]) => `${name} ${g.files} files ${megabytes(g.gzipBytes)}`).join(', ');
				// The budget is enforced by `npm run bench`, which measures every weight of the site; the build only says where it stands.
				const over = firstVisitGzipBytes > firstVisitBudgetBytes ? ' — OVER BUDGET (npm run bench fails)' : '';
				(over ? logger.warn : logger.info).call(logger, `offline copy (gzipped): ${summary}; first visit ${megabytes(firstVisitGzipBytes)} (budget ${megabytes(firstVisitBudgetBytes)})${over}`);
			},
		},
	};
}

/** What the end-to-end tests know of the site: its topic pages from the source folders, its pages from the build. */
import { readFileSync, readdirSync } from 'node:fs';
import { type Page, expect } from '@playwright/test';
import { join } from 'node:path';
import { domains } from '../src/curriculum/model.ts';
import { replaceVersionTokens } from '../src/lib/version-tokens.ts';
import { extractCodeBlocks } from '../src/validation/extract.ts';

const docsDir = join(import.meta.dirname, '../src/content/docs');

/** Ids of the Japanese topic pages, e.g. `cluster-setup/network-policy`, in curriculum and sidebar order. */
export const topicIds: string[] = domains.flatMap((d) =>
	readdirSync(join(docsDir, d.id))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const id = `${d.id}/${f.replace(/\.mdx$/, '')}`;
			return { id, order: Number(/^\s+order:\s*(\d+)/m.exec(pageSource(id))?.[1] ?? Infinity) };
		})
		.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
		.map((p) => p.id),
);

/** The source text of a page, e.g. `cluster-setup/network-policy` or `en/cluster-setup/network-policy`. */
export function pageSource(id: string): string {
	return readFileSync(join(docsDir, `${id}.mdx`), 'utf8');
}

/** The code blocks of a page as the reader sees them: as written in its source, with their version tokens replaced. */
export function pageCodeBlocks(id: string) {
	return extractCodeBlocks(pageSource(id)).map((block) => ({ ...block, code: replaceVersionTokens(block.code).text }));
}

/** Every page of the built site, as paths relative to the site's base (`''`, `exam/`, `en/cluster-setup/rbac/`, `404.html`). */
export function builtPages(dir = 'dist'): string[] {
	const root = join(import.meta.dirname, '..', dir);
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => f.replace(/index\.html$/, ''))
		.sort();
}

/** Searches as a reader does, through the search button of the current page, and returns the paths of the results in order. */
export async function search(page: Page, term: string): Promise<string[]> {
	const lang = await page.locator('html').getAttribute('lang');
	await page.getByRole('button', { name: lang === 'en' ? /Search/ : /検索/ }).click();
	await page.locator('input.pagefind-ui__search-input').fill(term);
	const links = page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > a');
	await expect(links.first()).toBeVisible({ timeout: 15_000 });
	return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

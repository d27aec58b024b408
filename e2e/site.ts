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

/** The search dialog as a reader meets it: the header's button, the dialog, its search box, status line and results. */
export function searchUi(page: Page, lang: 'ja' | 'en') {
	const label = lang === 'en' ? 'Search' : '検索';
	const dialog = page.getByRole('dialog', { name: label });
	return {
		button: page.getByRole('button', { name: new RegExp(`^${label}`) }),
		dialog,
		box: dialog.getByRole('searchbox', { name: label }),
		status: dialog.getByRole('status'),
		results: dialog.getByRole('list', { name: lang === 'en' ? 'Search results' : '検索結果' }),
		/** The region the results are written into, busy from a keystroke until the answer to the last query is shown. */
		region: dialog.locator('#cks-search-results'),
	};
}

export type SearchUi = ReturnType<typeof searchUi>;

/** Opens the search of the current page with its button. */
export async function openSearch(page: Page): Promise<SearchUi> {
	const ui = searchUi(page, (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'ja');
	await ui.button.click();
	await expect(ui.box).toBeFocused();
	return ui;
}

/** Types a query into the open search and waits for its answer; returns the paths of the result pages, in order. */
export async function searchFor(ui: SearchUi, term: string): Promise<string[]> {
	await ui.box.fill(term);
	await expect(ui.region).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
	await expect(ui.status).not.toBeEmpty();
	return resultPaths(ui);
}

/** The paths of the result pages shown, in order (sections of a page are not counted). */
export async function resultPaths(ui: SearchUi): Promise<string[]> {
	if (!(await ui.results.count())) return [];
	return ui.results.evaluate((list) => [...list.children].map((item) => new URL(item.querySelector('a')!.href).pathname));
}

/** Searches as a reader does, through the search button of the current page, and returns the paths of the results in order. */
export async function search(page: Page, term: string): Promise<string[]> {
	return searchFor(await openSearch(page), term);
}

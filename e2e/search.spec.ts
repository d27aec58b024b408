import { expect, test } from '@playwright/test';
import { searchTerms } from './search-terms.ts';

for (const { term, page: expected, lang = 'ja' } of searchTerms) {
	test(`searching "${term}" finds ${expected} first or second`, async ({ page }) => {
		await page.goto(lang === 'ja' ? '/exam/' : '/en/exam/');
		await page.getByRole('button', { name: lang === 'ja' ? '検索' : 'Search' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.locator('input.pagefind-ui__search-input').fill(term);
		const topLinks = dialog.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > a');
		await expect(topLinks.first()).toBeVisible({ timeout: 15_000 });
		await expect(dialog.locator('.pagefind-ui__message')).toContainText(/\d/);
		const pages = (await topLinks.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 2);
		const target = lang === 'ja' ? `/${expected}/` : `/en/${expected}/`;
		expect(pages, `top results for "${term}"`).toContain(target);
	});
}

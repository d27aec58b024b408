import { expect, test } from '@playwright/test';
import { searchTerms } from './search-terms.ts';

const groups = Object.groupBy(searchTerms, ({ page, lang = 'ja' }) => `${lang}: ${page.split('/')[0]}`);

for (const [group, terms] of Object.entries(groups)) {
	test(`search (${group}): each term finds its page first or second`, async ({ page }) => {
		const lang = terms![0]!.lang ?? 'ja';
		await page.goto(lang === 'ja' ? 'exam/' : 'en/exam/');
		const button = page.getByRole('button', { name: lang === 'ja' ? /検索/ : /Search/ });
		await expect(button).toBeEnabled();
		await button.click();
		const input = page.locator('input.pagefind-ui__search-input');
		const message = page.locator('.pagefind-ui__message');
		const topLinks = page.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > a');
		for (const { term, page: expected } of terms!) {
			await input.fill(term);
			// The message names the query, first while searching ("…を検索しています", "Searching for …"), then with the count.
			await expect(message).toContainText(term, { timeout: 15_000 });
			await expect(message).not.toContainText(/を検索しています|Searching for/, { timeout: 15_000 });
			// Results are filled in one by one after the message; the first two decide the test.
			await expect(topLinks.first()).toBeVisible();
			await page.waitForFunction(
				() => [...document.querySelectorAll('.pagefind-ui__result')].slice(0, 2).every((r) => r.querySelector('.pagefind-ui__result-title > a')),
			);
			const pages = (await topLinks.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 2);
			expect.soft(pages, `top results for "${term}"`).toContain(lang === 'ja' ? `/${expected}/` : `/en/${expected}/`);
		}
	});
}

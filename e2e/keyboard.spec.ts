import { expect, test } from '@playwright/test';

test('with the keyboard only, a reader opens the search, reaches a result and opens it', async ({ page }) => {
	await page.goto('exam/');
	await expect(page.getByRole('button', { name: /検索/ })).toBeEnabled();
	await page.keyboard.press('Control+k');
	const input = page.locator('input.pagefind-ui__search-input');
	await expect(input).toBeFocused();
	await page.keyboard.type('kube-bench');
	const first = page.locator('.pagefind-ui__result-link').first();
	// Results follow the typing; the reader tabs once the results for the whole word are shown.
	await expect(first).toHaveAttribute('href', /cis-benchmark/, { timeout: 15_000 });
	let focused = '';
	for (let i = 0; i < 10 && !focused.includes('pagefind-ui__result-link'); i++) {
		await page.keyboard.press('Tab');
		focused = await page.evaluate(() => document.activeElement?.className ?? '');
	}
	expect(focused).toContain('pagefind-ui__result-link');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/cis-benchmark/);
});

test('with the keyboard only, a reader opens a practice solution', async ({ page }) => {
	await page.goto('cluster-setup/network-policy/');
	const summary = page.locator('details.solution summary').first();
	await summary.focus();
	await expect(page.locator('details.solution .body').first()).toBeHidden();
	await page.keyboard.press('Enter');
	await expect(page.locator('details.solution .body').first()).toBeVisible();
});

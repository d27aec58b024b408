import { expect, test } from '@playwright/test';
import { topicIds } from './site.ts';

test('the print page gathers every topic page in curriculum order', async ({ page }) => {
	await page.goto('print/');
	await expect(page.locator('print-all')).toHaveAttribute('data-ready', '', { timeout: 30_000 });
	const titles = page.locator('.printed-topic h1');
	await expect(titles).toHaveCount(topicIds.length);
	const expected = await Promise.all(
		topicIds.map(async (id) => {
			const response = await page.request.get(`${id}/`);
			return /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(await response.text())![1]!;
		}),
	);
	await expect(titles).toHaveText(expected);
});

test('printed pages show only the content, with solutions open and link targets written out', async ({ page }) => {
	await page.goto('cluster-setup/network-policy/');
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(page.getByRole('navigation', { name: 'メイン' })).toBeHidden();
	await expect(page.locator('.page > header')).toBeHidden();
	await expect(page.locator('details.solution .body').first()).toBeVisible();
	const after = await page.locator('ul.official-docs a').first().evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('https://kubernetes.io/');
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('details.solution .body').first()).toBeHidden();
});

import { expect, test } from '@playwright/test';
import { domains } from '../src/curriculum/model.ts';
import { topicIds } from './site.ts';

test('the sidebar lists the six domains in curriculum order, each with its weight', async ({ page }) => {
	await page.goto('/exam/');
	const sidebar = page.getByRole('navigation', { name: 'メイン' });
	const groups = sidebar.locator('details > summary');
	await expect(groups).toHaveText(domains.map((d) => new RegExp(`${d.name.ja}\\s*${d.weight}%`)));
});

test('a reader opens a domain in the sidebar and reaches its topic page', async ({ page }) => {
	const domain = domains[4]!;
	const firstTopic = topicIds.find((id) => id.startsWith(`${domain.id}/`))!;
	await page.goto('/exam/');
	const group = page.getByRole('navigation', { name: 'メイン' }).locator('details', { has: page.locator('summary', { hasText: domain.name.ja }) });
	if (!(await group.evaluate((d: HTMLDetailsElement) => d.open))) await group.locator('summary').click();
	await group.locator(`a[href="/${firstTopic}/"]`).click();
	await expect(page).toHaveURL(`/${firstTopic}/`);
	await expect(page.locator('.domain-badge')).toContainText(domain.name.ja);
	await expect(page.locator('.domain-badge')).toContainText(`${domain.weight}%`);
});

test('the English site has the same domains under /en/', async ({ page }) => {
	await page.goto('/en/exam/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const groups = page.getByRole('navigation', { name: 'Main' }).locator('details > summary');
	await expect(groups).toHaveText(domains.map((d) => new RegExp(d.name.en)));
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
	await page.getByRole('link', { name: 'ホームへ戻る' }).click();
	await expect(page).toHaveURL('/');
});

test.describe('on a narrow phone screen', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the menu opens and leads to a topic page', async ({ page }) => {
		const target = topicIds.find((id) => id.startsWith('runtime-security/'))!;
		await page.goto('/exam/');
		const sidebar = page.getByRole('navigation', { name: 'メイン' });
		await expect(sidebar.locator(`a[href="/${target}/"]`)).toBeHidden();
		await page.getByRole('button', { name: 'メニュー' }).click();
		const group = sidebar.locator('details', { has: page.locator('summary', { hasText: domains[5]!.name.ja }) });
		if (!(await group.evaluate((d: HTMLDetailsElement) => d.open))) await group.locator('summary').click();
		await sidebar.locator(`a[href="/${target}/"]`).click();
		await expect(page).toHaveURL(`/${target}/`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

import { type Page, expect, test } from '@playwright/test';
import { builtPages, search } from './site.ts';

/** Waits until the service worker controls the page and the reader is told the site works offline. */
async function waitUntilOffline(page: Page, text: string) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
	await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible({ timeout: 30_000 });
}

test('after one visit, every page of both languages opens and search answers with the network cut', async ({ page, context }) => {
	test.setTimeout(300_000);
	await page.goto('');
	await waitUntilOffline(page, 'オフラインで利用できます');
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);

	for (const path of builtPages()) {
		const response = await page.goto(path);
		expect(response?.ok() || path.endsWith('404.html'), path).toBe(true);
		await expect(page.locator('h1').first(), path).toBeVisible();
	}

	await page.goto('exam/');
	expect(await search(page, 'シークレット')).toContain('/microservice-vulnerabilities/secrets/');
	await page.goto('exam/');
	expect(await search(page, '監査ログ')).toContain('/runtime-security/audit-logs/');
	await page.goto('en/exam/');
	expect(await search(page, 'audit policy')).toContain('/en/runtime-security/audit-logs/');
	await page.goto('en/exam/');
	expect(await search(page, 'NetworkPolicy')).toContain('/en/cluster-setup/network-policy/');
});

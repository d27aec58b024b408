import { type Page, expect, test } from '@playwright/test';
import { builtPages, search } from './site.ts';

/** Waits until the service worker controls the page and the reader is told the site works offline. */
async function waitUntilOffline(page: Page, text: string) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
	await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible({ timeout: 60_000 });
}

/** The paths the offline copy keeps, as the site serves them (`/exam/index.html` is `exam/`). */
async function keptPaths(page: Page): Promise<Set<string>> {
	const urls = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys()))).flat().map((r) => r.url));
	return new Set(urls.map((u) => new URL(u).pathname.slice(1).replace(/index\.html$/, '')));
}

/** Opens pages with the network cut: each must come from the offline copy. */
async function openOffline(page: Page, pages: string[]) {
	for (const path of pages) {
		const response = await page.goto(path);
		expect(response?.ok() || /404/.test(path), path).toBe(true);
		await expect(page.locator('h1').first(), path).toBeVisible();
	}
}

const japanese = builtPages().filter((p) => !p.startsWith('en/'));
const english = builtPages().filter((p) => p.startsWith('en/'));
/** One page of each kind: guide, topic, study, mock exam, checker, cheat sheet. */
const sample = (prefix: string) => ['', 'exam/', 'runtime-security/falco/', 'study/', 'study/exam/', 'check/', 'cheatsheet/'].map((p) => `${prefix}${p}`);

test('one visit keeps the language in use offline, the other language once it is opened, and search works in both', async ({ page, context }) => {
	test.setTimeout(300_000);
	await page.goto('');
	await waitUntilOffline(page, 'オフラインで利用できます');
	// Every page of Japanese is kept, and no English page yet.
	let kept = await keptPaths(page);
	expect(japanese.filter((p) => !kept.has(p))).toEqual([]);
	expect(english.filter((p) => kept.has(p))).toEqual([]);

	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	await openOffline(page, sample(''));
	await page.goto('exam/');
	expect(await search(page, 'シークレット')).toContain('/microservice-vulnerabilities/secrets/');
	await page.goto('exam/');
	expect(await search(page, '監査ログ')).toContain('/runtime-security/audit-logs/');

	await context.setOffline(false);
	await page.goto('en/');
	await waitUntilOffline(page, 'Available offline');
	kept = await keptPaths(page);
	expect(english.filter((p) => !kept.has(p))).toEqual([]);
	await context.setOffline(true);
	await openOffline(page, sample('en/'));
	await page.goto('en/exam/');
	expect(await search(page, 'audit policy')).toContain('/en/runtime-security/audit-logs/');
	await page.goto('en/exam/');
	expect(await search(page, 'NetworkPolicy')).toContain('/en/cluster-setup/network-policy/');
});

test('offline, an address that is not part of the site gets the not-found page with status 404', async ({ page, context }) => {
	await page.goto('en/exam/');
	await waitUntilOffline(page, 'Available offline');
	await context.setOffline(true);
	const response = await page.goto('en/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1').first()).toBeVisible();
	expect(await page.locator('html').getAttribute('lang')).toBe('en');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('"available offline" shows, then leaves the text beneath it uncovered', async ({ page }) => {
		await page.clock.install();
		await page.goto('exam/');
		const status = page.getByRole('status').filter({ hasText: 'オフラインで利用できます' });
		await expect(status).toBeVisible({ timeout: 60_000 });
		await page.clock.fastForward('00:10');
		await expect(status).toBeHidden();
	});
});

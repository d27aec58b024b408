import { expect, test } from '@playwright/test';
import { builtPages, search, topicIds } from './site.ts';

test('under a sub-path, every link of a page resolves inside the sub-path', async ({ page, baseURL }) => {
	const base = new URL(baseURL!);
	const targets = new Set<string>();
	for (const path of ['', 'exam/', `${topicIds[0]}/`, `en/${topicIds[0]}/`, 'coverage/', 'print/']) {
		await page.goto(path);
		for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
			const url = new URL(href);
			if (url.origin === base.origin) targets.add(url.pathname);
		}
	}
	for (const target of targets) {
		expect(target, 'a link that leaves the sub-path').toMatch(/^\/cks-notes\//);
		expect((await page.request.get(new URL(target, base).href)).status(), target).toBe(200);
	}
});

test('under a sub-path, search answers and the site works offline after one visit', async ({ page, context }) => {
	test.setTimeout(300_000);
	await page.goto('');
	await expect(page.getByRole('status').filter({ hasText: 'オフラインで利用できます' })).toBeVisible({ timeout: 60_000 });
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toMatch(/\/cks-notes\/$/);
	await context.setOffline(true);
	// The language in use is kept whole, under the sub-path; English comes once it is opened.
	const kept = new Set(
		(await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys()))).flat().map((r) => r.url))).map((u) =>
			new URL(u).pathname.replace(/^\/cks-notes\//, '').replace(/index\.html$/, ''),
		),
	);
	expect(builtPages('dist-base').filter((p) => !p.startsWith('en/') && !kept.has(p))).toEqual([]);
	for (const path of ['', 'exam/', 'cluster-setup/network-policy/', 'study/', 'check/']) {
		await page.goto(path);
		await expect(page.locator('h1').first(), path).toBeVisible();
	}
	expect((await page.goto('no-such-page/'))?.status()).toBe(404);
	await page.goto('exam/');
	expect((await search(page, 'kube-bench'))[0]).toMatch(/^\/cks-notes\/cluster-setup\/cis-benchmark\//);
});

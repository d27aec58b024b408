import { expect, test } from '@playwright/test';
import { domains } from '../src/curriculum/model.ts';

for (const lang of ['ja', 'en'] as const) {
	test(`the cheat sheet lists commands under a heading per domain, each leading to its section (${lang})`, async ({ page }) => {
		await page.goto(lang === 'ja' ? 'cheatsheet/' : 'en/cheatsheet/');
		const headings = page.locator('section.cheat-domain').getByRole('heading', { level: 2 });
		await expect(headings).toHaveText(domains.map((d) => d.name[lang]));
		for (const domain of domains) {
			const section = page.locator(`section[aria-labelledby="${domain.id}"]`);
			expect(await section.locator('li code').count(), domain.id).toBeGreaterThan(5);
		}
		// A kube-bench command of the cluster setup domain leads to the section that explains it.
		const entry = page.locator('section[aria-labelledby="cluster-setup"] li').filter({ has: page.locator('code', { hasText: /^kube-bench run/ }) }).first();
		const command = await entry.locator('code').textContent();
		await entry.getByRole('link').click();
		const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
		await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
		await expect(page.locator('.expressive-code').filter({ hasText: command! }).first()).toBeAttached();
	});
}

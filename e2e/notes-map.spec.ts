import { expect, test } from '@playwright/test';

for (const lang of ['ja', 'en'] as const) {
	test(`the notes map leads from every section of the notes to a section that exists (${lang})`, async ({ page }) => {
		await page.goto(lang === 'ja' ? 'notes-map/' : 'en/notes-map/');
		const links = page.locator('table.notes-map tbody td a');
		expect(await links.count()).toBeGreaterThanOrEqual(50);
		for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
			const url = new URL(href);
			expect(url.hash, href).not.toBe('');
			const target = await (await page.request.get(url.pathname)).text();
			expect(target, href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
		}
	});
}

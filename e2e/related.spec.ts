import { expect, test } from '@playwright/test';
import { topicIds } from './site.ts';

test('related topics resolve and link back', async ({ page, request }) => {
	const linksOf = new Map<string, string[]>();
	for (const id of topicIds) {
		await page.goto(`/${id}/`);
		const hrefs = await page.locator('ul.related-topics a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		linksOf.set(`/${id}/`, hrefs);
	}
	const pairs = [...linksOf].flatMap(([from, tos]) => tos.map((to) => [from, to] as const));
	expect(pairs.length).toBeGreaterThan(0);
	for (const [from, to] of pairs) {
		expect((await request.get(to)).status(), `${from} → ${to}`).toBe(200);
		expect(linksOf.get(to), `${to} should link back to ${from}`).toContain(from);
	}
});

test('official documentation links point only to sites allowed in the exam', async ({ page }) => {
	const { disallowedDocReason } = await import('../src/curriculum/model.ts');
	for (const id of topicIds) {
		await page.goto(`/${id}/`);
		const urls = await page.locator('ul.official-docs a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(urls.length, id).toBeGreaterThan(0);
		for (const url of urls) expect(disallowedDocReason(url), `${id}: ${url}`).toBeUndefined();
	}
});

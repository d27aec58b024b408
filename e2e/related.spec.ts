import { type APIRequestContext, expect, test } from '@playwright/test';
import { topicIds } from './site.ts';

/** The link targets of a list on a topic page (its markup as served, without running the page). */
async function listLinks(request: APIRequestContext, id: string, list: 'related-topics' | 'official-docs'): Promise<string[]> {
	const html = await (await request.get(`/${id}/`)).text();
	const items = new RegExp(`<ul class="${list}[^"]*"[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '';
	return [...items.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
}

test('related topics resolve and link back', async ({ request }) => {
	const linksOf = new Map<string, string[]>();
	for (const id of topicIds) linksOf.set(`/${id}/`, await listLinks(request, id, 'related-topics'));
	const pairs = [...linksOf].flatMap(([from, tos]) => tos.map((to) => [from, to] as const));
	expect(pairs.length).toBeGreaterThan(0);
	for (const [from, to] of pairs) {
		expect((await request.get(to)).status(), `${from} → ${to}`).toBe(200);
		expect(linksOf.get(to), `${to} should link back to ${from}`).toContain(from);
	}
});

test('official documentation links point only to sites allowed in the exam', async ({ request }) => {
	const { disallowedDocReason } = await import('../src/curriculum/model.ts');
	for (const id of topicIds) {
		const urls = await listLinks(request, id, 'official-docs');
		expect(urls.length, id).toBeGreaterThan(0);
		for (const url of urls) expect(disallowedDocReason(url), `${id}: ${url}`).toBeUndefined();
	}
});

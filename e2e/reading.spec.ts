import { expect, test } from '@playwright/test';
import { pageCodeBlocks, topicIds } from './site.ts';

const page0 = 'cluster-setup/network-policy';

test('the copy button of a command copies exactly the command', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/${page0}/`);
	const blocks = pageCodeBlocks(page0);
	const index = blocks.findIndex((b) => b.lang === 'bash');
	// Expressive Code leaves comment lines out when copying from a terminal frame.
	const expected = blocks[index]!.code.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n');
	const frame = page.locator('.expressive-code').nth(index);
	await frame.hover();
	await frame.getByRole('button', { name: 'クリップボードにコピー' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied.trimEnd()).toBe(expected.trimEnd());
});

test('a practice solution stays hidden until the reader opens it', async ({ page }) => {
	await page.goto(`/${page0}/`);
	const solution = page.locator('details.solution').first();
	const body = solution.locator('.body');
	await expect(body).toBeHidden();
	await solution.getByText('解答を見る').click();
	await expect(body).toBeVisible();
	await expect(body.locator('.expressive-code').first()).toBeVisible();
});

test('every topic page has at least three practice tasks with hidden solutions', async ({ page }) => {
	for (const id of topicIds) {
		await page.goto(`/${id}/`);
		expect(await page.locator('details.solution:not([open])').count(), id).toBeGreaterThanOrEqual(3);
	}
});

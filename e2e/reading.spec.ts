import { expect, test } from '@playwright/test';
import { copyText } from '../src/expressive-code/copy-from-lines.ts';
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

test('every copy button of a page copies its block as written, without the comment lines of a terminal', async ({ page, context }) => {
	// The button takes its text from the block's lines (src/expressive-code/copy-from-lines.ts), not from a second copy in the page.
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/${page0}/`);
	await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
	const blocks = pageCodeBlocks(page0);
	const frames = page.locator('.expressive-code');
	await expect(frames).toHaveCount(blocks.length);
	let copied = 0;
	for (const [index, block] of blocks.entries()) {
		const frame = frames.nth(index);
		const button = frame.locator('.copy button');
		// A wrong example has no copy button to show (site.css).
		if (!(await button.isVisible()) && !(await frame.hover().then(() => button.isVisible()))) continue;
		const terminal = await frame.locator('figure').evaluate((f) => f.classList.contains('is-terminal'));
		await button.click();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text, `block ${index} (line ${block.line})`).toBe(copyText(block.code.split('\n'), terminal));
		copied++;
	}
	expect(copied).toBeGreaterThan(5);
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

test.describe('in forced colours (Windows high contrast)', () => {
	test.use({ forcedColors: 'active' });
	test('the icons take the system colour of the text they stand in', async ({ page }) => {
		await page.goto('cluster-hardening/rbac/');
		const icons = await page.locator('.cks-icon').evaluateAll((spans) =>
			spans.map((span) => ({ icon: getComputedStyle(span).backgroundColor, text: getComputedStyle(span.parentElement!).color, inLink: span.closest('a') !== null })),
		);
		expect(icons.some((i) => i.inLink)).toBe(true);
		expect(icons.filter((i) => i.icon !== i.text)).toEqual([]);
	});
});

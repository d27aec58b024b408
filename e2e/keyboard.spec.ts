import { expect, test } from '@playwright/test';
import { searchFor, searchUi } from './site.ts';

test('with the keyboard only, a reader opens the search, reaches a result and opens it', async ({ page }) => {
	await page.goto('exam/');
	const ui = searchUi(page, 'ja');
	await page.keyboard.press('Control+k');
	await expect(ui.box).toBeFocused();
	await page.keyboard.type('kube-bench');
	await expect(ui.region).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
	const first = ui.results.getByRole('link').first();
	await expect(first).toHaveAttribute('href', /cis-benchmark/);
	// Tab reaches the results as well as the arrow keys do.
	let focused = '';
	for (let i = 0; i < 10 && !focused.includes('cis-benchmark'); i++) {
		await page.keyboard.press('Tab');
		focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
	}
	expect(focused).toContain('cis-benchmark');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/cis-benchmark/);
});

test('search dialog: the arrow keys move from the box through the results and back; Enter in the box follows the first result', async ({ page }) => {
	await page.goto('exam/');
	const ui = searchUi(page, 'ja');
	await page.keyboard.press('Control+k');
	await searchFor(ui, 'seccomp プロファイル');
	const links = ui.results.getByRole('link');
	expect(await links.count()).toBeGreaterThan(2);
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(ui.box).toBeFocused();
	const target = await links.nth(0).getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('search dialog: focus stays inside while it is open, Escape closes it and focus returns where it was', async ({ page }) => {
	await page.goto('en/exam/');
	const ui = searchUi(page, 'en');
	// Opened from a link of the page with the shortcut, the dialog gives focus back to that link.
	const link = page.getByRole('link', { name: 'Skip to content' });
	await link.focus();
	await page.keyboard.press('Control+k');
	await expect(ui.dialog).toBeVisible();
	await expect(ui.box).toBeFocused();
	await searchFor(ui, 'audit policy');
	const count = await ui.dialog.locator('input, button, a[href]').count();
	for (let i = 0; i < count + 3; i++) {
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
	}
	for (let i = 0; i < count + 3; i++) {
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
	}
	await page.keyboard.press('Escape');
	await expect(ui.dialog).toBeHidden();
	await expect(link).toBeFocused();

	// Opened with the button, it gives focus back to the button; the slash key opens it too, and Ctrl+K closes it.
	await ui.button.click();
	await expect(ui.box).toBeFocused();
	await ui.dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(ui.dialog).toBeHidden();
	await expect(ui.button).toBeFocused();
	await page.locator('main h1').click();
	await page.keyboard.press('/');
	await expect(ui.box).toBeFocused();
	// A slash typed into the box is text.
	await page.keyboard.type('/etc');
	await expect(ui.box).toHaveValue('/etc');
	await page.keyboard.press('Control+k');
	await expect(ui.dialog).toBeHidden();
});

test('search dialog: screen readers get a named button, dialog and box, and hear the outcome of each search', async ({ page }) => {
	await page.goto('exam/');
	const ui = searchUi(page, 'ja');
	// Label in name (WCAG 2.5.3): the button's accessible name contains the text it shows, shortcut included.
	const visible = (await ui.button.innerText()).replace(/\s+/g, ' ').trim();
	expect(visible).toMatch(/^検索 Ctrl K$/);
	await expect(ui.button).toHaveAccessibleName(visible);
	await expect(ui.button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
	await ui.button.click();
	await expect(ui.box).toHaveAccessibleName('検索');
	// The status line is a live region the box is described by: what it says is announced.
	await expect(ui.status).toHaveAttribute('id', (await ui.box.getAttribute('aria-describedby'))!);
	await searchFor(ui, '監査ログ');
	await expect(ui.status).toHaveText(/^「監査ログ」を含むページ：\d+ 件( （上位 10 件を表示）)?$/);
	await expect(ui.box).toHaveAccessibleDescription(/監査ログ/);
	await searchFor(ui, 'システムコール 追跡');
	await expect(ui.status).toHaveText(/^一部の語に一致/);
	await searchFor(ui, 'zzzxqj');
	await expect(ui.status).toHaveText('「zzzxqj」に一致するページはありません');
	await expect(ui.results).toHaveCount(0);
});

test('with the keyboard only, a reader opens a practice solution', async ({ page }) => {
	await page.goto('cluster-setup/network-policy/');
	const summary = page.locator('details.solution summary').first();
	await summary.focus();
	await expect(page.locator('details.solution .body').first()).toBeHidden();
	await page.keyboard.press('Enter');
	await expect(page.locator('details.solution .body').first()).toBeVisible();
});

test('on a phone, Tab reaches a code block far down a long page before the reader has scrolled to it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('runtime-security/falco/');
	// The browser has not laid out the blocks below the fold yet (content-visibility), so none could be measured as scrolling.
	const last = page.locator('.sl-markdown-content > .expressive-code pre').last();
	expect(await last.evaluate((pre) => pre.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
	await expect(last).toHaveAttribute('tabindex', '0');
	await last.focus();
	await expect(last).toBeInViewport();
});

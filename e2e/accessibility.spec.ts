import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

/** Pages grouped by their first path segments, so the groups run in parallel: `cluster-setup`, `en/cluster-setup`, `exam`… */
const groups = Object.groupBy(builtPages(), (path) => path.split('/').slice(0, path.startsWith('en/') ? 2 : 1).join('/') || 'home');

for (const theme of ['dark', 'light'] as const) {
	for (const [group, paths] of Object.entries(groups)) {
		test(`no serious or critical accessibility violation (${theme} theme): ${group}`, async ({ page }) => {
			test.setTimeout(300_000);
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			const failures: string[] = [];
			for (const path of paths!) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				// The print page gathers the topic pages: wait until it is done.
				if (/(^|\/)print\/$/.test(path)) await expect(page.locator('print-all')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
				// Visible code blocks and wide tables become focusable once measured, after layout (axe: scrollable-region-focusable).
				await page.waitForFunction(() =>
					[...document.querySelectorAll('.expressive-code pre, .sl-markdown-content table')].every(
						(el) => !el.checkVisibility() || el.scrollWidth <= el.clientWidth || el.hasAttribute('tabindex'),
					),
				);
				// The topics a print page gathers are the topic pages, checked on their own (axe over all of them at once takes minutes);
				// what gathering could break, reaching scrolling code and tables by keyboard, the wait above asserts on them too.
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.exclude('.gathered')
					.analyze();
				for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
					failures.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
				}
			}
			expect(failures).toEqual([]);
		});
	}
}

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

for (const theme of ['dark', 'light'] as const) {
	test(`every page has no serious or critical accessibility violation in the ${theme} theme`, async ({ page }) => {
		test.setTimeout(600_000);
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const failures: string[] = [];
		for (const path of builtPages()) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			// Expressive Code marks scrollable code blocks focusable once it has measured them.
			await page.waitForFunction(() =>
				[...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')),
			);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
				failures.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
			}
		}
		expect(failures).toEqual([]);
	});
}

/** axe as the site's tests run it: WCAG 2.2 AA and best practice, serious and critical findings, on the page as a reader sees it. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * An axe run over `page`. The blocks the browser skips while off screen (content-visibility in src/styles/site.css) are
 * laid out first, as scrolling to them would: axe cannot measure colours and sizes of what is not laid out.
 */
export async function axe(page: Page): Promise<AxeBuilder> {
	await page.evaluate(() => document.querySelectorAll<HTMLElement>('.sl-markdown-content > *').forEach((el) => (el.style.contentVisibility = 'visible')));
	return new AxeBuilder({ page }).withTags(tags);
}

/** The serious and critical violations of an axe run, one line each: where (`label`), the rule and the first elements. */
export async function seriousViolations(builder: AxeBuilder, label: string): Promise<string[]> {
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

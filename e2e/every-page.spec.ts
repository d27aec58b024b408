import { type Page, expect, test } from '@playwright/test';
import { domains } from '../src/curriculum/model.ts';
import { axe, seriousViolations } from './axe.ts';
import { builtPages, search } from './site.ts';

/** Pages grouped by their first path segments, so the groups run in parallel: `cluster-setup`, `en/cluster-setup`, `exam`… */
const groups = Object.groupBy(builtPages(), (path) => path.split('/').slice(0, path.startsWith('en/') ? 2 : 1).join('/') || 'home');

const topicPage = (path: string) => domains.some((d) => path.replace(/^en\//, '').startsWith(`${d.id}/`));
/**
 * The light theme changes colours only, and the topic pages of a domain are built from the same components: in it, every
 * page that is not a topic page is checked, and the first topic page of each domain in each language.
 */
const lightPages = new Set(builtPages().filter((path, i, all) => !topicPage(path) || all.findIndex((p) => p.split('/').slice(0, -2).join('/') === path.split('/').slice(0, -2).join('/')) === i));

/** Waits until the page has finished what it does after load: gathering (print), and making scrolling code and tables focusable. */
async function settled(page: Page, path: string) {
	if (/(^|\/)print\/$/.test(path)) await expect(page.locator('print-all')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
	// axe: scrollable-region-focusable, asserted here on the print pages' gathered topics too.
	await page.waitForFunction(() =>
		[...document.querySelectorAll('.expressive-code pre, .sl-markdown-content table')].every(
			(el) => !el.checkVisibility() || el.scrollWidth <= el.clientWidth || el.hasAttribute('tabindex'),
		),
	);
}

/** Serious and critical axe violations of the page as shown (the topics a print page gathers are checked on their own pages). */
async function accessibilityFailures(page: Page, path: string): Promise<string[]> {
	return seriousViolations((await axe(page)).exclude('.gathered'), path);
}

for (const [group, paths] of Object.entries(groups)) {
	test(`every page keeps to its own origin and CSP, logs no error and passes axe (dark theme): ${group}`, async ({ page, baseURL }) => {
		test.setTimeout(120_000 + paths!.length * 15_000);
		const origin = new URL(baseURL!).origin;
		const problems: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to ${request.url()}`);
		});
		page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		await page.addInitScript(() => {
			localStorage.setItem('starlight-theme', 'dark');
			document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
		});
		const failures: string[] = [];
		for (const path of paths!) {
			await page.goto(path);
			await expect(page.locator('head meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			// The search loads Pagefind's worker and WebAssembly: under the CSP too.
			if (path === 'exam/' || path === 'en/exam/') expect(await search(page, 'kube-bench')).not.toEqual([]);
			await settled(page, path);
			failures.push(...(await accessibilityFailures(page, path)));
			await page.waitForLoadState('load');
			expect(problems, path).toEqual([]);
		}
		expect(failures).toEqual([]);
	});
}

test('pages pass axe in the light theme: every page that is not a topic page, and a topic page of each domain', async ({ page }) => {
	test.setTimeout(120_000 + lightPages.size * 15_000);
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
	const failures: string[] = [];
	for (const path of lightPages) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await settled(page, path);
		failures.push(...(await accessibilityFailures(page, path)));
	}
	expect(failures).toEqual([]);
});

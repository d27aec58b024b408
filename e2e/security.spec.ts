import { expect, test } from '@playwright/test';
import { builtPages, search } from './site.ts';

test('no page requests another origin, violates its CSP or logs an error', async ({ page, baseURL }) => {
	test.setTimeout(600_000);
	const origin = new URL(baseURL!).origin;
	const problems: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to ${request.url()}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
	});
	for (const path of builtPages()) {
		await page.goto(path);
		await expect(page.locator('head meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
		// Open the search too, which loads Pagefind's worker and WebAssembly.
		if (path === 'exam/') {
			expect(await search(page, 'kube-bench')).not.toEqual([]);
		}
		await page.waitForLoadState('load');
		expect(problems, path).toEqual([]);
	}
});

test('the CSP allows no inline script without its hash and only the site itself', async ({ page }) => {
	await page.goto('exam/');
	const csp = await page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
	const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
	expect(scriptSrc).not.toContain("'unsafe-inline'");
	expect(scriptSrc).not.toContain("'unsafe-eval'");
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("object-src 'none'");
	const inline = await page.locator('script:not([src])').count();
	expect(scriptSrc.match(/'sha256-/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
	expect(inline).toBeGreaterThan(0);
});

test('the headers file for static hosts carries the same policy as the pages', async ({ page }) => {
	const response = await page.goto('exam/');
	const meta = await page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
	expect(response!.headers()['content-security-policy']).toBe(meta);
	expect(response!.headers()['x-content-type-options']).toBe('nosniff');
	expect(response!.headers()['referrer-policy']).toBe('no-referrer');
});

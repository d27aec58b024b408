import { expect, test } from '@playwright/test';

// Every page's requests, CSP violations and errors are checked in every-page.spec.ts.

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

import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { generateServiceWorker } from '../src/postbuild/service-worker.ts';

const root = join(import.meta.dirname, '..');
const port = Number(process.env.CKS_E2E_PORT ?? 4399) + 2;
let site: string;
let server: ChildProcess;

test.beforeAll(async () => {
	await mkdir(join(root, '.tmp'), { recursive: true });
	site = await mkdtemp(join(root, '.tmp', 'update-'));
	await cp(join(root, 'dist'), site, { recursive: true });
	server = spawn(process.execPath, [join(root, 'scripts/serve.ts'), '--dir', site, '--port', String(port)], { stdio: 'pipe' });
	await new Promise((resolve) => server.stdout!.once('data', resolve));
});

test.afterAll(async () => {
	server.kill();
	await rm(site, { recursive: true, force: true });
});

test('a new build is offered to the reader and, once accepted, arrives whole', async ({ page }) => {
	test.setTimeout(180_000);
	const url = `http://localhost:${port}/exam/`;
	await page.goto(url);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
	// The reader has the offline copy once told so: a build deployed while it is still being kept would already be in it.
	await expect(page.getByRole('status').filter({ hasText: 'オフラインで利用できます' })).toBeVisible({ timeout: 60_000 });
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText('試験ガイド');

	// Deploy a new build: a changed page and the service worker generated for it.
	const exam = join(site, 'exam/index.html');
	const before = await readFile(exam, 'utf8');
	const after = before.replace(/(<h1 id="_top"[^>]*>)試験ガイド</, '$1試験ガイド（改訂版）<');
	expect(after).not.toBe(before);
	await writeFile(exam, after);
	await generateServiceWorker(site, '/');

	await page.reload();
	const status = page.getByRole('status');
	await expect(status).toContainText('新しいバージョンがあります', { timeout: 60_000 });
	const { violations } = await new AxeBuilder({ page }).include('cks-offline-status').analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
	// Until the reader accepts, every page still comes from the old build.
	await expect(heading).toHaveText('試験ガイド');
	await page.goto(url);
	await expect(heading).toHaveText('試験ガイド');

	await status.getByRole('button', { name: '再読み込み' }).click();
	await expect(heading).toHaveText('試験ガイド（改訂版）', { timeout: 30_000 });
	const cached = await page.evaluate(async () => {
		const names = await caches.keys();
		const requests = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
		return { names, exam: requests.map((r) => r.url).filter((u) => new URL(u).pathname === '/exam/index.html') };
	});
	// The old version's copies are gone once the new one is active.
	expect(cached.exam).toHaveLength(1);
});

import { defineConfig } from '@playwright/test';

/** The built site (dist/) served at the root, and the sub-path build (dist-base/) served under /cks-notes/. */
// CKS_E2E_PORT moves the servers, so two checkouts on one machine can run their tests at once (the update test uses the port after them).
const firstPort = Number(process.env.CKS_E2E_PORT ?? 4399);
const root = { port: firstPort, dir: 'dist', base: '/' };
const subpath = { port: firstPort + 1, dir: 'dist-base', base: '/cks-notes/' };

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		browserName: 'chromium',
		// Debian's Chromium: Playwright never downloads a browser here (its major matches @playwright/test 1.64).
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		},
	},
	projects: [
		{ name: 'root', testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${root.port}` } },
		{ name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${subpath.port}${subpath.base}` } },
	],
	webServer: [root, subpath].map(({ port, dir, base }) => ({
		command: `npm run serve -- --port ${port} --dir ${dir} --base ${base}`,
		url: `http://localhost:${port}${base}`,
		reuseExistingServer: false,
		timeout: 60_000,
	})),
});

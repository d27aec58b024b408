import { defineConfig } from '@playwright/test';

/** Port of the preview server the end-to-end tests run against (the built site in dist/). */
const port = 4399;

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		// Debian's Chromium: Playwright never downloads a browser here (its major matches @playwright/test 1.64).
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		},
	},
	webServer: {
		command: `npm run serve -- --port ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});

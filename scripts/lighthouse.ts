/**
 * Lighthouse on one page of the built site, as a phone would load it: served by scripts/serve.ts with gzip, Lighthouse's
 * default mobile settings (simulated slow 4G and a 4× slower CPU), Debian's Chromium. Nothing leaves the machine: the
 * browser's background services are off and every host name but localhost fails to resolve.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseReport {
	url: string;
	scores: Record<Category, number>;
	/** Requests the page made, by Lighthouse's resource type, with what travelled (headers included). */
	transfer: { documentBytes: number; stylesheetBytes: number; scriptBytes: number; otherBytes: number; requests: number };
	metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
	/** Requests to anywhere but the local server; always empty unless something is wrong. */
	outside: string[];
	/** The performance score of every run, in order; the report is the run with the median score. */
	performanceRuns: number[];
}

const chromeFlags = [
	'--headless=new',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-extensions',
	'--disable-domain-reliability',
	'--disable-client-side-phishing-detection',
	'--no-first-run',
	'--no-default-browser-check',
	'--metrics-recording-only',
	'--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
	// Belt and braces: whatever the browser still tries to reach outside, it cannot find.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
	// Chromium refuses its sandbox to root.
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** Starts scripts/serve.ts on `port` and resolves once it listens. */
function serve(dir: string, port: number): Promise<ChildProcess> {
	const server = spawn(process.execPath, [join(import.meta.dirname, 'serve.ts'), '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.once('exit', (code) => reject(new Error(`scripts/serve.ts exited (${code})`)));
		server.stdout!.once('data', () => resolve(server));
	});
}

/**
 * Runs Lighthouse `runs` times on `page` (a path inside the site, e.g. `supply-chain-security/permitted-registries/`) of the
 * built site `dir` and reports the run with the median performance score: one run's blocking time varies by a factor of
 * two or more with what else the machine does, and Lighthouse's own guidance on variability is to take the median of several.
 */
export async function runLighthouse(dir: string, page: string, port: number, runs = 3): Promise<LighthouseReport> {
	const server = await serve(dir, port);
	const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags, logLevel: 'silent' });
	try {
		const url = `http://localhost:${port}/${page}`;
		const reports: Omit<LighthouseReport, 'performanceRuns'>[] = [];
		for (let run = 0; run < runs; run++) reports.push(await measure(url, chrome.port, port));
		const byScore = [...reports].sort((a, b) => a.scores.performance - b.scores.performance);
		const median = byScore[Math.floor((byScore.length - 1) / 2)]!;
		// A request outside the site in any run counts, not only in the median one.
		const outside = [...new Set(reports.flatMap((r) => r.outside))];
		return { ...median, outside, performanceRuns: reports.map((r) => r.scores.performance) };
	} finally {
		chrome.kill();
		server.kill();
	}
}

/** One Lighthouse run on `url` in the browser listening on `chromePort`. */
async function measure(url: string, chromePort: number, port: number): Promise<Omit<LighthouseReport, 'performanceRuns'>> {
	const result = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
	if (!result) throw new Error('Lighthouse returned no result');
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const items = ((lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []).filter(
		(r) => !r.url.startsWith('data:'),
	);
	const sum = (types: string[] | undefined) => items.filter((r) => (types ? types.includes(r.resourceType ?? '') : !['Document', 'Stylesheet', 'Script'].includes(r.resourceType ?? ''))).reduce((s, r) => s + (r.transferSize ?? 0), 0);
	const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		url,
		scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>,
		transfer: { documentBytes: sum(['Document']), stylesheetBytes: sum(['Stylesheet']), scriptBytes: sum(['Script']), otherBytes: sum(undefined), requests: items.length },
		metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
		outside: items.map((r) => r.url).filter((u) => !u.startsWith(`http://localhost:${port}/`)),
	};
}

/**
 * Measures what the site costs: snippet validation time (budget 3 s), build time, the weight of a topic page as a reader
 * loads it without the service worker (median 35 KB gzipped, hard limit 40 KB; heaviest 55 KB), search index, the
 * offline copy of a first visit (1.5 MB gzipped), and Lighthouse on the heaviest topic page (the median of three runs; figures, not a test).
 * Fails when a budget is exceeded. CKS_BENCH_PORT moves the local server Lighthouse loads from; CKS_BENCH_LIGHTHOUSE=0 skips it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainIds } from '../src/curriculum/model.ts';
import { summarize, validatePages } from '../src/validation/validate.ts';
import { type PageWeight, kilobytes as kb, pageWeight } from '../src/postbuild/page-weight.ts';
import { firstVisitBudgetBytes, generateServiceWorker, megabytes as mb } from '../src/postbuild/service-worker.ts';
import { type LighthouseReport, runLighthouse } from './lighthouse.ts';

const root = join(import.meta.dirname, '..');
const validationBudgetMs = 3000;
/** A topic page with everything it loads at startup, gzipped: the median page, its hard limit, the heaviest page. */
const pageBudget = { medianBytes: 35 * 1024, medianLimitBytes: 40 * 1024, heaviestBytes: 55 * 1024 };

/** Median of `runs` timings of `fn`, in milliseconds. */
async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

// A fresh process gives the cold cost a build pays (module loading included); later runs show the warm cost.
const coldStart = performance.now();
const report = await validatePages(join(root, 'src/content/docs'), root);
const validationColdMs = performance.now() - coldStart;
const validationWarmMs = await median(3, () => validatePages(join(root, 'src/content/docs'), root));

const buildStart = performance.now();
execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'ignore' });
const buildMs = performance.now() - buildStart;

const dist = join(root, 'dist');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dist, f)).isFile());
const sizeOf = (filter: (f: string) => boolean) => files.filter(filter).reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
const html = files.filter((f) => f.endsWith('.html'));
// Topic pages live in the domains' folders, in both languages: `cluster-setup/rbac/index.html`, `en/cluster-setup/rbac/index.html`.
const topicPages = html.filter((f) => f.endsWith('/index.html') && (domainIds as readonly string[]).includes(f.replace(/^en\//, '').split('/')[0]!));
const cache = new Map();
const weights = topicPages.map((p) => pageWeight(dist, p, '/', cache)).sort((a, b) => a.gzipBytes - b.gzipBytes);
if (!weights.length) throw new Error('no topic pages in dist/');
const medianPage = weights[Math.floor(weights.length / 2)]!;
const heaviestPage = weights.at(-1)!;
// The same grouping the build wrote into sw.js: the shell, then each language.
const offline = await generateServiceWorker(dist, '/');

let lighthouse: LighthouseReport | undefined;
if (process.env.CKS_BENCH_LIGHTHOUSE !== '0') lighthouse = await runLighthouse(dist, heaviestPage.page.replace(/index\.html$/, ''), Number(process.env.CKS_BENCH_PORT ?? 4397));

const summary = (w: PageWeight) => ({ page: w.page, gzipBytes: w.gzipBytes, byKind: w.byKind, files: w.resources.length });
const results = {
	date: new Date().toISOString(),
	validation: { blocks: report.blocks.length, kinds: summarize(report.blocks), coldMs: Math.round(validationColdMs), warmMs: Math.round(validationWarmMs), budgetMs: validationBudgetMs },
	buildMs: Math.round(buildMs),
	pages: html.length,
	bytes: {
		html: sizeOf((f) => f.endsWith('.html')),
		jsCss: sizeOf((f) => /\.(js|css)$/.test(f) && !f.startsWith('pagefind/')),
		searchIndex: sizeOf((f) => f.startsWith('pagefind/')),
		total: sizeOf(() => true),
	},
	topicPages: { count: weights.length, median: summary(medianPage), heaviest: summary(heaviestPage), lightest: summary(weights[0]!), budget: pageBudget },
	offlineCopy: { ...offline, budgetGzipBytes: firstVisitBudgetBytes },
	lighthouse,
};

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), `${JSON.stringify(results, null, '\t')}\n`);

const ok = (pass: boolean) => (pass ? 'within budget' : 'OVER BUDGET');
const kinds = (w: PageWeight) => `HTML ${kb(w.byKind.html)} + CSS ${kb(w.byKind.css)} + JS ${kb(w.byKind.js)}, ${w.resources.length} files`;
const medianOk = medianPage.gzipBytes <= pageBudget.medianBytes;
const heaviestOk = heaviestPage.gzipBytes <= pageBudget.heaviestBytes;
console.log(`snippet validation  ${results.validation.blocks} blocks (${results.validation.kinds})`);
console.log(`                    cold ${results.validation.coldMs} ms, warm ${results.validation.warmMs} ms — ${ok(validationColdMs <= validationBudgetMs)} (${validationBudgetMs} ms)`);
console.log(`full build          ${(buildMs / 1000).toFixed(1)} s for ${html.length} pages`);
console.log(`weight              HTML ${mb(results.bytes.html)}, JS+CSS ${mb(results.bytes.jsCss)}, search index ${mb(results.bytes.searchIndex)}, all ${mb(results.bytes.total)}`);
console.log(`topic page (gzip, HTML + startup CSS and JS, no service worker), ${weights.length} pages:`);
console.log(`  median            ${kb(medianPage.gzipBytes)} (${kinds(medianPage)}) ${medianPage.page} — ${medianOk ? 'within budget' : medianPage.gzipBytes <= pageBudget.medianLimitBytes ? 'OVER BUDGET, within the hard limit' : 'OVER THE HARD LIMIT'} (${kb(pageBudget.medianBytes)}, hard limit ${kb(pageBudget.medianLimitBytes)})`);
console.log(`  heaviest          ${kb(heaviestPage.gzipBytes)} (${kinds(heaviestPage)}) ${heaviestPage.page} — ${ok(heaviestOk)} (${kb(pageBudget.heaviestBytes)})`);
console.log(`  lightest          ${kb(weights[0]!.gzipBytes)} ${weights[0]!.page}`);
console.log(`offline copy        ${Object.entries(offline.groups).map(([g, r]) => `${g} ${r.files} files ${mb(r.gzipBytes)}`).join(', ')} (gzipped)`);
console.log(`                    first visit ${mb(offline.firstVisitGzipBytes)} — ${ok(offline.firstVisitGzipBytes <= firstVisitBudgetBytes)} (${mb(firstVisitBudgetBytes)})`);
if (lighthouse) {
	const { scores, metrics, transfer } = lighthouse;
	console.log(`lighthouse          ${lighthouse.url} (mobile, simulated throttling; median of ${lighthouse.performanceRuns.length} runs, performance ${lighthouse.performanceRuns.join(', ')}; figures, not a test)`);
	console.log(`                    performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}`);
	console.log(`                    FCP ${(metrics.fcpMs / 1000).toFixed(1)} s, LCP ${(metrics.lcpMs / 1000).toFixed(1)} s, TBT ${Math.round(metrics.tbtMs)} ms, CLS ${metrics.cls.toFixed(3)}`);
	console.log(`                    ${transfer.requests} requests: document ${kb(transfer.documentBytes)}, CSS ${kb(transfer.stylesheetBytes)}, JS ${kb(transfer.scriptBytes)}, other ${kb(transfer.otherBytes)} (as sent, headers included)`);
	if (lighthouse.outside.length) console.log(`                    REQUESTS OUTSIDE localhost: ${lighthouse.outside.join(', ')}`);
}
console.log('written to bench-results/latest.json');
if (validationColdMs > validationBudgetMs || offline.firstVisitGzipBytes > firstVisitBudgetBytes || !medianOk || !heaviestOk || lighthouse?.outside.length) process.exitCode = 1;

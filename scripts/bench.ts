/** Measures what the site costs: snippet validation time (budget 3 s), build time, and the weight of pages, search index and the offline copy. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, validatePages } from '../src/validation/validate.ts';
import { firstVisitBudgetBytes, generateServiceWorker, megabytes as mb } from '../src/postbuild/service-worker.ts';

const root = join(import.meta.dirname, '..');
const validationBudgetMs = 3000;

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
const heaviest = html.map((f) => ({ page: f, bytes: statSync(join(dist, f)).size })).sort((a, b) => b.bytes - a.bytes).slice(0, 3);
// The same grouping the build wrote into sw.js: the shell, then each language.
const offline = await generateServiceWorker(dist, '/');

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
	offlineCopy: { ...offline, budgetGzipBytes: firstVisitBudgetBytes },
	heaviestPages: heaviest,
};

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), `${JSON.stringify(results, null, '\t')}\n`);

const ok = (pass: boolean) => (pass ? 'within budget' : 'OVER BUDGET');
console.log(`snippet validation  ${results.validation.blocks} blocks (${results.validation.kinds})`);
console.log(`                    cold ${results.validation.coldMs} ms, warm ${results.validation.warmMs} ms — ${ok(validationColdMs <= validationBudgetMs)} (${validationBudgetMs} ms)`);
console.log(`full build          ${(buildMs / 1000).toFixed(1)} s for ${html.length} pages`);
console.log(`weight              HTML ${mb(results.bytes.html)}, JS+CSS ${mb(results.bytes.jsCss)}, search index ${mb(results.bytes.searchIndex)}, all ${mb(results.bytes.total)}`);
console.log(`offline copy        ${Object.entries(offline.groups).map(([g, r]) => `${g} ${r.files} files ${mb(r.gzipBytes)}`).join(', ')} (gzipped)`);
console.log(`                    first visit ${mb(offline.firstVisitGzipBytes)} — ${ok(offline.firstVisitGzipBytes <= firstVisitBudgetBytes)} (${mb(firstVisitBudgetBytes)})`);
console.log(`heaviest pages      ${heaviest.map((p) => `${p.page} ${(p.bytes / 1024).toFixed(0)} KB`).join(', ')}`);
console.log('written to bench-results/latest.json');
if (validationColdMs > validationBudgetMs || offline.firstVisitGzipBytes > firstVisitBudgetBytes) process.exitCode = 1;

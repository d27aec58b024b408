import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { axe, seriousViolations } from './axe.ts';
import { type Page, expect, test } from '@playwright/test';
import { rolldown } from 'rolldown';
import { icuWords, normalizeText } from '../src/lib/search/text.ts';
import { multiWordQueries, searchTerms, variantQueries } from './search-terms.ts';
import { openSearch, resultPaths, search, searchFor, searchUi, topicIds } from './site.ts';

const pagePath = (lang: 'ja' | 'en', id: string) => (lang === 'ja' ? `/${id}/` : `/en/${id}/`);
const home = (lang: 'ja' | 'en') => (lang === 'ja' ? 'exam/' : 'en/exam/');
/** Time for a test that searches `count` queries one after the other (a shared two-core machine can be slow). */
const perQuery = (count: number) => 30_000 + count * 6_000;

const termGroups = Object.groupBy(searchTerms, ({ page, lang = 'ja' }) => `${lang}: ${page.split('/')[0]}`);

for (const [group, terms] of Object.entries(termGroups)) {
	test(`search (${group}): each term finds its page first or second`, async ({ page }) => {
		test.setTimeout(perQuery(terms!.length));
		const lang = terms![0]!.lang ?? 'ja';
		await page.goto(home(lang));
		const ui = await openSearch(page);
		for (const { term, page: expected } of terms!) {
			const pages = (await searchFor(ui, term)).slice(0, 2);
			expect.soft(pages, `top results for "${term}"`).toContain(pagePath(lang, expected));
		}
	});
}

const queryGroups = Object.groupBy(multiWordQueries, ({ page, lang = 'ja' }) => `${lang}: ${page.split('/')[0]}`);

for (const [group, queries] of Object.entries(queryGroups)) {
	test(`search (${group}): a query with a word its page lacks still finds the page in the first three, and says which word it lacks`, async ({ page }) => {
		test.setTimeout(perQuery(queries!.length));
		const lang = queries![0]!.lang ?? 'ja';
		await page.goto(home(lang));
		const ui = await openSearch(page);
		for (const { query, page: expected } of queries!) {
			const pages = await searchFor(ui, query);
			expect.soft(pages.slice(0, 3), `top results for "${query}"`).toContain(pagePath(lang, expected));
			// The page's result names the words it does not contain: Pagefind on its own would not list it.
			const result = ui.results.getByRole('listitem').filter({ has: page.locator(`a[href$="${pagePath(lang, expected)}"]`) }).first();
			await expect.soft(result.getByText(lang === 'ja' ? /^含まない語：/ : /^Missing:/), `missing words for "${query}"`).toBeVisible();
		}
	});
}

test('search: half-width katakana and full-width letters are searched as the usual form; a final long vowel may be left out or added', async ({ page }) => {
	test.setTimeout(perQuery(variantQueries.length * 2));
	for (const lang of ['ja', 'en'] as const) {
		const queries = variantQueries.filter((q) => (q.lang ?? 'ja') === lang);
		await page.goto(home(lang));
		const ui = await openSearch(page);
		for (const { query, as, variant, page: expected } of queries) {
			const typed = await searchFor(ui, query);
			const usual = await searchFor(ui, as);
			expect.soft(typed.slice(0, 3), `top results for "${query}"`).toContain(pagePath(lang, expected));
			expect.soft(usual.slice(0, 3), `top results for "${as}"`).toContain(pagePath(lang, expected));
			if (variant === 'width') expect.soft(typed, `"${query}" and "${as}"`).toEqual(usual);
		}
	}
});

test('search: when no page holds every word, the reader is told the results match some of the words', async ({ page }) => {
	await page.goto('exam/');
	let ui = await openSearch(page);
	expect((await searchFor(ui, 'システムコール 追跡')).slice(0, 3)).toContain('/runtime-security/attack-investigation/');
	await expect(ui.status).toContainText('一部の語に一致');
	// A query every word of which some page holds is not called partial.
	await searchFor(ui, 'シークレット base64');
	await expect(ui.status).not.toContainText('一部の語に一致');
	await expect(ui.status).toContainText('シークレット base64');

	await page.goto('en/exam/');
	ui = await openSearch(page);
	expect((await searchFor(ui, 'namespaceSelector allow port 3306')).slice(0, 3)).toContain('/en/cluster-setup/network-policy/');
	await expect(ui.status).toContainText('Matches some of your words');
	await expect(ui.results.getByRole('listitem').first().getByText('Missing:')).toContainText('3306');
});

test('search: a result shows its page, the sections that hold the words (links to their headings) and excerpts with the words marked, never the internal keywords', async ({ page }) => {
	await page.goto('exam/');
	const ui = await openSearch(page);
	expect((await searchFor(ui, 'etcdctl シークレット'))[0]).toBe('/microservice-vulnerabilities/secrets/');
	const first = ui.results.getByRole('listitem').first();
	await expect(first.getByRole('link').first()).toHaveText('Secret を安全に扱う');
	const section = first.getByRole('list').getByRole('link').first();
	const href = await section.getAttribute('href');
	expect(href).toMatch(/^\/microservice-vulnerabilities\/secrets\/#.+/);
	await expect(section.locator('mark').first()).toBeVisible();
	const marked = await ui.results.locator('mark').allTextContents();
	expect(marked.some((m) => /etcdctl/i.test(m))).toBe(true);
	expect(marked.some((m) => m.includes('シークレット'))).toBe(true);
	// The page's declared terms (searchTerms) help ranking but are never shown, and never reach the served page.
	await expect(ui.dialog).not.toContainText(/Keywords|キーワード|\/registry\/secrets ETCDCTL_API/);
	const html = await (await page.request.get('microservice-vulnerabilities/secrets/')).text();
	expect(html).not.toContain('data-pagefind-meta="keywords');
	// The section link leads to its heading.
	await section.click();
	await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	await expect(ui.dialog).toBeHidden();
});

test('search: results stay in the language of the page', async ({ page }) => {
	await page.goto('exam/');
	const ja = await search(page, 'kube-bench');
	expect(ja.length).toBeGreaterThan(0);
	for (const path of ja) expect(path).not.toMatch(/^\/en\//);
	await page.goto('en/exam/');
	const en = await search(page, 'kube-bench');
	expect(en.length).toBeGreaterThan(0);
	for (const path of en) expect(path).toMatch(/^\/en\//);
});

/** Requests a page makes, by path, from now on. */
function recordRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => paths.push(new URL(request.url()).pathname));
	return paths;
}

test('search: the dialog opens at once and answers on a page whose main thread is never idle', async ({ page }) => {
	await page.addInitScript(() => {
		// Work in 40 ms slices back to back, as a heavy page does: the browser never has an idle period.
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			const end = performance.now() + 40;
			while (performance.now() < end);
			channel.port2.postMessage(null);
		};
		window.addEventListener('load', () => channel.port2.postMessage(null));
	});
	await page.goto('exam/');
	await page.waitForLoadState('load');
	const ui = searchUi(page, 'ja');
	await page.keyboard.press('Control+k');
	await expect(ui.dialog).toBeVisible();
	await expect(ui.box).toBeFocused();
	expect((await searchFor(ui, '監査ログ')).slice(0, 2)).toContain('/runtime-security/audit-logs/');
});

test.describe('with the service worker out of the way, so the test sees every request', () => {
	test.use({ serviceWorkers: 'block' });

	test('search: a topic page loads nothing of the search until the reader asks, then loads it on the button’s focus', async ({ page }) => {
		const requests = recordRequests(page);
		await page.goto('cluster-setup/network-policy/');
		await page.waitForLoadState('networkidle');
		const searchCode = (paths: string[]) => paths.filter((p) => p.includes('/pagefind/') || /\/_astro\/dialog\.[^/]+\.js$/.test(p));
		// Reading, scrolling and moving the pointer over the page are not asking.
		await page.mouse.wheel(0, 800);
		await page.mouse.move(200, 300);
		await page.waitForLoadState('networkidle');
		expect(searchCode(requests)).toEqual([]);

		const ui = searchUi(page, 'ja');
		await ui.button.focus();
		await expect.poll(() => searchCode(requests).some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
		expect(searchCode(requests).some((p) => /\/_astro\/dialog\./.test(p))).toBe(true);
		// No fragment of the index before a query.
		expect(requests.filter((p) => p.includes('/pagefind/fragment/'))).toEqual([]);
	});

	test('search: what a topic page carries for search before the reader asks is the button and a loader of at most 2 KB gzipped', async ({ page }, testInfo) => {
		const scripts = new Map<string, Buffer>();
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'script') scripts.set(new URL(response.url()).pathname, await response.body().catch(() => Buffer.alloc(0)));
		});
		await page.goto('cluster-setup/network-policy/');
		await page.waitForLoadState('networkidle');
		// The loader arrives inside the site's one startup script (src/postbuild/bundle.ts), so it is weighed as built alone.
		expect([...scripts].filter(([, body]) => body.includes('cks-search'))).toHaveLength(1);
		const gzipped = gzipSync(await minifiedLoader(), { level: 9 }).length;
		testInfo.annotations.push({ type: 'search loader', description: `${gzipped} bytes gzipped` });
		expect(gzipped).toBeLessThanOrEqual(2048);
		// Neither Starlight's search UI nor Pagefind's is on the page.
		for (const [name, body] of scripts) expect(body.includes('PagefindUI') || body.includes('pagefind-ui'), name).toBe(false);
		const css = await page.evaluate(() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));
		expect(css).not.toContain('pagefind-ui');
	});

	test('search: an answer to an older query never replaces the answer to a newer one', async ({ page }) => {
		// Hold back the index data of the first query until the second has been answered.
		let holding = true;
		const held: (() => void)[] = [];
		await page.route('**/pagefind/fragment/*', async (route) => {
			if (!holding) return route.continue();
			await new Promise<void>((resolve) => held.push(resolve));
			await route.continue();
		});
		await page.goto('exam/');
		const ui = await openSearch(page);
		await page.evaluate(() => {
			const status = document.querySelector('cks-search .status')!;
			(window as unknown as { statuses: string[] }).statuses = [];
			new MutationObserver(() => (window as unknown as { statuses: string[] }).statuses.push(status.textContent ?? '')).observe(status, { childList: true, subtree: true, characterData: true });
		});
		// Two queries whose results share no page, so the second needs none of the data held back for the first.
		await ui.box.fill('readOnlyPort');
		await expect.poll(() => held.length).toBeGreaterThan(0);
		holding = false;
		const second = await searchFor(ui, 'apparmor_parser');
		expect(second).toEqual(['/system-hardening/apparmor/']);
		for (const release of held) release();
		// Let the first query's data arrive, then check that nothing about it was ever shown after the second answer.
		await page.waitForLoadState('networkidle');
		expect(await resultPaths(ui)).toEqual(second);
		await expect(ui.status).toContainText('apparmor_parser');
		const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
		expect(statuses.some((s) => s.includes('apparmor_parser'))).toBe(true);
		expect(statuses.filter((s) => s.includes('readOnlyPort'))).toEqual([]);
	});

	test('search: a missing or damaged part of the index gives a message in the dialog, which stays usable', async ({ page }) => {
		await page.route('**/pagefind/fragment/*', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('not a fragment') }));
		await page.goto('exam/');
		const ui = await openSearch(page);
		await searchFor(ui, 'kube-bench');
		await expect(ui.status).toContainText('検索の索引を読み込めませんでした');
		await expect(ui.results).toHaveCount(0);
		// The dialog still answers the keyboard and closes.
		await ui.box.fill('');
		await ui.box.pressSequentially('audit');
		await expect(ui.box).toHaveValue('audit');
		await page.keyboard.press('Escape');
		await expect(ui.dialog).toBeHidden();
		await expect(ui.button).toBeFocused();
	});

	test('search: one unreadable page of the index leaves the others shown, with a note', async ({ page }) => {
		// Every other page's data is missing, whichever pages the query ranks first: some results can be shown, some not.
		let requests = 0;
		await page.route('**/pagefind/fragment/*', (route) => (requests++ % 2 ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue()));
		await page.goto('exam/');
		const ui = await openSearch(page);
		const pages = await searchFor(ui, 'kube-bench');
		expect(pages.length).toBeGreaterThan(0);
		await expect(ui.status).toContainText('一部の結果は、索引の一部を読み込めなかったため表示できません');
	});

	test('search: when the search itself cannot be loaded, the dialog says so', async ({ page }) => {
		await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
		await page.goto('en/exam/');
		const ui = await openSearch(page);
		await ui.box.fill('audit policy');
		await expect(ui.status).toContainText('The search index could not be loaded', { timeout: 15_000 });
		await page.keyboard.press('Escape');
		await expect(ui.dialog).toBeHidden();
	});
});

test('search: hostile queries are shown as text, never run, never break the dialog', async ({ page }) => {
	test.setTimeout(perQuery(15));
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('dialog', (dialog) => {
		errors.push(`a dialog opened: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.goto('exam/');
	const ui = await openSearch(page);
	const hostile = [
		'<script>window.__pwned = 1</script>',
		'<img src=x onerror="window.__pwned = 1">',
		'"><svg onload=alert(1)>',
		'.*+?^${}()|[]\\ (?<=a)\\1 [^]',
		'\u202Ekube-bench\u202C \u2066audit\u2069 \u200F',
		'\u0000\u0007\u001B[31m seccomp',
		'🔐🔑🧪',
		'シークレット 🔐 ' + 'ｱ'.repeat(50),
		'%00%2e%2e%2f ../../etc/passwd',
	];
	for (const query of hostile) {
		await searchFor(ui, query);
		await expect(ui.dialog).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		// Nothing of the query became markup: the dialog holds no element the page did not put there.
		expect(await ui.dialog.locator('script, img, svg, iframe, object').count()).toBe(0);
	}
	// Symbols and emoji alone: nothing to search, and the reader is told.
	await searchFor(ui, '🔐🔑🧪');
	await expect(ui.status).toHaveText('検索できる語がありません（記号や絵文字だけでは検索できません）');
	// Markup is shown as the text it is, bidi controls removed.
	await searchFor(ui, '<b>kube-bench</b>');
	await expect(ui.status.locator('bdi')).toHaveText('<b>kube-bench</b>');
	await searchFor(ui, '\u202Ekube-bench');
	await expect(ui.status.locator('bdi')).toHaveText('kube-bench');

	// 10,000 characters: cut, answered in reasonable time, and the dialog goes on working.
	const started = Date.now();
	await searchFor(ui, `kube-bench ${'ネットワークポリシー'.repeat(1000)}`);
	expect(Date.now() - started).toBeLessThan(10_000);
	await expect(ui.status).toContainText('最初の 200 文字');
	expect((await searchFor(ui, '監査ログ')).slice(0, 2)).toContain('/runtime-security/audit-logs/');
	expect(errors).toEqual([]);
});

test('search: the open dialog with results has no serious accessibility violation', async ({ page }) => {
	for (const lang of ['ja', 'en'] as const) {
		await page.goto(home(lang));
		const ui = await openSearch(page);
		await searchFor(ui, lang === 'ja' ? 'システムコール 追跡' : 'namespaceSelector allow port 3306');
		expect(await seriousViolations((await axe(page)).include('cks-search dialog'), lang)).toEqual([]);
	}
});

/** The text the built index holds for each page (of one language, or all), as Pagefind keeps it in its fragments, without the zero-width spaces it splits Japanese words with. */
function indexedPages(lang?: 'ja' | 'en'): { url: string; content: string }[] {
	const dir = join(import.meta.dirname, '../dist/pagefind/fragment');
	return readdirSync(dir)
		.filter((f) => !lang || f.startsWith(`${lang}_`))
		.map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').slice('pagefind_dcd'.length)) as { url: string; content: string })
		.map(({ url, content }) => ({ url, content: content.replace(/\u200B/g, '') }));
}

test('search: the browser splits the pages’ Japanese text into the same words as the index build did', async ({ page }) => {
	// The build adds to the index the words it splits each page into (icuWords, in Node); the dialog splits queries the
	// same way in the browser, where Pagefind splits them again with the browser's segmenter. Both are ICU, but of their
	// own versions and rules: if they ever disagree, queries stop matching the added words.
	const texts = indexedPages('ja').map(({ content }) => normalizeText(content));
	expect(texts.length).toBeGreaterThan(20);
	await page.goto('exam/');
	const inBrowser = await page.evaluate((all) =>
		all.map((text) =>
			[...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)]
				.filter((s) => s.isWordLike)
				.map((s) => s.segment.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, ''))
				.filter(Boolean),
		),
	texts);
	const differing = texts.flatMap((text, i) => {
		const built = icuWords(text, 'ja');
		const browser = inBrowser[i]!;
		const at = built.findIndex((w, j) => w !== browser[j]);
		return at < 0 && built.length === browser.length ? [] : [`page ${i}: build "${built.slice(at, at + 5).join(' ')}", browser "${browser.slice(at, at + 5).join(' ')}"`];
	});
	expect(differing).toEqual([]);
});

test('search never gives a hidden solution away: the index holds a page’s commands, not its solutions or setups', async ({ page }) => {
	// A result's excerpt is taken from the indexed text: a solution in it would answer the task before the reader tries.
	const indexed = new Map(indexedPages().map(({ url, content }) => [url, content.replace(/\s+/g, ' ')]));
	const oneTopicPerDomain = [...new Map(topicIds.map((id) => [id.split('/')[0], id])).values()];
	for (const path of oneTopicPerDomain.flatMap((id) => [`/${id}/`, `/en/${id}/`])) {
		await page.goto(path.slice(1));
		const lines = await page.locator('.expressive-code').evaluateAll((blocks) =>
			blocks.map((block) => ({
				hidden: block.closest('details.solution, details.setup') !== null,
				lines: [...block.querySelectorAll('.ec-line')].map((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((line) => line.length >= 16),
			})),
		);
		const shown = new Set(lines.filter((b) => !b.hidden).flatMap((b) => b.lines));
		const onlyInSolutions = lines.filter((b) => b.hidden).flatMap((b) => b.lines).filter((line) => !shown.has(line));
		const content = indexed.get(path)!;
		expect(content, path).toBeDefined();
		expect(onlyInSolutions.length, path).toBeGreaterThan(0);
		expect(onlyInSolutions.filter((line) => content.includes(line)), path).toEqual([]);
		// The same comparison finds the page's own commands, so the check above can fail.
		expect([...shown].some((line) => content.includes(line)), path).toBe(true);
	}
});

/** The search loader with what it imports, minified as the build minifies, without the dialog it loads on intent. */
async function minifiedLoader(): Promise<Buffer> {
	const build = await rolldown({ input: 'src/scripts/search/loader.ts', external: [/dialog\.ts$/], logLevel: 'silent' });
	const { output } = await build.generate({ format: 'es', minify: true });
	await build.close();
	return Buffer.from(output[0].code);
}

/** The manifest checker and "Check my answer", as a reader uses them: paste, read the findings, fix, go offline. */
import { axe, seriousViolations } from './axe.ts';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { parseDocument, stringify } from 'yaml';
import { copyText } from '../src/expressive-code/copy-from-lines.ts';
import { parseTasks } from '../src/lib/tasks.ts';
import { metaAttributes } from '../src/validation/extract.ts';
import { pageCodeBlocks, pageSource } from './site.ts';

const ui = {
	ja: {
		prefix: '',
		editor: 'マニフェスト',
		check: 'チェック',
		results: '結果',
		line: (n: number) => `${n} 行目`,
		clean: '問題は見つかりませんでした。',
		offline: 'このチェッカーはオフラインでも使えます。',
		siteOffline: 'オフラインで利用できます',
		checkAnswer: '解答をチェック',
		passed: 'チェックした項目はすべて解答例と一致しました。',
		failed: /まだ一致していません/,
		open: '問題を開く',
		startReview: '復習を始める',
	},
	en: {
		prefix: 'en/',
		editor: 'Manifest',
		check: 'Check',
		results: 'Results',
		line: (n: number) => `Line ${n}`,
		clean: 'No problems found.',
		offline: 'This checker also works offline.',
		siteOffline: 'Available offline',
		checkAnswer: 'Check my answer',
		passed: 'Your answer matches the solution on every checked part.',
		failed: /Not a match yet/,
		open: 'Open the task',
		startReview: 'Start review',
	},
} as const;

/** Broken manifests a reader might paste, each with the line and words of the finding it must get. */
const broken = [
	{
		name: 'a typo in a field',
		text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n    securityContex:\n      runAsNonRoot: true\n',
		line: 9,
		finding: 'unknown field "securityContex"',
	},
	{
		name: 'a wrong type',
		text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n    securityContext:\n      runAsNonRoot: "yes"\n',
		line: 10,
		finding: 'must be boolean',
	},
	{
		name: 'a removed API',
		text: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\nspec:\n  privileged: false\n',
		line: 1,
		finding: 'is not served by the exam\'s Kubernetes (removed)',
	},
	{
		name: 'a wrong enum',
		text: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: team-a\nspec:\n  podSelector: {}\n  policyTypes:\n  - Ingres\n',
		line: 9,
		finding: 'did you mean "Ingress"?',
	},
];

const valid = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n    securityContext:\n      allowPrivilegeEscalation: false\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n';

/** Pastes as a reader does: the text on the clipboard, then select all and paste into the editor. */
async function paste(page: Page, editor: Locator, text: string) {
	await page.evaluate((t) => navigator.clipboard.writeText(t), text);
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('ControlOrMeta+v');
}

/** The editor of a checker, by its accessible name. */
const editorOf = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

/** Check times the page measured (ms), for the report. */
const times: number[] = [];
async function recordTime(results: Locator) {
	const ms = Number(await results.getAttribute('data-ms'));
	if (Number.isFinite(ms)) times.push(ms);
}
test.afterAll(({}, info) => {
	if (times.length) info.annotations.push({ type: 'check times (ms)', description: times.join(', ') });
	if (times.length) console.log(`checker: ${times.length} checks, median ${times.sort((a, b) => a - b)[Math.floor(times.length / 2)]} ms, max ${Math.max(...times)} ms`);
});

/** The first task of a page whose solution declares check="…" (from its source), and that block's check paths. */
function checkedTask(page: string) {
	const { tasks } = parseTasks(pageSource(page));
	const task = tasks.find((t) => t.checked)!;
	const next = tasks[tasks.indexOf(task) + 1]?.line ?? Infinity;
	const block = pageCodeBlocks(page).find((b) => metaAttributes(b.meta).check !== undefined && b.line > task.line && b.line < next)!;
	return { id: `${page.replace(/^en\//, '')}#${task.id}`, check: metaAttributes(block.meta).check! };
}

/** The solution as a reader copies it: what the solution block's copy button copies, from the block's lines (or the text the build left on the button). */
async function copiedSolution(page: Page, taskId: string): Promise<string> {
	const figure = page.locator(`section[data-task="${taskId}"] details.solution figure[data-cks-check]`);
	await expect(figure).toHaveCount(1);
	const button = figure.locator('button[data-code]');
	const written = (await button.count()) ? await button.getAttribute('data-code') : null;
	if (written !== null) return written.replace(/\u007f/g, '\n');
	const lines = await figure.locator(':scope > pre .ec-line .code').evaluateAll((codes) => codes.map((c) => (c.textContent === '\n' ? '' : c.textContent!)));
	return copyText(lines, await figure.evaluate((f) => f.classList.contains('is-terminal')));
}

test.beforeEach(async ({ context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
});

for (const lang of ['ja', 'en'] as const) {
	const t = ui[lang];

	test.describe(`manifest checker (${lang})`, () => {
		test('a broken manifest gets its finding with its line; a valid one is clean', async ({ page }) => {
			await page.goto(`${t.prefix}check/`);
			const editor = editorOf(page, t.editor);
			const results = page.getByRole('region', { name: t.results });
			for (const b of broken) {
				await paste(page, editor, b.text);
				await page.getByRole('button', { name: t.check, exact: true }).click();
				await expect(results.getByRole('listitem').filter({ hasText: b.finding }), b.name).toContainText(t.line(b.line));
				await recordTime(results);
			}
			await paste(page, editor, valid);
			await expect(results).toContainText(t.clean);
			await expect(results.getByRole('listitem')).toHaveCount(0);
			await recordTime(results);
		});

		test('checks as the reader types, and a finding leads to its line', async ({ page }) => {
			await page.goto(`${t.prefix}check/`);
			const editor = editorOf(page, t.editor);
			await paste(page, editor, broken[0]!.text);
			const results = page.getByRole('region', { name: t.results });
			const item = results.getByRole('listitem').filter({ hasText: broken[0]!.finding });
			await expect(item).toBeVisible();
			await item.getByRole('button', { name: t.line(9) }).click();
			await expect(editor).toBeFocused();
			// The fix typed in (the line is selected): the finding goes away without pressing Check.
			await page.keyboard.press('End');
			await page.keyboard.press('Backspace');
			await page.keyboard.type('t:');
			await expect(results).toContainText(t.clean);
		});

		test('works with the network cut once the offline copy is ready', async ({ page, context }) => {
			test.setTimeout(120_000);
			await page.goto(`${t.prefix}check/`);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
			await expect(page.getByRole('status').filter({ hasText: t.siteOffline })).toBeVisible({ timeout: 60_000 });
			await expect(page.getByText(t.offline)).toBeVisible({ timeout: 60_000 });
			// Kept at once with the page's language (two requests to the service worker), neither is lost from its record.
			const kept = await page.evaluate(async () => {
				const names = (await caches.keys()).filter((n) => n.startsWith('cks-offline-'));
				const record = await (await caches.open(names.at(-1)!)).match(new URL('__cks-offline-record.json', location.origin).href);
				return ((await record!.json()) as { languages: string[] }).languages;
			});
			expect(kept).toEqual(expect.arrayContaining([lang, 'checker']));
			await context.setOffline(true);
			await page.reload();
			const results = page.getByRole('region', { name: t.results });
			await paste(page, editorOf(page, t.editor), broken[3]!.text);
			await expect(results.getByRole('listitem').filter({ hasText: broken[3]!.finding })).toContainText(t.line(9));
			await paste(page, editorOf(page, t.editor), valid);
			await expect(results).toContainText(t.clean);
		});

		test('an alias bomb and a 1 MB paste are refused in bounded time, and the tab stays responsive', async ({ page }) => {
			await page.goto(`${t.prefix}check/`);
			const editor = editorOf(page, t.editor);
			const results = page.getByRole('region', { name: t.results });
			// The checker is loaded and warm first: the bound is on the check of the bomb itself.
			await paste(page, editor, valid);
			await expect(results).toContainText(t.clean);
			const levels = 'abcdefghi'.split('');
			const bomb = levels.map((l, i) => `${l}: &${l} [${Array(9).fill(i ? `*${levels[i - 1]}` : '"lol"').join(', ')}]`).join('\n');
			const started = Date.now();
			await paste(page, editor, bomb);
			await expect(results).toContainText('billion laughs', { timeout: 5000 });
			expect(Date.now() - started).toBeLessThan(5000);

			await paste(page, editor, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${'  key: value\n'.repeat(90_000)}`);
			await expect(results).toContainText('too large to check', { timeout: 10_000 });
			// Still responsive: a small manifest is checked right after.
			await paste(page, editor, valid);
			await expect(results).toContainText(t.clean);
		});
	});

	test.describe(`check my answer (${lang})`, () => {
		const page = `${t.prefix}cluster-hardening/rbac`;
		const task = checkedTask(page);
		/** The solution without its last checked part (the RoleBinding's roleRef). */
		const incomplete = (solution: string) => {
			const docs = solution.split(/^---$/m).map((d) => parseDocument(d).toJS() as Record<string, unknown>);
			const [kind, field] = task.check.split(' ').at(-1)!.split(':') as [string, string];
			delete docs.find((d) => d.kind === kind)![field];
			return { text: docs.map((d) => stringify(d)).join('---\n'), missing: `${kind}:${field}` };
		};

		test('the task accepts its own solution and refuses one that misses a required part, before the solution and without showing it', async ({ page: p }) => {
			await p.goto(`${page}/`);
			const section = p.locator(`section[data-task="${task.id}"]`);
			const open = section.getByRole('button', { name: t.checkAnswer });
			// The check editor comes before the solution, which stays closed.
			expect(await open.evaluate((b) => Boolean(b.compareDocumentPosition(b.closest('section')!.querySelector('details.solution')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
			await open.click();
			await expect(open).toHaveAttribute('aria-expanded', 'true');
			const editor = editorOf(section, t.editor);
			await expect(editor).toBeFocused();
			const results = section.getByRole('region', { name: t.results });
			const solution = await copiedSolution(p, task.id);
			await paste(p, editor, solution);
			await expect(results).toContainText(t.passed);
			await recordTime(results);

			const { text, missing } = incomplete(solution);
			await paste(p, editor, text);
			await expect(results).toContainText(t.failed);
			await expect(results.getByRole('listitem').filter({ hasText: missing })).toBeVisible();
			await expect(section.locator('details.solution')).not.toHaveAttribute('open');
		});

		test('the same check works in a review session and in the mock exam', async ({ page: p }) => {
			await p.goto(`${page}/`);
			const solution = await copiedSolution(p, task.id);
			const now = Date.now();
			const state = { version: 2, reviews: { [task.id]: [{ rating: 'missed', at: now - 3 * 86_400_000 }] }, exams: [] as unknown[] };
			await p.addInitScript((s) => localStorage.setItem('cks-study', s), JSON.stringify(state));
			await p.goto(`${t.prefix}study/`);
			await p.getByRole('button', { name: t.startReview }).click();
			const review = p.locator('.review-task');
			await review.getByRole('button', { name: t.checkAnswer }).click();
			await paste(p, editorOf(review, t.editor), solution);
			await expect(review.getByRole('region', { name: t.results })).toContainText(t.passed);

			const exam = { startedAt: now - 60_000, deadline: now + 7_200_000, lastSeen: now, tasks: [task.id], flagged: [], notes: {} };
			await p.evaluate((s) => localStorage.setItem('cks-study', s), JSON.stringify({ ...state, exams: [exam] }));
			await p.addInitScript((s) => localStorage.setItem('cks-study', s), JSON.stringify({ ...state, exams: [exam] }));
			await p.goto(`${t.prefix}study/exam/`);
			const item = p.locator(`li[data-task="${task.id}"]`);
			await item.getByText(t.open).click();
			await expect(item.locator('details.solution')).toHaveCount(0);
			await item.getByRole('button', { name: t.checkAnswer }).click();
			const { text, missing } = incomplete(solution);
			await paste(p, editorOf(item, t.editor), text);
			await expect(item.getByRole('region', { name: t.results }).getByRole('listitem').filter({ hasText: missing })).toBeVisible();
			await paste(p, editorOf(item, t.editor), solution);
			await expect(item.getByRole('region', { name: t.results })).toContainText(t.passed);
		});
	});
}

for (const theme of ['dark', 'light'] as const) {
	test(`the checker page has no serious or critical accessibility violation with findings shown (${theme} theme)`, async ({ page }) => {
		await page.addInitScript((th) => localStorage.setItem('starlight-theme', th), theme);
		for (const lang of ['ja', 'en'] as const) {
			const t = ui[lang];
			await page.goto(`${t.prefix}check/`);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await paste(page, editorOf(page, t.editor), broken[0]!.text);
			await expect(page.getByRole('region', { name: t.results }).getByRole('listitem').first()).toBeVisible();
			expect(await seriousViolations(await axe(page), lang)).toEqual([]);
		}
	});
}

import { axe, seriousViolations } from './axe.ts';
import { readFile } from 'node:fs/promises';
import { type Page, expect, test } from '@playwright/test';

/** What a reader sees and types, in each language. */
const ui = {
	ja: {
		prefix: '',
		solved: 'できた',
		shaky: 'あやしい',
		missed: 'できなかった',
		showSolution: '解答を見る',
		startReview: '復習を始める',
		reviewDone: '今日の復習は終わりです。',
		readiness: /準備度 (\d+)%/,
		startExam: '模擬試験を始める',
		tasks: '問題一覧',
		timeUp: '時間切れです。試験は終わりました。',
		score: /得点 (\d+)%（合格ライン 67%）/,
		export: '書き出す',
		import: '読み込む',
		reset: '進捗を消去',
		resetYes: '消去する',
		notExport: 'このサイトで書き出した進捗のファイルではありません',
	},
	en: {
		prefix: 'en/',
		solved: 'Solved',
		shaky: 'Shaky',
		missed: 'Missed',
		showSolution: 'Show solution',
		startReview: 'Start review',
		reviewDone: 'That was the last task due today.',
		readiness: /Readiness (\d+)%/,
		startExam: 'Start mock exam',
		tasks: 'Tasks',
		timeUp: 'Time is up: the exam has ended.',
		score: /Score (\d+)% \(pass line 67%\)/,
		export: 'Export',
		import: 'Import',
		reset: 'Reset progress',
		resetYes: 'Delete',
		notExport: 'not a progress export of this site',
	},
} as const;

const topic = 'cluster-setup/network-policy';
const taskId = `${topic}#default-deny`;

/** The first practice task of the page: its section, found by its id. */
const firstTask = (page: Page) => page.locator(`section[data-task="${taskId}"]`);

for (const lang of ['ja', 'en'] as const) {
	const t = ui[lang];

	test.describe(`study mode (${lang})`, () => {
		test('a rating survives a reload and counts on the study page', async ({ page }) => {
			await page.goto(`${t.prefix}${topic}/`);
			const task = firstTask(page);
			await task.getByRole('button', { name: t.shaky }).click();
			await expect(task.getByRole('button', { name: t.shaky })).toHaveAttribute('aria-pressed', 'true');
			await task.getByRole('button', { name: t.solved }).click();

			await page.reload();
			await expect(firstTask(page).getByRole('button', { name: t.solved })).toHaveAttribute('aria-pressed', 'true');
			await expect(firstTask(page).getByRole('button', { name: t.shaky })).toHaveAttribute('aria-pressed', 'false');

			await page.goto(`${t.prefix}study/`);
			const bar = page.getByRole('progressbar').first();
			await expect(bar).toHaveAttribute('aria-valuenow', '1');
			expect(Number(await bar.getAttribute('aria-valuemax'))).toBeGreaterThanOrEqual(3);
			const readiness = await page.getByText(t.readiness).textContent();
			expect(Number(t.readiness.exec(readiness!)![1])).toBeGreaterThan(0);
		});

		test('a missed task comes back for review the next day and is reviewed in a session', async ({ page }) => {
			await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
			await page.goto(`${t.prefix}${topic}/`);
			await firstTask(page).getByRole('button', { name: t.missed }).click();

			await page.clock.setSystemTime(new Date('2026-12-02T09:00:00'));
			await page.goto(`${t.prefix}study/`);
			const due = page.locator('.due-list li');
			await expect(due).toHaveCount(1);
			await page.getByRole('button', { name: t.startReview }).click();
			const review = page.locator('.review-task');
			await expect(review.getByRole('heading', { level: 3 })).toBeFocused();
			await review.getByText(t.showSolution).click();
			await expect(review.locator('details.solution .body')).toBeVisible();
			await review.getByRole('button', { name: t.solved }).click();
			await expect(page.getByText(t.reviewDone)).toBeVisible();
			await expect(due).toHaveCount(0);
		});

		test('a mock exam runs on across a reload, ends by itself at zero and is scored', async ({ page }) => {
			test.setTimeout(120_000);
			// The clock stands still unless the test moves it.
			await page.clock.install({ time: new Date('2026-12-03T08:59:00') });
			await page.clock.pauseAt(new Date('2026-12-03T09:00:00'));
			await page.goto(`${t.prefix}study/exam/`);
			await page.getByRole('button', { name: t.startExam }).click();
			const list = page.getByRole('list', { name: t.tasks });
			const count = await list.locator(':scope > li').count();
			expect(count).toBeGreaterThanOrEqual(15);
			expect(count).toBeLessThanOrEqual(20);
			const timer = page.getByRole('timer');
			await expect(timer).toHaveText('2:00:00');

			await page.clock.fastForward('30:00');
			await expect(timer).toHaveText('1:30:00');
			await page.reload();
			await expect(page.getByRole('timer')).toHaveText('1:30:00');
			await expect(page.getByRole('list', { name: t.tasks }).locator(':scope > li')).toHaveCount(count);

			// Setting the clock back an hour does not give the hour back (the second in which it happened may be lost).
			await page.clock.setSystemTime(new Date('2026-12-03T08:30:00'));
			await page.clock.runFor(2000);
			await expect(page.getByRole('timer')).toHaveText(/^1:29:5[89]$/);

			await page.clock.fastForward('01:30:00');
			await expect(page.getByText(t.timeUp)).toBeVisible();
			const results = page.getByRole('list', { name: t.tasks });
			await expect(results.locator(':scope > li')).toHaveCount(count);
			await expect(page.getByText(t.score)).toHaveText(/\b0%/);
			const first = results.locator(':scope > li').first();
			await first.getByRole('button', { name: t.solved }).click();
			const score = Number(t.score.exec((await page.getByText(t.score).textContent())!)![1]);
			expect(score).toBeGreaterThan(0);
		});

		test('progress exported, reset and imported again is the same; a bad file is refused and nothing is lost', async ({ page }, info) => {
			await page.goto(`${t.prefix}${topic}/`);
			await firstTask(page).getByRole('button', { name: t.shaky }).click();
			await page.goto(`${t.prefix}study/`);
			const before = await page.evaluate(() => localStorage.getItem('cks-study'));

			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: t.export }).click();
			const file = info.outputPath('progress.json');
			await (await download).saveAs(file);
			expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'cks-notes-study', version: 2 });

			await page.getByRole('button', { name: t.reset }).click();
			await page.getByRole('button', { name: t.resetYes }).click();
			await expect(page.getByRole('progressbar').first()).toHaveAttribute('aria-valuenow', '0');

			await page.getByLabel(t.import).setInputFiles(file);
			await expect(page.getByRole('status').filter({ hasText: /1/ })).toBeVisible();
			expect(await page.evaluate(() => localStorage.getItem('cks-study'))).toBe(before);

			await page.getByLabel(t.import).setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"anki","version":2}') });
			await expect(page.getByRole('alert').filter({ hasText: t.notExport })).toBeVisible();
			await page.getByLabel(t.import).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "cks-notes-study", ') });
			await expect(page.getByRole('alert').filter({ hasText: 'JSON' })).toBeVisible();
			expect(await page.evaluate(() => localStorage.getItem('cks-study'))).toBe(before);
		});
	});
}

test('with storage refused, rating still works on the page and says it is not saved', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('denied', 'SecurityError');
			},
		});
	});
	await page.goto(`${topic}/`);
	const task = firstTask(page);
	await task.getByRole('button', { name: 'できた' }).click();
	await expect(task.getByRole('button', { name: 'できた' })).toHaveAttribute('aria-pressed', 'true');
	await expect(task.getByRole('status')).toContainText('保存できません');
	await page.goto('study/');
	await expect(page.getByRole('alert').first()).toContainText('保存できません');
});

test('a stored state that cannot be read is set aside, not deleted', async ({ page }) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('cks-study', '{"version": 2, "reviews": "broken"');
			sessionStorage.setItem('seeded', '1');
		}
	});
	await page.goto('study/');
	await expect(page.getByRole('alert').first()).toContainText('別の場所に残し');
	expect(await page.evaluate(() => localStorage.getItem('cks-study.unreadable'))).toBe('{"version": 2, "reviews": "broken"');
});

for (const theme of ['dark', 'light'] as const) {
	test(`the study tools pass the accessibility check while in use (${theme} theme)`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const check = async (where: string) => {
			expect(await seriousViolations(await axe(page), where)).toEqual([]);
		};
		await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
		await page.goto(`${topic}/`);
		await firstTask(page).getByRole('button', { name: 'できなかった' }).click();
		await check('topic page with a rating');
		await page.clock.setSystemTime(new Date('2026-12-02T09:00:00'));
		await page.goto('study/');
		await page.getByRole('button', { name: '復習を始める' }).click();
		await expect(page.locator('.review-task section[data-task]')).toBeVisible();
		await check('study page in a review');
		await page.goto('study/exam/');
		await page.getByRole('button', { name: '模擬試験を始める' }).click();
		await page.locator('.exam-tasks details summary').first().click();
		await expect(page.locator('.exam-tasks .content section[data-task]')).toBeVisible();
		await check('mock exam running');
		await page.clock.fastForward('02:00:00');
		await expect(page.locator('.result-tasks section[data-task]').first()).toBeVisible();
		await check('mock exam results');
	});
}

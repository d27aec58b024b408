import { describe, expect, it } from 'vitest';
import { pageShapeProblems } from '../../src/lib/page-shape.ts';
import { parseTasks } from '../../src/lib/tasks.ts';

const task = (n: number) => `<Task id="task-${n}">\n\n### 問題 ${n}：題\n\n<Solution>\n\nanswer\n\n</Solution>\n\n</Task>\n`;
const page = (sections: string[], tasks = 3) => sections.map((s) => `## ${s}\n\ntext\n`).join('\n') + Array.from({ length: tasks }, (_, i) => task(i + 1)).join('\n');
const problems = (body: string, lang: 'ja' | 'en') => pageShapeProblems(body, lang, parseTasks(body).tasks);

describe('page shape', () => {
	it('accepts a page with the four sections in order and three tasks', () => {
		expect(problems(page(['試験での位置づけ', 'NetworkPolicy の基本', '確認方法', '落とし穴', '練習問題']), 'ja')).toEqual([]);
		expect(problems(page(['Why it matters for the exam', 'How to verify', 'Pitfalls', 'Practice tasks']), 'en')).toEqual([]);
	});

	it('names a missing section, a section out of order and too few tasks', () => {
		expect(problems(page(['試験での位置づけ', '落とし穴', '確認方法'], 2), 'ja')).toEqual([
			'the section "## 落とし穴" is out of order (expected: 試験での位置づけ → 確認方法 → 落とし穴 → 練習問題)',
			'missing the section "## 練習問題"',
			'has 2 practice task(s); at least 3 <Task id="…"> blocks with a <Solution> are required',
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { parseTasks, taskTitle } from '../../src/lib/tasks.ts';

const task = (id: string, body = '### 問題 1：デフォルト拒否\n\n問題文\n\n<Solution>\n\n答え\n\n</Solution>') => `<Task id="${id}">\n\n${body}\n\n</Task>\n`;

describe('practice tasks in a page source', () => {
	it('reads ids, titles without numbering and whether the solution can be checked', () => {
		const checked = '### Task 2: Limit egress\n\ntext\n\n<Solution>\n\n```yaml check="spec.egress"\nkind: NetworkPolicy\n```\n\n</Solution>';
		const { tasks, problems } = parseTasks(`## 練習問題\n\n${task('default-deny')}\n${task('limit-egress', checked)}`);
		expect(problems).toEqual([]);
		expect(tasks).toEqual([
			{ id: 'default-deny', line: 3, title: 'デフォルト拒否', checked: false },
			{ id: 'limit-egress', line: 17, title: 'Limit egress', checked: true },
		]);
	});

	it('names a missing or malformed id, a duplicate, and a task without heading or with two solutions', () => {
		const source = [
			'<Task>\n\n### A\n\n<Solution>x</Solution>\n\n</Task>',
			task('Deny_All'),
			task('same'),
			task('same'),
			'<Task id="bare">\n\ntext\n\n<Solution>a</Solution>\n<Solution>b</Solution>\n\n</Task>',
		].join('\n');
		expect(parseTasks(source).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'1: <Task> needs an id, e.g. <Task id="deny-all">',
			'8: task id "Deny_All" must be lower-case words joined by hyphens, e.g. "deny-all"',
			'36: task id "same" is used twice on this page',
			'50: the task "bare" has no "###" heading inside it',
			'57: the task "bare" has 2 <Solution> blocks; a task has exactly one',
		]);
	});

	it('names a solution outside a task, a task left open and tags inside code blocks are ignored', () => {
		const source = '```mdx\n<Task id="in-code">\n```\n\n<Solution>\n\nx\n\n</Solution>\n\n<Task id="open">\n\n### A\n\n## Next section\n';
		expect(parseTasks(source).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'5: a <Solution> outside a <Task id="…">: every solution belongs to a practice task',
			'15: the task "open" (line 11) is not closed before this section: add </Task>',
		]);
	});

	it('strips the numbering of both languages from titles', () => {
		expect(taskTitle('問題 12：Egress を絞る')).toBe('Egress を絞る');
		expect(taskTitle('Task 3: Limit egress')).toBe('Limit egress');
		expect(taskTitle('No number')).toBe('No number');
	});
});

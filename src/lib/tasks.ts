/** The practice tasks of a page as written in its MDX source: `<Task id="…">` regions with their heading, solution and answer check. */
import { extractCodeBlocks, metaAttributes } from '../validation/extract.ts';

/** A task as its page declares it. */
export interface TaskSource {
	/** Id inside the page (`deny-all`); the site-wide id is `<page id>#<id>`. */
	id: string;
	/** 1-based line of the `<Task>` tag in the source. */
	line: number;
	/** Text of the task's first `###` heading, without the "問題 1：" / "Task 1:" numbering. */
	title: string;
	/** Whether a code block of the solution declares `check="…"`: the reader's answer can be checked against it. */
	checked: boolean;
}

export interface TaskProblem {
	line: number;
	message: string;
}

/** How a task id is spelled: lower-case words joined by hyphens. */
export const taskIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const opening = /^<Task(?:\s+id=(?:"([^"]*)"|'([^']*)'))?\s*>\s*$/;
const closing = /^<\/Task>\s*$/;
const numbering = /^(?:問題\s*\d+\s*[：:]\s*|Task\s+\d+\s*:\s*)/;

/** The site-wide id of a task: the page id without locale and the task's own id. */
export function taskId(pageId: string, id: string): string {
	return `${pageId}#${id}`;
}

/** A task heading without its numbering: `問題 1：デフォルト拒否` → `デフォルト拒否`. */
export function taskTitle(heading: string): string {
	return heading.replace(numbering, '').trim();
}

/** The tasks of an MDX body and what is wrong with their markup. Tags inside code blocks are not tags. */
export function parseTasks(body: string): { tasks: TaskSource[]; problems: TaskProblem[] } {
	const lines = body.split(/\r?\n/);
	const inCode = new Set<number>();
	const checkedLines = new Set<number>();
	for (const block of extractCodeBlocks(body)) {
		const end = block.line + block.code.split('\n').length + 1;
		for (let l = block.line; l <= end; l++) inCode.add(l);
		if (metaAttributes(block.meta).check !== undefined) checkedLines.add(block.line);
	}
	const tasks: TaskSource[] = [];
	const problems: TaskProblem[] = [];
	const seen = new Set<string>();
	let open: { task: TaskSource; solutions: number; headingLine?: number } | undefined;

	lines.forEach((text, index) => {
		const line = index + 1;
		if (inCode.has(line)) {
			if (open && checkedLines.has(line)) open.task.checked = true;
			return;
		}
		const start = opening.exec(text);
		if (start) {
			const id = start[1] ?? start[2];
			if (open) problems.push({ line, message: `<Task> inside the task "${open.task.id}" (line ${open.task.line}): close it with </Task> first` });
			if (id === undefined) problems.push({ line, message: '<Task> needs an id, e.g. <Task id="deny-all">' });
			else if (!taskIdPattern.test(id)) problems.push({ line, message: `task id "${id}" must be lower-case words joined by hyphens, e.g. "deny-all"` });
			else if (seen.has(id)) problems.push({ line, message: `task id "${id}" is used twice on this page` });
			const task: TaskSource = { id: id ?? '', line, title: '', checked: false };
			if (id !== undefined) seen.add(id);
			open = { task, solutions: 0 };
			return;
		}
		if (/^<Task\b/.test(text.trim())) {
			problems.push({ line, message: '<Task> must stand alone on its line, written <Task id="…">' });
			return;
		}
		if (closing.test(text)) {
			if (!open) problems.push({ line, message: '</Task> without an opening <Task id="…">' });
			else finish(open, line);
			open = undefined;
			return;
		}
		if (/^<Solution\b/.test(text.trim())) {
			if (!open) problems.push({ line, message: 'a <Solution> outside a <Task id="…">: every solution belongs to a practice task' });
			else open.solutions++;
		}
		const heading = /^###\s+(.+?)\s*$/.exec(text);
		if (heading && open && !open.task.title) open.task.title = taskTitle(heading[1]!);
		if (/^#{1,2}\s/.test(text) && open) {
			problems.push({ line, message: `the task "${open.task.id}" (line ${open.task.line}) is not closed before this section: add </Task>` });
			open = undefined;
		}
	});
	if (open) problems.push({ line: open.task.line, message: `the task "${open.task.id}" is never closed: add </Task>` });

	function finish(current: NonNullable<typeof open>, line: number) {
		if (!current.task.title) problems.push({ line: current.task.line, message: `the task "${current.task.id}" has no "###" heading inside it` });
		if (current.solutions !== 1) problems.push({ line, message: `the task "${current.task.id}" has ${current.solutions} <Solution> blocks; a task has exactly one` });
		if (current.task.id) tasks.push(current.task);
	}
	return { tasks, problems };
}

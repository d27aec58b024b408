/** The one shape of a topic page: its required sections in order and at least three practice tasks with solutions. */
import type { Lang } from '../curriculum/model.ts';
import type { TaskSource } from './tasks.ts';

/** The H2 headings every topic page has, in this order, in each language. */
export const requiredSections: Record<Lang, readonly string[]> = {
	ja: ['試験での位置づけ', '確認方法', '落とし穴', '練習問題'],
	en: ['Why it matters for the exam', 'How to verify', 'Pitfalls', 'Practice tasks'],
};

/** Fewest practice tasks (each with a hidden solution) a topic page may have. */
export const minPracticeTasks = 3;

/** What is wrong with a topic page's body and its parsed tasks, as messages; empty when it has the shape. */
export function pageShapeProblems(body: string, lang: Lang, tasks: readonly TaskSource[]): string[] {
	const headings = [...body.matchAll(/^## (.+?)\s*$/gm)].map((m) => m[1]!);
	const problems: string[] = [];
	let last = -1;
	for (const section of requiredSections[lang]) {
		const index = headings.indexOf(section);
		if (index === -1) problems.push(`missing the section "## ${section}"`);
		else if (index < last) problems.push(`the section "## ${section}" is out of order (expected: ${requiredSections[lang].join(' → ')})`);
		else last = index;
	}
	if (tasks.length < minPracticeTasks) problems.push(`has ${tasks.length} practice task(s); at least ${minPracticeTasks} <Task id="…"> blocks with a <Solution> are required`);
	return problems;
}

/** The catalog the study pages carry: domains with their weights and every practice task, in one language, from the topic graph. */
import { type Lang, domains, exam } from '../curriculum/model.ts';
import type { Catalog } from '../study/catalog.ts';
import { retiredTaskIds } from '../study/retired-tasks.ts';
import { ContentError } from './content-error.ts';
import { pageHref } from './paths.ts';
import type { TopicGraph } from './topic-graph.ts';

export function studyCatalog(graph: TopicGraph, lang: Lang): Catalog {
	const tasks = graph.topics.flatMap((topic) =>
		topic.tasks.map((task) => ({
			id: task.id,
			domain: topic.domain,
			title: task.titles[lang] ?? task.titles.ja!,
			pageTitle: topic.titles[lang] ?? topic.titles.ja!,
			href: pageHref(lang, topic.id),
			checked: task.checked,
		})),
	);
	const current = new Set(tasks.map((t) => t.id));
	const back = retiredTaskIds.filter((id) => current.has(id));
	if (back.length) throw new ContentError(back.map((id) => ({ file: 'src/study/retired-tasks.ts', field: id, message: 'is a task of the site again: remove it from the retired tasks' })));
	return {
		domains: domains.map((d) => ({ id: d.id, name: d.name[lang], weight: d.weight })),
		tasks,
		retired: [...retiredTaskIds],
		exam: { durationMinutes: exam.durationMinutes, passingScorePercent: exam.passingScorePercent, taskCount: exam.taskCount },
	};
}

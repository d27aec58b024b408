/** Turns the pages of the docs collection into topics: checks their curriculum fields and links related pages both ways. */
import { type CompetencyId, type DomainId, type Lang, domainOfCompetency, domains, findDomain } from '../curriculum/model.ts';
import { type ContentIssue, ContentError, lineOf } from './content-error.ts';
import { pageShapeProblems } from './page-shape.ts';
import { termsNotInText } from './search-keywords.ts';
import { type TaskSource, parseTasks, taskId } from './tasks.ts';
import type { OfficialDoc, TopicFields } from './topic-schema.ts';

/** A page of the docs collection as the graph needs it. */
export interface PageInput {
	/** Collection id, e.g. `cluster-setup/network-policy` or `en/cluster-setup/network-policy`. */
	id: string;
	filePath: string;
	title: string;
	data: TopicFields;
	/** Raw file text, used only to point errors at a line. */
	source?: string;
	/** The page's Markdown body, where its search terms must occur. */
	body?: string;
	/** Position in the sidebar (`sidebar.order`); a translation keeps its original's. */
	order?: number;
}

/** A practice task of a topic, as the study tools know it. */
export interface TopicTask {
	/** Site-wide id, e.g. `cluster-setup/network-policy#default-deny`. */
	id: string;
	/** Title in each language the page is written in. */
	titles: Partial<Record<Lang, string>>;
	/** Whether the reader's answer can be checked against the solution. */
	checked: boolean;
}

export interface Topic {
	id: string;
	filePath: string;
	domain: DomainId;
	competencies: CompetencyId[];
	officialDocs: OfficialDoc[];
	/** Related pages: those this page lists, then those that list it. */
	related: string[];
	/** Title of the page in each language it is written in. */
	titles: Partial<Record<Lang, string>>;
	/** Practice tasks in page order. */
	tasks: TopicTask[];
}

export interface TopicGraph {
	/** Topics in curriculum order: by domain, then by sidebar order of the input. */
	topics: Topic[];
	get(id: string): Topic | undefined;
}

/** Locale prefixes of translated pages; the default language (`ja`) lives at the root. */
const translationLangs = ['en'] as const satisfies readonly Lang[];

const topicFields = ['domain', 'competencies', 'officialDocs', 'related'] as const;

/** Splits a collection id into its language and its id without locale. */
export function splitLocale(id: string): { lang: Lang; baseId: string } {
	for (const lang of translationLangs) {
		// The home pages are `index` at the root and `en` for English.
		if (id === lang) return { lang, baseId: 'index' };
		if (id.startsWith(`${lang}/`)) return { lang, baseId: id.slice(lang.length + 1) };
	}
	return { lang: 'ja', baseId: id };
}

/** The domain folder a page lives in, if it lives in one. */
function folderDomain(baseId: string): DomainId | undefined {
	const folder = baseId.split('/')[0];
	return folder && baseId.includes('/') ? (findDomain(folder)?.id as DomainId | undefined) : undefined;
}

/** How many lines of the file come before the page's body (the frontmatter), so body lines can be reported as file lines. */
function bodyOffset(page: PageInput): number {
	if (!page.source || page.body === undefined) return 0;
	const at = page.source.indexOf(page.body);
	return at <= 0 ? 0 : page.source.slice(0, at).split('\n').length - 1;
}

/** Builds the topic graph, or throws a ContentError listing every problem found. */
export function buildTopicGraph(pages: readonly PageInput[]): TopicGraph {
	const issues: ContentIssue[] = [];
	const issue = (page: PageInput, field: string, message: string, needle?: string) =>
		issues.push({ file: page.filePath, line: lineOf(page.source, needle ?? `${field.replace(/\[\d+\]$/, '')}:`), field, message });

	const originals = pages.filter((p) => splitLocale(p.id).lang === 'ja');
	const translations = pages.filter((p) => splitLocale(p.id).lang !== 'ja');
	const topicPages = originals.filter((p) => folderDomain(p.id));
	const topicIds = new Set(topicPages.map((p) => p.id));

	for (const page of originals) {
		const domain = folderDomain(page.id);
		if (!domain) {
			for (const field of topicFields) {
				if (page.data[field] !== undefined) issue(page, field, `only topic pages (in a domain folder such as ${domains[0].id}/) declare "${field}"`);
			}
			continue;
		}
		const { data } = page;
		if (!data.domain) issue(page, 'domain', `missing: a page in ${domain}/ must declare "domain: ${domain}"`, '---');
		else if (data.domain !== domain) issue(page, 'domain', `"${data.domain}" does not match the folder "${domain}/" the page lives in`);
		if (!data.competencies?.length) issue(page, 'competencies', 'missing: list the curriculum competencies the page teaches', '---');
		else if (!data.competencies.some((c) => domainOfCompetency(c)?.id === domain)) {
			issue(page, 'competencies', `none of [${data.competencies.join(', ')}] belongs to the page's domain "${domain}"`);
		}
		if (!data.officialDocs?.length) issue(page, 'officialDocs', 'missing: link at least one page of the allowed exam documentation', '---');
		(data.related ?? []).forEach((rel, i) => {
			if (rel === page.id) issue(page, `related[${i}]`, 'a page cannot be related to itself', rel);
			else if (!topicIds.has(rel)) issue(page, `related[${i}]`, `"${rel}" is not a topic page`, rel);
		});
	}

	for (const page of translations) {
		const { lang, baseId } = splitLocale(page.id);
		const original = originals.find((o) => o.id === baseId);
		if (!original) issue(page, 'id', `translation has no Japanese original "${baseId}" at the site root`, '---');
		else if (original.order !== page.order) issue(page, 'sidebar.order', `must be ${original.order ?? 'unset'} like the Japanese page, so both sidebars list pages in the same order`, 'order:');
		for (const field of topicFields) {
			if (page.data[field] !== undefined) issue(page, field, `translations inherit "${field}" from the Japanese page; remove it from the ${lang} page`);
		}
	}

	const tasksByPage = new Map<string, TaskSource[]>();
	for (const page of pages) {
		if (page.body === undefined) continue;
		const { tasks, problems } = parseTasks(page.body);
		const offset = bodyOffset(page);
		for (const p of problems) issues.push({ file: page.filePath, line: p.line + offset, field: 'Task', message: p.message });
		tasksByPage.set(page.id, tasks.map((t) => ({ ...t, line: t.line + offset })));
		const { lang, baseId } = splitLocale(page.id);
		if (tasks.length && !topicIds.has(baseId)) issue(page, 'Task', 'only topic pages (in a domain folder) have practice tasks', '<Task');
		if (lang === 'ja' || !topicIds.has(baseId)) continue;
		const own = tasks.map((t) => t.id);
		const original = (tasksByPage.get(baseId) ?? parseTasks(originals.find((o) => o.id === baseId)?.body ?? '').tasks).map((t) => t.id);
		for (const t of tasks.filter((t) => !original.includes(t.id))) {
			issues.push({ file: page.filePath, line: t.line + offset, field: 'Task', message: `task id "${t.id}" is not a task of the Japanese page (its ids: ${original.join(', ')}); a translation keeps the original's ids` });
		}
		const missing = original.filter((id) => !own.includes(id));
		if (missing.length) issue(page, 'Task', `translates no task with the id ${missing.map((id) => `"${id}"`).join(', ')} of the Japanese page`, '## ');
		else if (own.length === original.length && own.some((id, i) => id !== original[i])) issue(page, 'Task', `lists the tasks in another order than the Japanese page (${original.join(', ')})`, '<Task');
	}

	for (const page of [...topicPages, ...translations.filter((t) => topicIds.has(splitLocale(t.id).baseId))]) {
		if (page.body === undefined) continue;
		for (const problem of pageShapeProblems(page.body, splitLocale(page.id).lang, tasksByPage.get(page.id) ?? [])) issue(page, 'body', problem, '---');
	}

	for (const page of pages) {
		if (page.body === undefined) continue;
		for (const term of termsNotInText(page.data.searchTerms ?? [], page.body)) {
			issue(page, 'searchTerms', `"${term}" does not occur in the page: list only terms the page teaches`, term);
		}
	}

	if (issues.length) throw new ContentError(issues);

	const backlinks = new Map<string, string[]>();
	for (const page of topicPages) {
		for (const rel of page.data.related ?? []) backlinks.set(rel, [...(backlinks.get(rel) ?? []), page.id]);
	}
	const domainOrder = (id: string) => domains.findIndex((d) => d.id === folderDomain(id));
	const topics: Topic[] = topicPages
		.map((page, inputOrder) => ({ page, inputOrder }))
		.sort((a, b) => domainOrder(a.page.id) - domainOrder(b.page.id) || a.inputOrder - b.inputOrder)
		.map(({ page }) => {
			const declared = page.data.related ?? [];
			const reverse = (backlinks.get(page.id) ?? []).filter((id) => !declared.includes(id));
			const titles: Partial<Record<Lang, string>> = { ja: page.title };
			const tasks: TopicTask[] = (tasksByPage.get(page.id) ?? []).map((t) => ({ id: taskId(page.id, t.id), titles: { ja: t.title }, checked: t.checked }));
			for (const t of translations) {
				const { lang, baseId } = splitLocale(t.id);
				if (baseId !== page.id) continue;
				titles[lang] = t.title;
				for (const translated of tasksByPage.get(t.id) ?? []) {
					const task = tasks.find((x) => x.id === taskId(page.id, translated.id));
					if (task) task.titles[lang] = translated.title;
				}
			}
			return {
				id: page.id,
				filePath: page.filePath,
				domain: page.data.domain!,
				competencies: page.data.competencies!,
				officialDocs: page.data.officialDocs!,
				related: [...declared, ...reverse],
				titles,
				tasks,
			};
		});
	const byId = new Map(topics.map((t) => [t.id, t]));
	return { topics, get: (id) => byId.get(id) };
}

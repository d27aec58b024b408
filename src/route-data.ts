/** Adds to Starlight's route data the page's search keywords and, on topic pages, the topic (domain, competencies, official docs, related pages). */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { type Lang, domains, findCompetency } from './curriculum/model.ts';
import { pageHref } from './lib/paths.ts';
import { searchKeywords } from './lib/search-keywords.ts';
import type { OfficialDoc } from './lib/topic-schema.ts';
import { splitLocale } from './lib/topic-graph.ts';
import { getTopicGraph } from './lib/topics.ts';

export interface TopicRouteData {
	domain: { id: string; name: string; weight: number; href: string };
	competencies: { id: string; name: string; href: string }[];
	officialDocs: OfficialDoc[];
	related: { id: string; title: string; href: string; domainName: string }[];
}

/** Anchors of the sections the topic footer renders, so the table of contents can list them. */
export const topicSectionIds = { officialDocs: 'official-docs', related: 'related-topics' } as const;

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const graph = await getTopicGraph();
	const lang = route.lang as Lang;
	// The entry is the Japanese one on a fallback page, so its terms match the text shown.
	route.searchKeywords = searchKeywords(route.entry.data.searchTerms ?? []);
	const topic = graph.get(splitLocale(route.id).baseId);
	if (!topic) return;

	const domain = domains.find((d) => d.id === topic.domain)!;
	const data: TopicRouteData = {
		domain: { id: domain.id, name: domain.name[lang], weight: domain.weight, href: `${pageHref(lang, 'coverage')}#${domain.id}` },
		competencies: topic.competencies.map((id) => ({ id, name: findCompetency(id)!.name[lang], href: `${pageHref(lang, 'coverage')}#${id}` })),
		officialDocs: topic.officialDocs,
		related: topic.related.map((id) => {
			const other = graph.get(id)!;
			return { id, title: other.titles[lang] ?? other.titles.ja!, href: pageHref(lang, id), domainName: domains.find((d) => d.id === other.domain)!.name[lang] };
		}),
	};
	route.topic = data;

	const { t } = context.locals;
	route.toc?.items.push(
		{ depth: 2, slug: topicSectionIds.officialDocs, text: t('cks.officialDocs'), children: [] },
		...(data.related.length ? [{ depth: 2, slug: topicSectionIds.related, text: t('cks.related'), children: [] }] : []),
	);
});

/** The page's declared search terms as one meta value (see search-keywords.ts). */
export function routeSearchKeywords(locals: App.Locals): string {
	return (locals.starlightRoute.searchKeywords as string | undefined) ?? '';
}

/** The topic of the current page, if it is a topic page. */
export function routeTopic(locals: App.Locals): TopicRouteData | undefined {
	return locals.starlightRoute.topic as TopicRouteData | undefined;
}

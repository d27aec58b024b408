/** Leaves out of every page's head what no reader uses, and adds to Starlight's route data the page's search keywords and, on topic pages, the topic (domain, competencies, official docs, related pages, and when and against which versions it was verified). */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getEntry } from 'astro:content';
import { type Lang, domains, findCompetency } from './curriculum/model.ts';
import { findTool, pageTools, verifiedOn } from './curriculum/versions.ts';
import { pageHref } from './lib/paths.ts';
import { searchKeywords } from './lib/search-keywords.ts';
import type { OfficialDoc } from './lib/topic-schema.ts';
import { splitLocale } from './lib/topic-graph.ts';
import { getTopicGraph } from './lib/topics.ts';
import { replaceVersionTokens } from './lib/version-tokens.ts';

export interface TopicRouteData {
	domain: { id: string; name: string; weight: number; href: string };
	competencies: { id: string; name: string; href: string }[];
	officialDocs: OfficialDoc[];
	related: { id: string; title: string; href: string; domainName: string }[];
	/** When the page was last verified and against which pinned versions (src/curriculum/versions.ts); links to the practice cluster. */
	verified: { date: string; href: string; tools: { name: string; version: string }[] };
}

const toolsByPage = new Map<string, Promise<{ name: string; version: string }[]>>();

/** The tools a topic is verified against, derived once from its Japanese page (both languages show the same line). */
function verifiedTools(baseId: string): Promise<{ name: string; version: string }[]> {
	let tools = toolsByPage.get(baseId);
	if (!tools) {
		tools = (async () => {
			const entry = await getEntry('docs', baseId);
			return pageTools(replaceVersionTokens(entry?.body ?? '').text).map((id) => ({ name: findTool(id)!.name, version: findTool(id)!.version }));
		})();
		toolsByPage.set(baseId, tools);
	}
	return tools;
}

/** Anchors of the sections the topic footer renders, so the table of contents can list them. */
export const topicSectionIds = { officialDocs: 'official-docs', related: 'related-topics' } as const;

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// Bytes every page would carry for no reader: the generator names, and a Twitter card of a site without a preview image.
	route.head = route.head.filter(({ tag, attrs }) => !(tag === 'meta' && (attrs?.name === 'generator' || attrs?.name === 'twitter:card')));
	const graph = await getTopicGraph();
	const lang = route.lang as Lang;
	// The entry is the Japanese one on a fallback page, so its terms match the text shown.
	route.searchKeywords = searchKeywords(route.entry.data.searchTerms ?? []);
	const { baseId } = splitLocale(route.id);
	const topic = graph.get(baseId);
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
		verified: { date: verifiedOn(baseId), href: pageHref(lang, 'practice-cluster'), tools: await verifiedTools(baseId) },
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

/** Which topic pages teach each competency of the curriculum. */
import { type CompetencyId, domains } from '../curriculum/model.ts';
import type { TopicGraph } from './topic-graph.ts';

export interface CompetencyCoverage {
	domainId: string;
	competencyId: CompetencyId;
	pageIds: string[];
}

/** Every competency in curriculum order, with the ids of the pages that declare it. */
export function coverage(graph: TopicGraph): CompetencyCoverage[] {
	return domains.flatMap((domain) =>
		domain.competencies.map((c) => ({
			domainId: domain.id,
			competencyId: c.id,
			pageIds: graph.topics.filter((t) => t.competencies.includes(c.id)).map((t) => t.id),
		})),
	);
}

/** Issues for competencies no page teaches; the coverage page and the build require every competency to be taught. */
export function uncoveredCompetencies(graph: TopicGraph): string[] {
	return coverage(graph)
		.filter((row) => row.pageIds.length === 0)
		.map((row) => row.competencyId);
}

import { describe, expect, it } from 'vitest';
import { competencyIds } from '../../src/curriculum/model.ts';
import { coverage, uncoveredCompetencies } from '../../src/lib/coverage.ts';
import { buildTopicGraph } from '../../src/lib/topic-graph.ts';

const docs = [{ title: 'Network Policies', url: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/' }];

describe('coverage', () => {
	it('lists every competency with the pages that declare it, and the ones no page teaches', () => {
		const graph = buildTopicGraph([
			{ id: 'cluster-setup/a', filePath: 'a.mdx', title: 'A', data: { domain: 'cluster-setup', competencies: ['network-policies', 'rbac'], officialDocs: docs } },
		]);
		const rows = coverage(graph);
		expect(rows.map((r) => r.competencyId)).toEqual(competencyIds);
		expect(rows.find((r) => r.competencyId === 'rbac')?.pageIds).toEqual(['cluster-setup/a']);
		expect(uncoveredCompetencies(graph)).toHaveLength(24);
		expect(uncoveredCompetencies(graph)).not.toContain('network-policies');
	});
});

import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';
import { type PageInput, buildTopicGraph } from '../../src/lib/topic-graph.ts';

const docs = [{ title: 'Network Policies', url: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/' }];

/** A valid topic page of the cluster-setup domain. */
function topic(id: string, extra: Partial<PageInput['data']> = {}): PageInput {
	return {
		id,
		filePath: `src/content/docs/${id}.mdx`,
		title: `title of ${id}`,
		data: { domain: id.split('/')[0] as 'cluster-setup', competencies: ['network-policies'], officialDocs: docs, ...extra },
	};
}

/** The issues a set of pages produces, as `field: message` strings. */
function issuesOf(pages: PageInput[]): string[] {
	try {
		buildTopicGraph(pages);
		return [];
	} catch (e) {
		if (!(e instanceof ContentError)) throw e;
		return e.issues.map((i) => `${i.file} ${i.field}: ${i.message}`);
	}
}

describe('topic graph', () => {
	it('links related pages both ways, declared links first', () => {
		const graph = buildTopicGraph([
			topic('cluster-setup/a', { related: ['cluster-setup/b'] }),
			topic('cluster-setup/b'),
			topic('cluster-setup/c', { related: ['cluster-setup/b', 'cluster-setup/a'] }),
		]);
		expect(graph.get('cluster-setup/a')?.related).toEqual(['cluster-setup/b', 'cluster-setup/c']);
		expect(graph.get('cluster-setup/b')?.related).toEqual(['cluster-setup/a', 'cluster-setup/c']);
		expect(graph.get('cluster-setup/c')?.related).toEqual(['cluster-setup/b', 'cluster-setup/a']);
	});

	it('orders topics by curriculum domain, keeping the input order inside a domain', () => {
		const graph = buildTopicGraph([
			{ ...topic('runtime-security/z'), data: { domain: 'runtime-security', competencies: ['audit-logs'], officialDocs: docs } },
			topic('cluster-setup/b'),
			topic('cluster-setup/a'),
		]);
		expect(graph.topics.map((t) => t.id)).toEqual(['cluster-setup/b', 'cluster-setup/a', 'runtime-security/z']);
	});

	it('takes titles of translations from pages under /en/ and leaves the guide pages out', () => {
		const graph = buildTopicGraph([
			topic('cluster-setup/a'),
			{ id: 'en/cluster-setup/a', filePath: 'src/content/docs/en/cluster-setup/a.mdx', title: 'English title', data: {} },
			{ id: 'exam', filePath: 'src/content/docs/exam.mdx', title: 'exam', data: {} },
		]);
		expect(graph.topics).toHaveLength(1);
		expect(graph.get('cluster-setup/a')?.titles).toEqual({ ja: 'title of cluster-setup/a', en: 'English title' });
	});

	it('rejects a related page that does not exist, or the page itself', () => {
		expect(issuesOf([topic('cluster-setup/a', { related: ['cluster-setup/missing', 'cluster-setup/a'] })])).toEqual([
			'src/content/docs/cluster-setup/a.mdx related[0]: "cluster-setup/missing" is not a topic page',
			'src/content/docs/cluster-setup/a.mdx related[1]: a page cannot be related to itself',
		]);
	});

	it('rejects a domain that does not match the folder', () => {
		expect(issuesOf([{ ...topic('cluster-setup/a'), data: { ...topic('cluster-setup/a').data, domain: 'runtime-security' } }])).toEqual([
			'src/content/docs/cluster-setup/a.mdx domain: "runtime-security" does not match the folder "cluster-setup/" the page lives in',
		]);
	});

	it('requires competencies of the own domain and official docs on topic pages', () => {
		const page = topic('cluster-setup/a');
		expect(issuesOf([{ ...page, data: { domain: 'cluster-setup', competencies: ['audit-logs'] } }])).toEqual([
			'src/content/docs/cluster-setup/a.mdx competencies: none of [audit-logs] belongs to the page\'s domain "cluster-setup"',
			'src/content/docs/cluster-setup/a.mdx officialDocs: missing: link at least one page of the allowed exam documentation',
		]);
	});

	it('keeps curriculum fields off guide pages and translations, and translations need an original', () => {
		expect(
			issuesOf([
				{ id: 'exam', filePath: 'exam.mdx', title: 'exam', data: { domain: 'cluster-setup' } },
				{ id: 'en/cluster-setup/a', filePath: 'en/a.mdx', title: 'A', data: { related: [] } },
			]),
		).toEqual([
			'exam.mdx domain: only topic pages (in a domain folder such as cluster-setup/) declare "domain"',
			'en/a.mdx id: translation has no Japanese original "cluster-setup/a" at the site root',
			'en/a.mdx related: translations inherit "related" from the Japanese page; remove it from the en page',
		]);
	});

	it('points each issue at the line of the field in the file', () => {
		const source = '---\ntitle: a\ndomain: cluster-setup\ncompetencies: [network-policies]\nrelated:\n  - cluster-setup/nope\n---\n';
		try {
			buildTopicGraph([{ ...topic('cluster-setup/a', { related: ['cluster-setup/nope'] }), source }]);
			expect.unreachable();
		} catch (e) {
			expect((e as ContentError).issues[0]?.line).toBe(6);
		}
	});

	it('accepts only search terms that occur in the page, in every language', () => {
		expect(
			issuesOf([
				{ ...topic('cluster-setup/a', { searchTerms: ['監査ログ', 'kube-bench'] }), body: '監査ログを kube-bench で読む' },
				{ id: 'en/cluster-setup/a', filePath: 'en/a.mdx', title: 'A', data: { searchTerms: ['audit log'] }, body: 'no such words' },
			]).filter((i) => i.includes('searchTerms')),
		).toEqual(['en/a.mdx searchTerms: "audit log" does not occur in the page: list only terms the page teaches']);
	});

	it('requires the page shape on topic pages and their translations', () => {
		const issues = issuesOf([
			{ ...topic('cluster-setup/a'), body: '## 試験での位置づけ\n' },
			{ id: 'en/cluster-setup/a', filePath: 'en/a.mdx', title: 'A', data: {}, body: '## Pitfalls\n' },
			{ id: 'exam', filePath: 'exam.mdx', title: 'exam', data: {}, body: 'a guide page has no required shape' },
		]);
		expect(issues).toContain('src/content/docs/cluster-setup/a.mdx body: missing the section "## 確認方法"');
		expect(issues).toContain('en/a.mdx body: missing the section "## Why it matters for the exam"');
		expect(issues.filter((i) => i.startsWith('exam.mdx'))).toEqual([]);
	});

	it('keeps a translation at the sidebar position of its original', () => {
		expect(
			issuesOf([
				{ ...topic('cluster-setup/a'), order: 2 },
				{ id: 'en/cluster-setup/a', filePath: 'en/a.mdx', title: 'A', data: {}, order: 3 },
			]),
		).toEqual(['en/a.mdx sidebar.order: must be 2 like the Japanese page, so both sidebars list pages in the same order']);
	});
});

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

	describe('practice tasks', () => {
		const sections = (lang: 'ja' | 'en') =>
			(lang === 'ja' ? ['試験での位置づけ', '確認方法', '落とし穴', '練習問題'] : ['Why it matters for the exam', 'How to verify', 'Pitfalls', 'Practice tasks']).map((s) => `## ${s}\n`).join('\n');
		const task = (id: string, title: string) => `<Task id="${id}">\n\n### ${title}\n\n<Solution>\n\nx\n\n</Solution>\n\n</Task>\n`;
		const page = (lang: 'ja' | 'en', ids: string[]) => `${sections(lang)}\n${ids.map((id, i) => task(id, `${lang === 'ja' ? `問題 ${i + 1}：` : `Task ${i + 1}: `}${lang}-${id}`)).join('\n')}`;
		const en = (ids: string[]): PageInput => ({ id: 'en/cluster-setup/a', filePath: 'en/a.mdx', title: 'A', data: {}, body: page('en', ids) });

		it('gives each task a site-wide id and its title in every language', () => {
			const graph = buildTopicGraph([{ ...topic('cluster-setup/a'), body: page('ja', ['one', 'two', 'three']) }, en(['one', 'two', 'three'])]);
			expect(graph.get('cluster-setup/a')?.tasks).toEqual([
				{ id: 'cluster-setup/a#one', titles: { ja: 'ja-one', en: 'en-one' }, checked: false },
				{ id: 'cluster-setup/a#two', titles: { ja: 'ja-two', en: 'en-two' }, checked: false },
				{ id: 'cluster-setup/a#three', titles: { ja: 'ja-three', en: 'en-three' }, checked: false },
			]);
		});

		it('keeps a translation to the ids of its original, in their order', () => {
			const original = { ...topic('cluster-setup/a'), body: page('ja', ['one', 'two', 'three']) };
			expect(issuesOf([original, en(['one', 'two', 'invented'])]).filter((i) => i.includes(' Task:'))).toEqual([
				'en/a.mdx Task: task id "invented" is not a task of the Japanese page (its ids: one, two, three); a translation keeps the original\'s ids',
				'en/a.mdx Task: translates no task with the id "three" of the Japanese page',
			]);
			expect(issuesOf([original, en(['two', 'one', 'three'])])).toEqual(['en/a.mdx Task: lists the tasks in another order than the Japanese page (one, two, three)']);
		});

		it('reports a task problem at its line in the file and keeps tasks off guide pages', () => {
			const body = page('ja', ['one', 'one', 'three']);
			const source = `---\ntitle: a\n---\n${body}`;
			try {
				buildTopicGraph([{ ...topic('cluster-setup/a'), body, source }, { id: 'exam', filePath: 'exam.mdx', title: 'exam', data: {}, body: task('x', 'X') }]);
				expect.unreachable();
			} catch (e) {
				const issues = (e as ContentError).issues.map((i) => `${i.file}:${i.line} ${i.message}`);
				expect(issues).toEqual([
					`src/content/docs/cluster-setup/a.mdx:${source.split('\n').findIndex((l, i) => l === '<Task id="one">' && i > 12) + 1} task id "one" is used twice on this page`,
					'exam.mdx:undefined only topic pages (in a domain folder) have practice tasks',
				]);
			}
		});
	});
});

/** Frontmatter fields a topic page adds to Starlight's schema; values are checked against the curriculum model. */
import { z } from 'astro/zod';
import { competencyIds, disallowedDocReason, domainIds } from '../curriculum/model.ts';

/** A page id without locale, e.g. `cluster-setup/network-policy`. */
const pageId = z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'must be a page id such as "cluster-setup/network-policy"');

const allowedDocUrl = z.string().superRefine((url, ctx) => {
	const reason = disallowedDocReason(url);
	if (reason) ctx.addIssue({ code: 'custom', message: reason });
});

export const officialDocSchema = z
	.object({
		title: z.string().min(1),
		url: allowedDocUrl,
		/** The Japanese translation of the same kubernetes.io page, listed beside it on the Japanese page (only where upstream has one). */
		jaUrl: allowedDocUrl.optional(),
	})
	.superRefine((doc, ctx) => {
		if (doc.jaUrl === undefined) return;
		// The same page under /ja/; its anchor may differ, since the Japanese edition translates its headings.
		const page = (url: string) => url.replace(/#.*$/, '');
		const expected = page(doc.url).replace('https://kubernetes.io/docs/', 'https://kubernetes.io/ja/docs/');
		if (expected === page(doc.url)) ctx.addIssue({ code: 'custom', path: ['jaUrl'], message: 'only kubernetes.io/docs/ pages have Japanese translations to list' });
		else if (page(doc.jaUrl) !== expected) ctx.addIssue({ code: 'custom', path: ['jaUrl'], message: `must be the Japanese edition of the same page, ${expected}` });
	});

export const topicFieldsSchema = z.object({
	/** Curriculum domain the page belongs to; must match the folder it lives in. */
	domain: z.enum(domainIds).optional(),
	/** Curriculum competencies the page teaches. */
	competencies: z.array(z.enum(competencyIds)).min(1).optional(),
	/** Pages of the documentation allowed in the exam that a candidate would open for this topic. */
	officialDocs: z.array(officialDocSchema).min(1).optional(),
	/** Other topic pages worth reading next; the reverse links are added at build time. */
	related: z.array(pageId).optional(),
	/** Words a candidate would search for that this page teaches; each must occur in the page. Written per language. */
	searchTerms: z.array(z.string().min(1)).optional(),
});

export type TopicFields = z.infer<typeof topicFieldsSchema>;
export type OfficialDoc = z.infer<typeof officialDocSchema>;

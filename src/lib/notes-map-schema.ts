/** Where each section of the study notes the site grew from lives now, and what was corrected: one YAML file per domain in `src/content/notes-map/`. */
import { z } from 'astro/zod';

const pageId = z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'must be a page id such as "cluster-setup/network-policy"');
const localized = z.object({ ja: z.string().min(1), en: z.string().min(1) });

export const noteSectionSchema = z.object({
	/** The heading in the notes with its parent headings, outermost first: ["Falco", "ファイル出力"]. */
	heading: z.array(z.string().min(1)).min(1),
	/** 1-based line of that heading in the notes, which orders the map as the notes are ordered. */
	line: z.number().int().positive(),
	/** The topic page that now teaches it. */
	page: pageId,
	/** The heading of the section on that page, as written in each language. */
	section: localized,
	/** What was wrong or outdated in the notes and how the page has it now; absent when the notes were right. */
	corrected: localized.optional(),
});

export const notesMapSchema = z.object({ sections: z.array(noteSectionSchema).min(1) });

export type NoteSection = z.infer<typeof noteSectionSchema>;

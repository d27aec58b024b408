/** The site's own UI strings, added to Starlight's i18n collection (`src/content/i18n/<lang>.json`) and read with `Astro.locals.t()`. */
import { z } from 'astro/zod';

export const uiStringKeys = [
	'cks.domain',
	'cks.weight',
	'cks.competencies',
	'cks.officialDocs',
	'cks.officialDocs.note',
	'cks.officialDocs.ja',
	'cks.related',
	'cks.task',
	'cks.solution.show',
	'cks.setup.show',
	'cks.example.wrong',
	'cks.example.old',
	'cks.pages',
	'cks.noPages',
	'cks.coverage.domain',
	'cks.coverage.competency',
	'cks.coverage.pages',
	'cks.competencyCount',
	'cks.exam.kubernetesVersion',
	'cks.exam.curriculumVersion',
	'cks.exam.duration',
	'cks.exam.passingScore',
	'cks.exam.tasks',
	'cks.exam.validity',
	'cks.exam.checkedOn',
	'cks.exam.allowedDocs',
	'cks.offline.ready',
	'cks.offline.update',
	'cks.offline.reload',
	'cks.print.title',
	'cks.print.loading',
	'cks.print.button',
	'cks.rating.label',
	'cks.rating.solved',
	'cks.rating.shaky',
	'cks.rating.missed',
	'cks.storage.unavailable',
	'cks.storage.newer',
] as const;

export type UiStringKey = (typeof uiStringKeys)[number];

export const uiStringsSchema = z.object(Object.fromEntries(uiStringKeys.map((k) => [k, z.string()])) as Record<UiStringKey, z.ZodString>).partial();

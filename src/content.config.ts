import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { notesMapSchema } from './lib/notes-map-schema.ts';
import { topicFieldsSchema } from './lib/topic-schema.ts';
import { uiStringsSchema } from './lib/ui-strings.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: topicFieldsSchema }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
	notesMap: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/notes-map' }), schema: notesMapSchema }),
};

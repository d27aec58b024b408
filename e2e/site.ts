/** What the end-to-end tests know of the site: its topic pages, read from the source folders like the build does. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { domains } from '../src/curriculum/model.ts';
import { extractCodeBlocks } from '../src/validation/extract.ts';

const docsDir = join(import.meta.dirname, '../src/content/docs');

/** Ids of the Japanese topic pages, e.g. `cluster-setup/network-policy`, in curriculum order. */
export const topicIds: string[] = domains.flatMap((d) =>
	readdirSync(join(docsDir, d.id))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => `${d.id}/${f.replace(/\.mdx$/, '')}`),
);

/** The source text of a Japanese page. */
export function pageSource(id: string): string {
	return readFileSync(join(docsDir, `${id}.mdx`), 'utf8');
}

/** The code blocks of a Japanese page as written in its source. */
export function pageCodeBlocks(id: string) {
	return extractCodeBlocks(pageSource(id));
}

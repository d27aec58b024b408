/**
 * Expressive Code plugin: the site runs without Expressive Code's text markers (line and inline marks, `ins`/`del`
 * diffs), whose styles every page would load (0.6 KB gzipped) while no page uses them. A block that asks for them
 * stops the build instead of rendering unmarked.
 */
import { definePlugin } from 'astro-expressive-code';

/** Why a code block's meta asks for text markers, or undefined if it does not. */
export function markerRequest(meta: { list: (keys?: string | string[], kind?: 'string' | 'range' | 'regexp') => unknown[]; value: (key: string) => unknown }, language: string): string | undefined {
	if (meta.list(['mark', 'ins', 'del']).length) return 'mark=, ins= or del=';
	if (meta.list('', 'range').length) return 'a line range such as {2-4}';
	if (meta.list('', 'string').length || meta.list('', 'regexp').length) return 'an inline "text" or /regexp/ marker';
	if (language === 'diff' && meta.value('lang') !== undefined) return 'diff with lang=';
	return undefined;
}

export function noTextMarkers() {
	return definePlugin({
		name: 'cks-no-text-markers',
		hooks: {
			preprocessMetadata: ({ codeBlock }) => {
				const request = markerRequest(codeBlock.metaOptions, codeBlock.language);
				if (request)
					throw new Error(
						`A code block asks for text markers (${request}: "${codeBlock.meta}"), which this site turns off to keep pages light. Write it without them, or turn them on in astro.config.mjs (expressiveCode.textMarkers) and drop this plugin.`,
					);
			},
		},
	});
}

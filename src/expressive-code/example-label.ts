/** Expressive Code plugin: a code block marked `example="wrong"` or `example="old"` says so above its code, in the page's language. */
import { readFileSync } from 'node:fs';
import { definePlugin } from 'astro-expressive-code';

type Example = 'wrong' | 'old';

/** The labels come from the site's UI strings (src/content/i18n/<lang>.json). */
function label(example: Example, locale: string): string {
	const lang = locale.startsWith('en') ? 'en' : 'ja';
	const strings = JSON.parse(readFileSync(new URL(`../content/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
	return strings[`cks.example.${example}`]!;
}

export function exampleLabel() {
	return definePlugin({
		name: 'cks-example-label',
		hooks: {
			postprocessRenderedBlock: ({ codeBlock, locale, renderData }) => {
				const example = codeBlock.metaOptions.getString('example');
				if (example !== 'wrong' && example !== 'old') return;
				const figure = renderData.blockAst;
				const classes = figure.properties.className;
				figure.properties.className = [...(Array.isArray(classes) ? classes : []), `cks-example-${example}`];
				figure.children.unshift({
					type: 'element',
					tagName: 'p',
					properties: { className: ['cks-example-label'] },
					children: [{ type: 'text', value: label(example, locale) }],
				});
			},
		},
	});
}

/**
 * Expressive Code plugin: a solution's code block marked `check="…"` carries its check paths (and `check-ordered`,
 * `schema`, language) as data attributes, so a task's "Check my answer" editor reads the expected answer from the
 * block itself: its code as rendered, its paths from these attributes. Nothing is written twice.
 */
import { definePlugin } from 'astro-expressive-code';

export function answerCheck() {
	return definePlugin({
		name: 'cks-answer-check',
		hooks: {
			postprocessRenderedBlock: ({ codeBlock, renderData }) => {
				const check = codeBlock.metaOptions.getString('check');
				if (check === undefined) return;
				const properties = renderData.blockAst.properties;
				properties.dataCksCheck = check;
				properties.dataCksLang = codeBlock.language;
				const ordered = codeBlock.metaOptions.getString('check-ordered');
				if (ordered !== undefined) properties.dataCksCheckOrdered = ordered;
				const schema = codeBlock.metaOptions.getString('schema');
				if (schema !== undefined) properties.dataCksSchema = schema;
			},
		},
	});
}

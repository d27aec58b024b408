/**
 * Astro integration: replaces `{{version:<id>}}` tokens in code blocks and inline code with the pinned versions while pages are built.
 *
 * Astro 7 renders Markdown and MDX with the Sätteri processor (`markdown.processor`, default `satteri()`); the MDX integration
 * uses the same processor (`extendMarkdownConfig`), and `markdown.remarkPlugins` would only run after switching to the unified
 * processor. So, like Starlight's own transforms, the plugin is added to the configured processor's `mdastPlugins`: it runs on
 * the Markdown tree before Expressive Code renders the blocks, so the copy button copies the replaced text too.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatIssue } from './content-error.ts';
import { hasVersionToken, replaceVersionTokens } from './version-tokens.ts';

interface Node {
	value: string;
}
interface Context {
	fileURL: URL | undefined;
	source: string;
	setProperty(node: Node, key: 'value', value: string): void;
}

/** The file line of a node's text, found in the page source (the processor gives positions only to plugins that pay for them). */
function lineInSource(source: string, text: string, lineInText: number): number | undefined {
	const at = source.indexOf(text);
	return at === -1 ? undefined : source.slice(0, at).split('\n').length + lineInText - 1;
}

function replaceIn(node: Node, context: Context): void {
	if (!hasVersionToken(node.value)) return;
	const { text, problems } = replaceVersionTokens(node.value);
	if (problems.length) {
		const file = context.fileURL ? fileURLToPath(context.fileURL) : 'unknown file';
		throw new Error(problems.map((p) => formatIssue({ file, line: lineInSource(context.source, node.value, p.line), message: p.message })).join('\n'));
	}
	context.setProperty(node, 'value', text);
}

/** The Sätteri mdast plugin; exported for the unit tests. */
export const versionTokensPlugin = {
	name: 'cks-version-tokens',
	code: (node: Node, context: Context) => replaceIn(node, context),
	inlineCode: (node: Node, context: Context) => replaceIn(node, context),
};

export function versionTokens(): AstroIntegration {
	return {
		name: 'cks:version-tokens',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const processor = config.markdown.processor as { name: string; options: { mdastPlugins?: unknown[] } };
				if (processor.name !== 'satteri' || !Array.isArray(processor.options.mdastPlugins)) {
					throw new Error(`cks:version-tokens supports the Sätteri Markdown processor only, not "${processor.name}"`);
				}
				processor.options.mdastPlugins.push(versionTokensPlugin);
			},
		},
	};
}

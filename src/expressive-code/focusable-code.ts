/**
 * Expressive Code plugin: every code block is keyboard-focusable from the start. Expressive Code's script gives a `pre`
 * its tabindex once it has measured that the code scrolls sideways, but a block the browser has not laid out yet (off
 * screen, `content-visibility: auto` in src/styles/site.css) cannot be measured, and Tab would pass it by. The script
 * still takes the tabindex away from a block that turns out not to scroll.
 */
import { definePlugin } from 'astro-expressive-code';
import type { Element } from 'hast';

/** The block's `pre`, wherever its frame puts it. */
function findPre(node: Element): Element | undefined {
	if (node.tagName === 'pre') return node;
	for (const child of node.children) {
		const pre = child.type === 'element' ? findPre(child) : undefined;
		if (pre) return pre;
	}
	return undefined;
}

export function focusableCode() {
	return definePlugin({
		name: 'cks-focusable-code',
		hooks: {
			postprocessRenderedBlock: ({ renderData }) => {
				const pre = findPre(renderData.blockAst);
				if (pre) pre.properties.tabindex = 0;
			},
		},
	});
}

/**
 * Expressive Code plugin: the copy button takes its text from the code block's lines when clicked, instead of from a
 * second copy of the whole code that Expressive Code writes into the button's `data-code` attribute (about 1 KB gzipped
 * on a typical topic page). The build keeps the attribute of any block whose copied text the lines would not give.
 */
import { definePlugin } from 'astro-expressive-code';

interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/**
 * What the copy button copies, from the block's lines: Expressive Code's own rule (plugin-frames), which leaves out the
 * comment lines of a terminal frame. Runs at build time and, as written here, in the browser.
 */
export function copyText(lines: string[], terminal: boolean): string {
	const code = lines.join('\n');
	return terminal ? code.replace(/(?<=^|\n)\s*#.*($|\n+)/g, '').trim() : code;
}

/**
 * The browser side (Expressive Code ships plugin modules as written, so this one is written small): before Expressive
 * Code's click handler reads `data-code`, a button without it gets it from its block's lines. An empty line holds a
 * newline, so that it can be selected.
 */
export const copyModule = `${copyText.toString()}
document.addEventListener('click',e=>{const b=e.target instanceof Element&&e.target.closest('.expressive-code .copy button'),f=b&&b.closest('figure');if(!f||b.dataset.code!==undefined)return;b.dataset.code=copyText([...f.querySelectorAll(':scope>pre .ec-line .code')].map(l=>l.textContent==='\\n'?'':l.textContent),f.classList.contains('is-terminal')).replace(/\\n/g,'\\x7f')},true);
`;

function find(node: HastNode, test: (n: HastNode) => boolean): HastNode | undefined {
	if (test(node)) return node;
	for (const child of node.children ?? []) {
		const found = find(child, test);
		if (found) return found;
	}
	return undefined;
}

function classes(node: HastNode): string[] {
	const value = node.properties?.className;
	return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

export function copyFromLines() {
	return definePlugin({
		name: 'cks-copy-from-lines',
		jsModules: [copyModule],
		hooks: {
			postprocessRenderedBlock: ({ codeBlock, renderData }) => {
				const figure = renderData.blockAst as HastNode;
				const button = find(figure, (n) => n.tagName === 'button' && n.properties?.dataCode !== undefined);
				if (!button) return;
				const written = String(button.properties!.dataCode).replace(/\u007f/g, '\n');
				const fromLines = copyText(
					codeBlock.getLines().map((l) => l.text),
					classes(figure).includes('is-terminal'),
				);
				if (written === fromLines) delete button.properties!.dataCode;
			},
		},
	});
}

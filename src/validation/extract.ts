/** Finds the fenced code blocks of an MDX or Markdown file, with their language, meta attributes and position. */

export interface CodeBlock {
	/** Language after the opening fence, lower-cased (`''` when none). */
	lang: string;
	/** Everything after the language on the opening fence. */
	meta: string;
	/** The block's text, with the fence's indentation removed. */
	code: string;
	/** 1-based line of the opening fence in the file. */
	line: number;
	/** 1-based line of the closing fence (the last line of the file when the block is never closed). */
	endLine: number;
}

const openingFence = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

/** The fenced code blocks of `source`, in order. Follows CommonMark's fence rules closely enough for our pages. */
export function extractCodeBlocks(source: string): CodeBlock[] {
	const lines = source.split(/\r?\n/);
	const blocks: CodeBlock[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = openingFence.exec(lines[i]!);
		if (!open) continue;
		const [, indent = '', fence = '', lang = '', meta = ''] = open;
		const closing = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
		const body: string[] = [];
		let j = i + 1;
		while (j < lines.length && !closing.test(lines[j]!)) {
			const line = lines[j]!;
			body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
			j++;
		}
		blocks.push({ lang: lang.toLowerCase(), meta: meta.trim(), code: body.join('\n'), line: i + 1, endLine: Math.min(j + 1, lines.length) });
		i = j;
	}
	return blocks;
}

/** The `key="value"` attributes of a code block's meta string (Expressive Code syntax). */
export function metaAttributes(meta: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const match of meta.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'{}]+))/g)) {
		attributes[match[1]!] = match[2] ?? match[3] ?? match[4] ?? '';
	}
	return attributes;
}

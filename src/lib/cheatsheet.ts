/** The command cheat sheet, taken from the validated shell blocks of the topic pages: one example of each way a tool is used, with the section it comes from. */
import { extractCodeBlocks, metaAttributes } from '../validation/extract.ts';
import { readCommand } from '../validation/shell.ts';
import { logicalLines, simpleCommands, stripComment } from '../validation/shell-words.ts';

export interface CheatCommand {
	/** The command line as the page writes it (continued lines joined). */
	text: string;
	/** The tool and its subcommands, e.g. `kubectl auth can-i`. */
	command: string;
	/** Tool, subcommands and the flags given: commands with the same signature teach the same thing once. */
	signature: string;
	/** Index of the heading the block follows, among the page's headings in order (0 = the first heading). */
	heading: number;
}

/** Longest command line kept: longer ones are scripts, not something to type fast. */
const maxLength = 140;

/** One space where a line continued with `\` was indented, leaving quoted text as written. */
function joinedLine(text: string): string {
	let out = '';
	let quote: string | undefined;
	for (const ch of text) {
		if (quote) {
			if (ch === quote) quote = undefined;
		} else if (ch === '"' || ch === "'") quote = ch;
		else if (ch === ' ' && out.endsWith(' ')) continue;
		out += ch;
	}
	return out;
}

/** The `##`–`######` headings of a page source outside code blocks, in order, with their lines. */
export function sourceHeadings(source: string): { line: number; text: string }[] {
	const inCode = new Set<number>();
	for (const block of extractCodeBlocks(source)) {
		for (let l = block.line; l <= block.line + block.code.split('\n').length + 1; l++) inCode.add(l);
	}
	const headings: { line: number; text: string }[] = [];
	const frontmatterEnd = source.startsWith('---') ? source.indexOf('\n---', 3) : -1;
	const skip = frontmatterEnd === -1 ? 0 : source.slice(0, frontmatterEnd).split('\n').length + 1;
	source.split('\n').forEach((text, i) => {
		const match = /^(#{2,6})\s+(.+?)\s*$/.exec(text);
		if (match && i + 1 > skip && !inCode.has(i + 1)) headings.push({ line: i + 1, text: match[2]! });
	});
	return headings;
}

/** The commands a page teaches outside its practice tasks (whose solutions are for the tasks), from shell blocks that are not wrong or old examples. */
export function pageCommands(source: string, practiceHeading: string): CheatCommand[] {
	const headings = sourceHeadings(source);
	const practice = headings.find((h) => h.text === practiceHeading)?.line ?? Infinity;
	const commands: CheatCommand[] = [];
	for (const block of extractCodeBlocks(source)) {
		if (!['bash', 'sh'].includes(block.lang) || block.line > practice || metaAttributes(block.meta).example !== undefined) continue;
		const heading = headings.filter((h) => h.line < block.line).length - 1;
		const lines = new Map(logicalLines(block.code).map((l) => [l.line, joinedLine(stripComment(l.text).trim())]));
		for (const { words, line } of simpleCommands(block.code)) {
			const read = readCommand(words, line);
			const text = lines.get(line);
			if (!read || read.findings.length || !text || text.length > maxLength) continue;
			commands.push({ text, command: read.names.join(' '), signature: [...read.names, ...[...new Set(read.flags)].sort()].join(' '), heading });
		}
	}
	return commands;
}

export interface CheatGroup {
	tool: string;
	commands: (CheatCommand & { page: string })[];
}

/** One domain's commands grouped by tool, each signature once (the first page that teaches it), tools and commands in a stable order. */
export function groupByTool(pages: readonly { page: string; commands: readonly CheatCommand[] }[]): CheatGroup[] {
	const seen = new Set<string>();
	const byTool = new Map<string, (CheatCommand & { page: string })[]>();
	for (const { page, commands } of pages) {
		for (const c of commands) {
			if (seen.has(c.signature)) continue;
			seen.add(c.signature);
			const tool = c.command.split(' ')[0]!;
			byTool.set(tool, [...(byTool.get(tool) ?? []), { ...c, page }]);
		}
	}
	return [...byTool]
		.sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
		.map(([tool, commands]) => ({ tool, commands: commands.sort((a, b) => a.command.localeCompare(b.command)) }));
}

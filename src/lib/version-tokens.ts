/**
 * `{{version:<id>}}` tokens: how a page writes a pinned version (src/curriculum/versions.ts) in a code block or inline code.
 * The one implementation used by the build (src/lib/version-tokens-integration.ts, on the Markdown tree) and by the snippet
 * validation (src/validation/validate.ts, on the page source), so what is validated is what the reader sees.
 */
import { findTool, pinnedTools } from '../curriculum/versions.ts';
import { didYouMean } from '../validation/suggest.ts';

/** Anything that looks like a token, spaces and all, so a misspelt one is reported instead of shown as it is. */
const tokenPattern = /\{\{\s*version\s*:\s*([^{}]*?)\s*\}\}/g;

export interface TokenProblem {
	/** 1-based line in the text. */
	line: number;
	message: string;
}

/** The text with every known token replaced by its version, and a problem for each unknown or malformed one. */
export function replaceVersionTokens(text: string): { text: string; problems: TokenProblem[] } {
	const problems: TokenProblem[] = [];
	const replaced = text.replace(tokenPattern, (token, id: string, offset: number) => {
		const tool = findTool(id);
		const exact = token === `{{version:${id}}}`;
		if (tool && exact) return tool.version;
		const line = text.slice(0, offset).split('\n').length;
		const fix = tool ? `write it as {{version:${id}}}` : didYouMean(id, pinnedTools.map((t) => t.id));
		problems.push({ line, message: `${tool ? 'malformed' : 'unknown'} version token ${token}${fix ? ` — ${fix}` : ''} (tokens are the ids of src/curriculum/versions.ts)` });
		return token;
	});
	return { text: replaced, problems };
}

/** Whether the text contains anything that looks like a version token. */
export function hasVersionToken(text: string): boolean {
	tokenPattern.lastIndex = 0;
	return new RegExp(tokenPattern.source).test(text);
}

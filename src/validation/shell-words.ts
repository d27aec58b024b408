/** Splits shell text into the simple commands it runs, with their words and lines, for flag checking. */

export interface SimpleCommand {
	/** Words after quote removal, leading `VAR=value` assignments and wrappers like `sudo` dropped. */
	words: string[];
	/** 1-based line in the block where the command starts. */
	line: number;
}

const wrappers = new Set(['sudo', 'time', 'watch', 'exec', 'nohup', 'env', 'xargs', 'timeout']);

/** Joins `\`-continued lines and drops heredoc bodies, keeping each logical line's first line number. */
export function logicalLines(code: string): { text: string; line: number }[] {
	const out: { text: string; line: number }[] = [];
	const lines = code.split('\n');
	let heredocEnd: { word: string; strip: boolean } | undefined;
	for (let i = 0; i < lines.length; i++) {
		let text = lines[i]!;
		if (heredocEnd) {
			if ((heredocEnd.strip ? text.replace(/^\t+/, '') : text) === heredocEnd.word) heredocEnd = undefined;
			continue;
		}
		const start = i;
		while (/\\$/.test(text) && i + 1 < lines.length) text = text.slice(0, -1) + ' ' + lines[++i]!;
		const heredoc = /<<(-?)\s*(['"]?)([\w-]+)\2/.exec(stripComment(text));
		if (heredoc) heredocEnd = { word: heredoc[3]!, strip: heredoc[1] === '-' };
		out.push({ text, line: start + 1 });
	}
	return out;
}

/** The text before an unquoted `#` that starts a comment. */
export function stripComment(text: string): string {
	let quote: string | undefined;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === quote) quote = undefined;
			else if (c === '\\' && quote === '"') i++;
		} else if (c === "'" || c === '"') quote = c;
		else if (c === '\\') i++;
		else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i);
	}
	return text;
}

/** Splits a logical line into words, cutting at `|`, `&&`, `||`, `;` and `&`; `$(…)` contents become commands of their own. */
function splitCommands(text: string): string[][] {
	const commands: string[][] = [[]];
	const nested: string[] = [];
	let word = '';
	let inWord = false;
	let quote: string | undefined;
	const endWord = () => {
		if (inWord) commands[commands.length - 1]!.push(word);
		word = '';
		inWord = false;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === quote) quote = undefined;
			else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
			else word += c;
			continue;
		}
		if (c === '$' && text[i + 1] === '(') {
			let depth = 1;
			let j = i + 2;
			for (; j < text.length && depth > 0; j++) depth += text[j] === '(' ? 1 : text[j] === ')' ? -1 : 0;
			nested.push(text.slice(i + 2, j - 1));
			word += '$SUBST';
			inWord = true;
			i = j - 1;
		} else if (c === "'" || c === '"') {
			quote = c;
			inWord = true;
		} else if (c === '\\' && i + 1 < text.length) {
			word += text[++i];
			inWord = true;
		} else if (/\s/.test(c)) endWord();
		else if (c === '|' || c === ';' || c === '&' || c === '(' || c === ')') {
			endWord();
			commands.push([]);
			if (text[i + 1] === c) i++;
		} else if (c === '>' || c === '<') {
			// A redirection and its target are not arguments of the command.
			endWord();
			while (text[i + 1] === '>' || text[i + 1] === '&' || text[i + 1] === '<') i++;
			while (text[i + 1] === ' ') i++;
			while (i + 1 < text.length && !/[\s|;&]/.test(text[i + 1]!)) i++;
		} else {
			word += c;
			inWord = true;
		}
	}
	endWord();
	return [...commands, ...nested.flatMap(splitCommands)].filter((c) => c.length > 0);
}

/** The simple commands of a shell block. */
export function simpleCommands(code: string): SimpleCommand[] {
	return logicalLines(code).flatMap(({ text, line }) =>
		splitCommands(stripComment(text)).map((words) => {
			let i = 0;
			while (i < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!) || wrappers.has(words[i]!))) {
				const wrapper = wrappers.has(words[i]!);
				i++;
				// Options of a wrapper (`timeout 30s`, `watch -n 1`) are not the command.
				while (wrapper && i < words.length && !/^[a-z][\w.-]*$/.test(words[i]!)) i++;
			}
			return { words: words.slice(i), line };
		}),
	).filter((c) => c.words.length > 0);
}

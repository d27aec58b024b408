/** Checks shell blocks: characters that break a copied command, prompts, placeholders, and commands and flags against our table. */
import { commandTable } from './commands/index.ts';
import type { CommandSpec } from './commands/types.ts';
import type { Finding } from './finding.ts';
import { logicalLines, simpleCommands, stripComment } from './shell-words.ts';
import { didYouMean } from './suggest.ts';

const badCharacters: readonly [RegExp, string][] = [
	[/\u3000/, 'an ideographic space (U+3000)'],
	[/[\u00a0\u2007\u202f]/, 'a non-breaking space'],
	[/[\u200b\u200c\u200d\ufeff]/, 'an invisible zero-width character'],
	[/[\u2018\u2019\u201c\u201d]/, 'a typographic quote'],
	[/[\u2013\u2014\u2212]/, 'a dash that is not an ASCII hyphen'],
	[/[\uff01-\uff5e]/, 'a full-width character'],
];

/** Characters that silently break a command or manifest when a reader copies it; checked in every code block outside `#` comments. */
export function copyHazards(code: string): Finding[] {
	const lines = code.split('\n').map(stripComment);
	return badCharacters.flatMap(([pattern, name]) => {
		const i = lines.findIndex((l) => pattern.test(l));
		return i === -1 ? [] : [{ line: i + 1, message: `contains ${name}, which breaks the copied text`, fix: 'type it with plain ASCII characters' }];
	});
}

/** Flags of a spec as a map from spelling (`-n`, `--namespace`) to whether the flag takes a value. */
function flagIndex(specs: readonly CommandSpec[]): Map<string, boolean> {
	const index = new Map<string, boolean>();
	for (const spec of specs) {
		for (const entry of spec.flags ?? []) {
			const takesValue = entry.endsWith('=');
			for (const alias of entry.replace(/=$/, '').split(/,\s*/)) index.set(alias.trim(), takesValue);
		}
	}
	return index;
}

/** Flags that make a command complete without a subcommand (`trivy --version`, `kubectl --help`). */
const standaloneFlags = new Set(['-h', '--help', '--version']);

/** A command of a known tool, read against its table: the subcommands named, the flags given, and what is wrong. */
export interface ReadCommand {
	/** The tool and its subcommands, e.g. `['kubectl', 'auth', 'can-i']`. */
	names: string[];
	/** The flags given, as spelled without values (`-n`, `--output`). */
	flags: string[];
	findings: Finding[];
}

/** Reads one command's subcommands and flags against the table; undefined for a tool without a table. */
export function readCommand(words: readonly string[], line: number): ReadCommand | undefined {
	const tool = words[0]!;
	const root = commandTable[tool];
	if (!root) return undefined;
	const out: Finding[] = [];
	const chain: CommandSpec[] = [root];
	const names = [tool];
	const given: string[] = [];
	let positional = 0;
	let standalone = false;
	for (let i = 1; i < words.length; i++) {
		const word = words[i]!;
		const current = chain[chain.length - 1]!;
		const flags = flagIndex(chain);
		if (word === '--') {
			if (current.passthroughAfterDoubleDash && i + 1 < words.length) out.push(...(readCommand(words.slice(i + 1), line)?.findings ?? []));
			return { names, flags: given, findings: out };
		}
		if (standaloneFlags.has(word.split('=')[0]!)) standalone = true;
		if (word.startsWith('--')) {
			const name = word.split('=')[0]!;
			given.push(name);
			if (!flags.has(name)) {
				out.push({ line, message: `\`${names.join(' ')}\` has no flag ${name}`, fix: didYouMean(name, flags.keys()) });
			} else if (flags.get(name) && !word.includes('=')) i++;
			continue;
		}
		if (/^-[A-Za-z]/.test(word)) {
			const letters = word.slice(1).split('=')[0]!;
			given.push(`-${letters}`);
			if (flags.has(`-${letters}`)) {
				if (flags.get(`-${letters}`) && !word.includes('=')) i++;
			} else if ([...letters].every((l) => flags.has(`-${l}`))) {
				if (flags.get(`-${letters.at(-1)}`)) i++;
			} else if (flags.has(`-${letters[0]}`) && flags.get(`-${letters[0]}`)) {
				// A short flag with its value attached, like -n1.
			} else {
				out.push({ line, message: `\`${names.join(' ')}\` has no flag ${word.split('=')[0]}`, fix: didYouMean(`-${letters}`, flags.keys()) });
			}
			continue;
		}
		const sub = current.sub?.[word];
		if (sub && positional === 0) {
			chain.push(sub);
			names.push(word);
			continue;
		}
		if (current.requiresSub && positional === 0) {
			out.push({ line, message: `\`${names.join(' ')}\` has no subcommand "${word}"`, fix: didYouMean(word, Object.keys(current.sub ?? {})) });
			return { names, flags: given, findings: out };
		}
		positional++;
	}
	if (chain[chain.length - 1]!.requiresSub && !standalone) out.push({ line, message: `\`${names.join(' ')}\` needs a subcommand`, fix: `one of: ${Object.keys(chain.at(-1)!.sub ?? {}).join(', ')}` });
	return { names, flags: given, findings: out };
}

const placeholder = /(?<![<\w$])<(?![<(=\s-])[^<>\s'"]+>(?!>)/;

/** Findings of a shell block. */
export function checkShell(code: string): Finding[] {
	const findings: Finding[] = [];
	logicalLines(code).forEach(({ text, line }) => {
		const command = stripComment(text);
		if (/^\s*[$%>]\s/.test(text)) findings.push({ line, message: 'starts with a prompt, which breaks copying', fix: 'remove the leading prompt character' });
		const hole = placeholder.exec(command.replace(/'[^']*'|"[^"]*"/g, "''"));
		if (hole) findings.push({ line, message: `contains the placeholder ${hole[0]}, which the shell reads as a redirection`, fix: 'use a concrete example value or a shell variable set on the line before' });
	});
	for (const { words, line } of simpleCommands(code)) findings.push(...(readCommand(words, line)?.findings ?? []));
	return findings;
}

/** Export and import of study progress as a JSON file with a format name and schema version; an import that is not right changes nothing. */
import { type StateProblem, type StudyState, mentionedTasks, readState } from './state.ts';

/** Marks a file as this site's progress export. */
export const exportFormat = 'cks-notes-study';
/** Largest file accepted for import: a real export of every task rated daily for years is far smaller. */
export const maxImportBytes = 2 * 1024 * 1024;

/** The export file's text: the state with the format name and the time of export. */
export function exportText(state: StudyState, now: Date): string {
	return `${JSON.stringify({ format: exportFormat, exportedAt: now.toISOString(), ...state }, null, '\t')}\n`;
}

export type ImportProblem =
	| { kind: 'too-large'; bytes: number }
	| { kind: 'not-export' }
	| { kind: 'unknown-tasks'; ids: string[] }
	| StateProblem;

/**
 * Reads an import file. Tasks must be tasks of the site, or tasks it has retired (kept but not shown); a file that names
 * other tasks is refused, since it was made for something else or edited by hand.
 */
export function importText(text: string, known: ReadonlySet<string>): { state: StudyState } | { problem: ImportProblem } {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > maxImportBytes) return { problem: { kind: 'too-large', bytes } };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { problem: { kind: 'not-json' } };
	}
	if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== exportFormat) return { problem: { kind: 'not-export' } };
	const read = readState(value);
	if ('problem' in read) return read;
	const unknown = [...mentionedTasks(read.state)].filter((id) => !known.has(id)).sort();
	if (unknown.length) return { problem: { kind: 'unknown-tasks', ids: unknown } };
	return read;
}

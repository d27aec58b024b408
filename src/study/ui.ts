/** Small helpers the study pages share: their UI strings, message text for storage problems, and element building. */
import type { StorageStatus } from './storage.ts';

export const stringsElementId = 'cks-study-strings';

export type Strings = Record<string, string>;

/** The UI strings a study page carries, read once. */
export function pageStrings(doc: Document = document): Strings {
	return JSON.parse(doc.getElementById(stringsElementId)!.textContent!) as Strings;
}

/** A string with its `{{name}}` placeholders filled in. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** What to tell the reader about where their progress is kept, or '' when all is well. */
export function storageMessage(status: StorageStatus, strings: Strings): string {
	if (status === 'unavailable') return strings['cks.storage.unavailable']!;
	if (status === 'newer') return strings['cks.storage.newer']!;
	if (status === 'set-aside') return strings['cks.storage.setAside']!;
	return '';
}

/** An element with attributes and children (text is set as text, never parsed as HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) {
		if (value === false) continue;
		element.setAttribute(name, value === true ? '' : value);
	}
	element.append(...children);
	return element;
}

/** A date as the reader's locale writes it, with the time. */
export function formatDate(time: number, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

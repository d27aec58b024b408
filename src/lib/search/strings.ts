/** The messages of the search dialog (the site's UI strings, `src/content/i18n/*.json`), handed to the dialog's script as a JSON data block. */

export const searchStringKeys = [
	'cks.search.loading',
	'cks.search.count',
	'cks.search.countOne',
	'cks.search.partial',
	'cks.search.partialOne',
	'cks.search.none',
	'cks.search.noWords',
	'cks.search.truncated',
	'cks.search.missing',
	'cks.search.error',
	'cks.search.partlyFailed',
	'cks.search.shown',
	'cks.search.results',
] as const;

export type SearchStringKey = (typeof searchStringKeys)[number];
export type SearchStrings = Record<SearchStringKey, string>;

/** Parts of a message: text, and the slots `{{name}}` filled in by the caller (the query, shown isolated from the text around it). */
export function messageParts(template: string, values: Record<string, string>): { text: string; slot?: string }[] {
	return template
		.split(/(\{\{\s*\w+\s*\}\})/)
		.filter(Boolean)
		.map((part) => {
			const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
			return name !== undefined && name in values ? { text: values[name]!, slot: name } : { text: part };
		});
}

/** The dialog's messages from the data block the search component writes. */
export function readStrings(root: ParentNode): SearchStrings {
	try {
		return JSON.parse(root.querySelector('script.strings')?.textContent ?? '{}') as SearchStrings;
	} catch {
		return {} as SearchStrings;
	}
}

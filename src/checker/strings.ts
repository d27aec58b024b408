/** The checker's UI strings in the page's language, from the site's UI strings (src/content/i18n/<lang>.json). */
import en from '../content/i18n/en.json';
import ja from '../content/i18n/ja.json';

const all: Record<string, Record<string, string>> = { en, ja };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for the document's language, with `{{name}}` interpolation as Starlight's `t()` does. */
export function translator(lang = document.documentElement.lang): Translate {
	const strings = all[lang.startsWith('en') ? 'en' : 'ja']!;
	return (key, values = {}) => (strings[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

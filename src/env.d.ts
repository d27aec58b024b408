/** Registers the site's UI strings with Starlight's typed `t()`. */
declare namespace StarlightApp {
	type UIStrings = typeof import('./content/i18n/en.json');
	interface I18n extends UIStrings {}
}

/** Wide tables scroll sideways on narrow screens; a scrolling table must be reachable with the keyboard (WCAG 2.1.1), also when a page adds it later (print, study). */
const observer = new ResizeObserver((entries) => {
	for (const { target } of entries) {
		const table = target as HTMLTableElement;
		if (table.scrollWidth > table.clientWidth) table.tabIndex = 0;
		else table.removeAttribute('tabindex');
	}
});
// Focusable until measured: a table inside a block the browser has not laid out yet (content-visibility in
// src/styles/site.css) is measured only once the reader comes near it, and Tab must not pass it by meanwhile.
const watch = (root: ParentNode) =>
	root.querySelectorAll<HTMLTableElement>('.sl-markdown-content table').forEach((table) => {
		if (!table.hasAttribute('tabindex')) table.tabIndex = 0;
		observer.observe(table);
	});
watch(document);
new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((node) => node instanceof Element && watch(node.parentElement ?? node)))).observe(document.body, {
	childList: true,
	subtree: true,
});

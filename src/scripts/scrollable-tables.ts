/** Wide tables scroll sideways on narrow screens; a scrolling table must be reachable with the keyboard (WCAG 2.1.1), also when a page adds it later (print, study). */
const observer = new ResizeObserver((entries) => {
	for (const { target } of entries) {
		const table = target as HTMLTableElement;
		if (table.scrollWidth > table.clientWidth) table.tabIndex = 0;
		else table.removeAttribute('tabindex');
	}
});
const watch = (root: ParentNode) => root.querySelectorAll('.sl-markdown-content table').forEach((table) => observer.observe(table));
watch(document);
new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((node) => node instanceof Element && watch(node.parentElement ?? node)))).observe(document.body, {
	childList: true,
	subtree: true,
});

/** Wide tables scroll sideways on narrow screens; a scrolling table must be reachable with the keyboard (WCAG 2.1.1). */
const observer = new ResizeObserver((entries) => {
	for (const { target } of entries) {
		const table = target as HTMLTableElement;
		if (table.scrollWidth > table.clientWidth) table.tabIndex = 0;
		else table.removeAttribute('tabindex');
	}
});
for (const table of document.querySelectorAll('.sl-markdown-content table')) observer.observe(table);

/** Printing shows every practice solution: they open before printing and close again after. */
addEventListener('beforeprint', () => {
	for (const details of document.querySelectorAll<HTMLDetailsElement>('details.solution:not([open])')) {
		details.open = true;
		details.dataset.openedForPrint = '';
	}
});
addEventListener('afterprint', () => {
	for (const details of document.querySelectorAll<HTMLDetailsElement>('details.solution[data-opened-for-print]')) {
		details.open = false;
		delete details.dataset.openedForPrint;
	}
});

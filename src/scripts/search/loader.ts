/**
 * What every page carries of the search: the dialog opens at once on click, Ctrl+K / ⌘K or `/`, with focus in the
 * search box; the search itself (dialog.ts, then Pagefind) loads on the first sign of intent, the button's focus
 * included, and takes over the box when it arrives, reading what the reader has typed meanwhile.
 */
import { readStrings } from '../../lib/search/strings.ts';

const focusable = 'input, button:not([disabled]), a[href]';

function isEditable(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function openSearch(root: HTMLElement | null): void {
	if (!root) return;
	const button = root.querySelector<HTMLButtonElement>('button.open')!;
	const dialog = root.querySelector('dialog')!;
	const input = dialog.querySelector('input')!;
	let returnFocus: HTMLElement | null = null;
	let attached: Promise<void> | undefined;

	const attach = () => {
		attached ??= import('./dialog.ts')
			.then((m) => m.attachSearch(root))
			.catch(() => {
				// The search code itself could not be loaded (offline, with nothing cached): say so, and try again next time.
				attached = undefined;
				const status = dialog.querySelector('.status');
				if (status) status.textContent = readStrings(root)['cks.search.error'] ?? '';
			});
	};

	const open = () => {
		if (dialog.open) return;
		returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : button;
		dialog.showModal();
		document.documentElement.toggleAttribute('data-search-open', true);
		input.focus();
		input.select();
		attach();
	};

	dialog.addEventListener('close', () => {
		document.documentElement.toggleAttribute('data-search-open', false);
		// A reader who follows a result goes where it leads; otherwise focus returns where it was.
		if (dialog.dataset.following === undefined) (returnFocus?.isConnected ? returnFocus : button).focus();
		delete dialog.dataset.following;
	});
	dialog.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (target === dialog) dialog.close(); // the backdrop
		else if (target.closest('button.close')) dialog.close();
		else if (target.closest('a[href]') && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
			dialog.dataset.following = '';
			dialog.close();
		}
	});
	dialog.addEventListener('keydown', (event) => {
		// Escape closes the dialog, also from a search box with text in it (which would otherwise only clear it).
		if (event.key === 'Escape' && !event.isComposing) {
			event.preventDefault();
			dialog.close();
			return;
		}
		// Focus stays in the dialog: Tab from its last control goes to its first, Shift+Tab from the first to the last.
		if (event.key !== 'Tab') return;
		const items = [...dialog.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.checkVisibility());
		const first = items[0];
		const last = items[items.length - 1];
		if (event.shiftKey && document.activeElement === first) last?.focus();
		else if (!event.shiftKey && document.activeElement === last) first?.focus();
		else return;
		event.preventDefault();
	});

	button.addEventListener('click', open);
	button.addEventListener('focus', attach, { once: true });
	window.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			if (dialog.open) dialog.close();
			else open();
		} else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !dialog.open && !isEditable(event.target)) {
			event.preventDefault();
			open();
		}
	});
}

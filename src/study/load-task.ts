/** Brings a practice task from its topic page (from the offline copy when there is one) into the current page, with the styles it needs. */

const pages = new Map<string, Promise<Document>>();

function fetchPage(href: string): Promise<Document> {
	let page = pages.get(href);
	if (!page) {
		page = fetch(href).then(async (response) => {
			if (!response.ok) throw new Error(`${href}: ${response.status}`);
			return new DOMParser().parseFromString(await response.text(), 'text/html');
		});
		page.catch(() => pages.delete(href));
		pages.set(href, page);
	}
	return page;
}

/** Adds the page's stylesheets and module scripts this document lacks (component and code-block styles), resolving once the styles are loaded. */
export function adoptAssets(from: Document): Promise<unknown> {
	const have = new Set([...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="stylesheet"], script[src]')].map((e) => ('href' in e ? e.href : e.src)));
	const loads: Promise<unknown>[] = [];
	for (const link of from.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
		const href = new URL(link.getAttribute('href')!, location.href).href;
		if (have.has(href) || link.media === 'print') continue;
		const copy = document.createElement('link');
		copy.rel = 'stylesheet';
		copy.href = href;
		loads.push(
			new Promise((resolve) => {
				copy.addEventListener('load', resolve);
				copy.addEventListener('error', resolve);
			}),
		);
		document.head.append(copy);
		have.add(href);
	}
	for (const script of from.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')) {
		const src = new URL(script.getAttribute('src')!, location.href).href;
		// Expressive Code's script (copy buttons) is the only one a task needs that a study page does not load itself.
		if (have.has(src) || !/\/ec\.[^/]*\.js$/.test(src)) continue;
		const copy = document.createElement('script');
		copy.type = 'module';
		copy.src = src;
		document.head.append(copy);
		have.add(src);
	}
	return Promise.all(loads);
}

/** The task's section, ready to insert: links within its page point at that page, and ids are prefixed so they stay unique here. */
export async function loadTask(href: string, taskId: string): Promise<HTMLElement> {
	const page = await fetchPage(href);
	const section = [...page.querySelectorAll<HTMLElement>('section[data-task]')].find((s) => s.dataset.task === taskId);
	if (!section) throw new Error(`${href} has no task ${taskId}`);
	await adoptAssets(page);
	const copy = document.importNode(section, true);
	for (const a of copy.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) a.href = new URL(a.getAttribute('href')!, new URL(href, location.href)).href;
	for (const el of copy.querySelectorAll<HTMLElement>('[id]')) el.id = `task-${el.id}`;
	return copy;
}

/**
 * Component styles that few pages need, out of the stylesheet every page loads.
 *
 * Astro scopes a component's styles with a class (`:where(.astro-2qjbuh7f)`) that only the component's elements carry,
 * so a rule whose every selector names such classes can only match on pages whose HTML has one of them. The joined site
 * stylesheet keeps the rules most pages can use; rules only a few pages can use (Starlight's hero and its link buttons,
 * on the home pages) move to a stylesheet of their own that those pages load; rules no page can use are dropped.
 */

/** A top-level piece of a stylesheet: a block (`prelude{body}`) or a statement (`@import …;`). */
interface Piece {
	prelude: string;
	body?: string;
}

/** Splits CSS into its top-level pieces; strings and comments may hold braces. */
export function pieces(css: string): Piece[] {
	const out: Piece[] = [];
	let start = 0;
	let depth = 0;
	let bodyStart = -1;
	for (let i = 0; i < css.length; i++) {
		const c = css[i]!;
		if (c === '"' || c === "'") {
			for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
		} else if (c === '/' && css[i + 1] === '*') {
			const end = css.indexOf('*/', i + 2);
			i = end === -1 ? css.length : end + 1;
		} else if (c === '{') {
			if (depth++ === 0) bodyStart = i;
		} else if (c === '}') {
			if (--depth === 0) {
				out.push({ prelude: css.slice(start, bodyStart).trim(), body: css.slice(bodyStart + 1, i) });
				start = i + 1;
			}
		} else if (c === ';' && depth === 0) {
			out.push({ prelude: css.slice(start, i).trim() });
			start = i + 1;
		}
	}
	if (css.slice(start).trim()) out.push({ prelude: css.slice(start).trim() });
	return out.filter((p) => p.prelude || p.body);
}

const groupingRule = /^@(layer|media|supports|container)\b/i;
const scopeClass = /\.(astro-[a-z0-9]{8})\b/g;

/** The component scopes every selector of a style rule names, or undefined if some selector is not scoped. */
export function ruleScopes(selectorList: string): string[] | undefined {
	const selectors = selectorList.split(/,(?![^()]*\))/);
	const scopes = new Set<string>();
	for (const selector of selectors) {
		const found = [...selector.matchAll(scopeClass)].map((m) => m[1]!);
		if (!found.length) return undefined;
		found.forEach((s) => scopes.add(s));
	}
	return [...scopes];
}

export type Placement = 'keep' | 'move' | 'drop';

/** The stylesheet split by where its scoped rules belong: `keep` (every page), `move` (a few pages), `drop` (none). */
export function splitScoped(css: string, placeOf: (scope: string) => Placement): { kept: string; moved: string } {
	const render = (p: Piece) => (p.body === undefined ? `${p.prelude};` : `${p.prelude}{${p.body}}`);
	let kept = '';
	let moved = '';
	for (const piece of pieces(css)) {
		if (piece.body !== undefined && groupingRule.test(piece.prelude)) {
			const inner = splitScoped(piece.body, placeOf);
			// A layer or media block keeps its place in each file it has rules in (an empty @layer block still orders layers).
			if (inner.kept || /^@layer\b/i.test(piece.prelude)) kept += `${piece.prelude}{${inner.kept}}`;
			if (inner.moved) moved += `${piece.prelude}{${inner.moved}}`;
			continue;
		}
		const scopes = piece.body !== undefined && !piece.prelude.startsWith('@') ? ruleScopes(piece.prelude) : undefined;
		const places = scopes?.map(placeOf);
		if (!places || places.includes('keep')) kept += render(piece);
		else if (places.includes('move')) moved += render(piece);
	}
	return { kept, moved };
}

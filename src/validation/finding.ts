/** What a checker reports about a snippet. */

export interface Finding {
	/** 1-based line inside the snippet, when the checker knows it. */
	line?: number;
	/** Where inside the object, e.g. `spec.containers[0].securityContex`. */
	path?: string;
	message: string;
	/** A fix, when one is known (a close field name, the current form of a flag…). */
	fix?: string;
	/** `deprecated` findings pass in blocks marked `example="old"`. */
	kind?: 'error' | 'deprecated';
}

/** Formats an object path as `a.b[0].c` from its segments. */
export function formatPath(segments: readonly (string | number)[]): string {
	return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

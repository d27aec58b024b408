/** An error in the site's content, reported with its file, line and field so the build names what to fix. */

export interface ContentIssue {
	file: string;
	line?: number;
	/** Where in the file: a frontmatter field (`related[1]`) or a path inside a snippet. */
	field?: string;
	message: string;
}

/** Formats an issue as `file:line field: message`, the shape editors and terminals link from. */
export function formatIssue(issue: ContentIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
	return `${where}${issue.field ? ` ${issue.field}` : ''}: ${issue.message}`;
}

/** Thrown with every issue found, so one build lists them all. */
export class ContentError extends Error {
	readonly issues: readonly ContentIssue[];
	constructor(issues: readonly ContentIssue[]) {
		super(`${issues.length} content ${issues.length === 1 ? 'error' : 'errors'}:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
		this.name = 'ContentError';
		this.issues = issues;
	}
}

/** The 1-based line of the first line of `source` that contains `needle`, if any. */
export function lineOf(source: string | undefined, needle: string): number | undefined {
	if (!source) return undefined;
	const index = source.split('\n').findIndex((l) => l.includes(needle));
	return index === -1 ? undefined : index + 1;
}

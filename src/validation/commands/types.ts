/** The shape of our table of known commands and flags. */

export interface CommandSpec {
	/**
	 * Flags accepted by this command and its subcommands, as written in the tool's reference:
	 * `'-n, --namespace='` (aliases separated by commas; a trailing `=` marks a flag that takes a value).
	 */
	flags?: readonly string[];
	/** Subcommands by name. */
	sub?: Readonly<Record<string, CommandSpec>>;
	/** A subcommand must follow (e.g. `kubectl` alone does nothing useful). */
	requiresSub?: boolean;
	/** Everything after this command's positional arguments is another program's (e.g. `kubectl exec … -- cmd`). */
	passthroughAfterDoubleDash?: boolean;
	/** Reference the entries were written from. */
	source?: string;
}

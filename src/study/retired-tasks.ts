/**
 * Practice tasks that were removed from the site. A reader's progress on them is kept and exported (never dropped), but
 * not shown; an import may name them. Add a task's id here when its page loses it.
 */
export const retiredTaskIds: readonly string[] = [];

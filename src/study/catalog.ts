/** What the study pages know of the site's practice tasks and the curriculum, built into each study page from the topic graph. */

export interface CatalogTask {
	/** Site-wide id, e.g. `cluster-setup/network-policy#default-deny`. */
	id: string;
	domain: string;
	/** The task's title in the page's language. */
	title: string;
	/** Title of the topic page that holds it. */
	pageTitle: string;
	/** URL of that page in the page's language; the task is the element `[data-task="<id>"]` in it. */
	href: string;
	/** Whether the reader's answer can be checked against the solution. */
	checked: boolean;
}

export interface CatalogDomain {
	id: string;
	name: string;
	/** Share of the exam score, in percent. */
	weight: number;
}

export interface Catalog {
	domains: CatalogDomain[];
	tasks: CatalogTask[];
	/** Ids of tasks that were removed from the site: their progress is kept and exported, but not shown. */
	retired: string[];
	exam: { durationMinutes: number; passingScorePercent: number; taskCount: { min: number; max: number } };
}

/** The id of the element that carries the catalog as JSON on a study page. */
export const catalogElementId = 'cks-study-catalog';

/** Reads the catalog a study page carries. */
export function pageCatalog(doc: Document = document): Catalog {
	return JSON.parse(doc.getElementById(catalogElementId)!.textContent!) as Catalog;
}

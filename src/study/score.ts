/** Scores from the reader's ratings: readiness per domain and overall by the exam's weights, and a mock exam's result. */
import type { Catalog } from './catalog.ts';
import { type MockExam, type Rating, type StudyState, latestRating } from './state.ts';

/** How much of a task's points a rating earns. */
export const credit: Record<Rating, number> = { solved: 1, shaky: 0.5, missed: 0 };

export interface DomainProgress {
	id: string;
	solved: number;
	total: number;
}

/** Tasks whose latest rating is "solved", per domain, and readiness: the solved share of each domain weighted by the exam's weights (0–100). */
export function readiness(state: StudyState, catalog: Catalog): { domains: DomainProgress[]; percent: number } {
	const domains = catalog.domains.map((d) => {
		const tasks = catalog.tasks.filter((t) => t.domain === d.id);
		return { id: d.id, solved: tasks.filter((t) => latestRating(state, t.id)?.rating === 'solved').length, total: tasks.length };
	});
	const weight = (id: string) => catalog.domains.find((d) => d.id === id)!.weight;
	const counted = domains.filter((d) => d.total > 0);
	const totalWeight = counted.reduce((w, d) => w + weight(d.id), 0);
	const percent = totalWeight ? counted.reduce((sum, d) => sum + (weight(d.id) * d.solved) / d.total, 0) / (totalWeight / 100) : 0;
	return { domains, percent };
}

/** The rating that counts for a task of a finished exam: the first one given after the exam ended. */
export function examRating(state: StudyState, exam: MockExam, taskId: string): Rating | undefined {
	if (exam.endedAt === undefined) return undefined;
	return state.reviews[taskId]?.find((r) => r.at >= exam.endedAt!)?.rating;
}

export interface ExamResult {
	/** Weighted score, 0–100: every domain drawn counts with its exam weight, shared among its tasks. */
	percent: number;
	passed: boolean;
	/** Whether every task has been rated; unrated tasks count as missed until they are. */
	complete: boolean;
	domains: { id: string; percent: number; tasks: number }[];
}

export function examResult(state: StudyState, exam: MockExam, catalog: Catalog): ExamResult {
	const domainOf = new Map(catalog.tasks.map((t) => [t.id, t.domain]));
	const tasks = exam.tasks.filter((id) => domainOf.has(id));
	const rated = tasks.map((id) => ({ id, domain: domainOf.get(id)!, rating: examRating(state, exam, id) }));
	const domains = catalog.domains
		.map((d) => {
			const mine = rated.filter((t) => t.domain === d.id);
			const earned = mine.reduce((sum, t) => sum + (t.rating ? credit[t.rating] : 0), 0);
			return { id: d.id, weight: d.weight, tasks: mine.length, percent: mine.length ? (100 * earned) / mine.length : 0 };
		})
		.filter((d) => d.tasks > 0);
	const totalWeight = domains.reduce((w, d) => w + d.weight, 0);
	const percent = totalWeight ? domains.reduce((sum, d) => sum + d.weight * d.percent, 0) / totalWeight : 0;
	return {
		percent,
		passed: percent >= catalog.exam.passingScorePercent,
		complete: rated.every((t) => t.rating !== undefined),
		domains: domains.map(({ id, percent, tasks }) => ({ id, percent, tasks })),
	};
}

/** Draws a mock exam: as many tasks of each domain as the exam's domain weights give, favouring tasks not yet solved. */
import type { CatalogDomain, CatalogTask } from './catalog.ts';
import { type Rating, type StudyState, latestRating } from './state.ts';

/** A source of numbers in [0, 1), replaceable by a seeded one in tests. */
export type Random = () => number;

/** A small seeded generator (mulberry32), so a draw can be reproduced. */
export function seededRandom(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** How much more likely a task is drawn by its latest rating: unsolved work comes first. */
export const drawWeights: Record<Rating | 'new', number> = { new: 3, missed: 3, shaky: 2, solved: 1 };

/**
 * Whole numbers for fractional quotas that add up to their sum: each quota rounded down, and the seats left given by
 * systematic sampling over the fractions cut off, so each quota is rounded up with probability equal to its fraction
 * and is met exactly on average.
 */
export function apportion(quotas: ReadonlyMap<string, number>, random: Random): Map<string, number> {
	const point = random();
	const result = new Map<string, number>();
	let cumulative = 0;
	for (const [id, quota] of quotas) {
		const before = cumulative;
		cumulative += quota - Math.floor(quota);
		// The sampling points are point, point + 1, point + 2…; one falls in [before, cumulative) at most.
		const hits = Math.ceil(cumulative - point - 1e-9) - Math.ceil(before - point - 1e-9);
		result.set(id, Math.floor(quota) + hits);
	}
	return result;
}

/** Seats per domain for `count` tasks, by weight; a domain never gets more than it has tasks, and what it cannot take goes to the others. */
export function seatsPerDomain(domains: readonly CatalogDomain[], available: ReadonlyMap<string, number>, count: number, random: Random): Map<string, number> {
	const seats = new Map<string, number>(domains.map((d) => [d.id, 0]));
	let left = Math.min(count, [...available.values()].reduce((a, b) => a + b, 0));
	while (left > 0) {
		const open = domains.filter((d) => seats.get(d.id)! < (available.get(d.id) ?? 0));
		const total = open.reduce((w, d) => w + d.weight, 0);
		const given = apportion(new Map(open.map((d) => [d.id, (left * d.weight) / total])), random);
		for (const [id, n] of given) {
			const take = Math.min(n, available.get(id)! - seats.get(id)!);
			seats.set(id, seats.get(id)! + take);
			left -= take;
		}
	}
	return seats;
}

/** `k` items chosen without replacement, each with probability proportional to its weight (Efraimidis–Spirakis). */
function weightedSample<T>(items: readonly T[], weight: (item: T) => number, k: number, random: Random): T[] {
	return items
		.map((item) => ({ item, key: Math.pow(random() || Number.MIN_VALUE, 1 / weight(item)) }))
		.sort((a, b) => b.key - a.key)
		.slice(0, k)
		.map((x) => x.item);
}

/** A mock exam's task ids: `count` distinct tasks, by the domain weights, unsolved ones favoured, in a random order. */
export function drawExam(tasks: readonly CatalogTask[], domains: readonly CatalogDomain[], state: StudyState, count: number, random: Random): string[] {
	const byDomain = new Map<string, CatalogTask[]>(domains.map((d) => [d.id, tasks.filter((t) => t.domain === d.id)]));
	const seats = seatsPerDomain(domains, new Map([...byDomain].map(([id, list]) => [id, list.length])), count, random);
	const weight = (t: CatalogTask) => drawWeights[latestRating(state, t.id)?.rating ?? 'new'];
	const drawn = domains.flatMap((d) => weightedSample(byDomain.get(d.id)!, weight, seats.get(d.id)!, random));
	for (let i = drawn.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[drawn[i], drawn[j]] = [drawn[j]!, drawn[i]!];
	}
	return drawn.map((t) => t.id);
}

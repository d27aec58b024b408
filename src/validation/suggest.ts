/** "Did you mean …": the closest known name to a misspelled one. */

/** Edit distance between two strings (insertions, deletions, substitutions, transpositions). */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
			d[i]![j] = v;
		}
	}
	return d[a.length]![b.length]!;
}

/** The known name closest to `name`, if one is close enough to be a likely typo. */
export function closest(name: string, known: Iterable<string>): string | undefined {
	const lower = name.toLowerCase();
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	// Long names tolerate two edits; more would suggest unrelated names (SCMP_ARCH_AMD64 → SCMP_ARCH_PPC64).
	const limit = Math.max(1, Math.min(2, Math.floor(name.length / 4)));
	return bestDistance <= limit ? best : undefined;
}

/** " Did you mean `x`?" or an empty string. */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
	const match = closest(name, known);
	return match ? `did you mean "${match}"?` : undefined;
}

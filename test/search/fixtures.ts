/** Reads the search test fixtures: one JSON file per scenario, under `fixtures/<area>/`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function fixtures<T>(area: string): [string, T & { scenario: string }][] {
	const dir = join(import.meta.dirname, 'fixtures', area);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const fixture = JSON.parse(readFileSync(join(dir, f), 'utf8')) as T & { scenario: string };
			return [`${f.replace(/\.json$/, '')}: ${fixture.scenario}`, fixture];
		});
}

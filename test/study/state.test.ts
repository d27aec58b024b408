import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseState, stateVersion } from '../../src/study/state.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('study state', () => {
	it('migrates a version 1 state (ratings only) without losing a rating', () => {
		const read = parseState(fixture('state-v1.json'));
		expect(read).toEqual({
			state: {
				version: stateVersion,
				reviews: {
					'cluster-setup/network-policy#default-deny': [
						{ rating: 'missed', at: 1764720000000 },
						{ rating: 'solved', at: 1764892800000 },
					],
					'runtime-security/falco#write-alerts-file': [{ rating: 'shaky', at: 1764806400000 }],
				},
				exams: [],
			},
		});
	});

	it('reads the current version with its mock exams', () => {
		const read = parseState(fixture('state-v2.json'));
		expect('state' in read && read.state.exams[0]?.notes).toEqual({ 'cluster-setup/network-policy#default-deny': 'check egress too' });
	});

	it('refuses a newer version instead of reading it as something else', () => {
		expect(parseState(fixture('state-newer.json'))).toEqual({ problem: { kind: 'newer', version: 99 } });
	});

	it('names what is wrong with a value that is not a state', () => {
		expect(parseState('{"version": 2')).toEqual({ problem: { kind: 'not-json' } });
		expect(parseState('[]')).toEqual({ problem: { kind: 'not-state', detail: 'no "version" field' } });
		expect(parseState(fixture('state-bad-rating.json'))).toMatchObject({ problem: { kind: 'not-state', detail: expect.stringContaining('cluster-setup/network-policy#default-deny') } });
		expect(parseState(fixture('state-two-running-exams.json'))).toEqual({ problem: { kind: 'not-state', detail: 'more than one mock exam is running' } });
		expect(parseState('{"version": 0, "reviews": {}}')).toEqual({ problem: { kind: 'not-state', detail: 'unknown version 0' } });
	});
});

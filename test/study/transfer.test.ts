import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyState, withReview } from '../../src/study/state.ts';
import { exportText, importText, maxImportBytes } from '../../src/study/transfer.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const known = new Set(['cluster-setup/network-policy#default-deny', 'runtime-security/falco#write-alerts-file']);

describe('export and import', () => {
	it('imports what it exported, unchanged', () => {
		const state = withReview(emptyState(), 'runtime-security/falco#write-alerts-file', { rating: 'shaky', at: 1764806400000 });
		expect(importText(exportText(state, new Date('2026-12-03T00:00:00Z')), known)).toEqual({ state });
	});

	it('accepts a good export file', () => {
		expect(importText(fixture('export-good.json'), known)).toMatchObject({ state: { reviews: { 'cluster-setup/network-policy#default-deny': [{ rating: 'solved' }] } } });
	});

	it('refuses a file that is not JSON, not an export of this site, of a newer version, or too large', () => {
		expect(importText('not json', known)).toEqual({ problem: { kind: 'not-json' } });
		expect(importText(fixture('export-other-format.json'), known)).toEqual({ problem: { kind: 'not-export' } });
		expect(importText(JSON.stringify({ format: 'cks-notes-study', version: 3 }), known)).toEqual({ problem: { kind: 'newer', version: 3 } });
		expect(importText(' '.repeat(maxImportBytes + 1), known)).toEqual({ problem: { kind: 'too-large', bytes: maxImportBytes + 1 } });
	});

	it('refuses a file that names tasks the site does not have, naming them', () => {
		expect(importText(fixture('export-unknown-task.json'), known)).toEqual({ problem: { kind: 'unknown-tasks', ids: ['cluster-setup/no-such-page#nothing'] } });
	});
});

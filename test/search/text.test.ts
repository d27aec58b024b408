import { describe, expect, it } from 'vitest';
import { cleanQuery, maxQueryLength, normalizeText, queryWords } from '../../src/lib/search/text.ts';
import { fixtures } from './fixtures.ts';

interface QueryCase {
	lang: string;
	query: string;
	words: string[];
}
type QueryFixture = Partial<QueryCase> & { cases?: QueryCase[]; clean?: { raw: string; text: string; truncated: boolean }[] };

describe('query normalisation and segmentation', () => {
	for (const [name, fixture] of fixtures<QueryFixture>('queries')) {
		it(name, () => {
			const cases = fixture.cases ?? (fixture.query !== undefined ? [fixture as QueryCase] : []);
			for (const { lang, query, words } of cases) expect(queryWords(query, lang), `${lang}: ${query}`).toEqual(words);
			for (const { raw, text, truncated } of fixture.clean ?? []) expect(cleanQuery(raw)).toEqual({ text, truncated });
		});
	}

	it('cuts a 10,000-character query to the maximum length at once, never inside a surrogate pair', () => {
		const start = performance.now();
		const long = cleanQuery('ネットワーク'.repeat(2000));
		expect(long.truncated).toBe(true);
		expect(Array.from(long.text)).toHaveLength(maxQueryLength);
		const emoji = cleanQuery('🔐'.repeat(10_000));
		expect(emoji.truncated).toBe(true);
		expect(emoji.text).toBe('🔐'.repeat(maxQueryLength));
		expect(queryWords('kube-bench '.repeat(1000), 'ja')).toEqual(['kube', 'bench']);
		expect(performance.now() - start).toBeLessThan(500);
	});

	it('says a query is cut only when something searchable was cut', () => {
		expect(cleanQuery(`${'a'.repeat(maxQueryLength)}${' '.repeat(5000)}`).truncated).toBe(false);
		expect(cleanQuery(`${'a'.repeat(maxQueryLength)}b`).truncated).toBe(true);
	});

	it('normalises page text and queries alike (width, case, spaces)', () => {
		expect(normalizeText('ＣＫＳ　ﾉｰﾄ  Kube')).toBe('cks ノート kube');
	});
});

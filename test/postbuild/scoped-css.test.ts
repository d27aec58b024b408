import { describe, expect, it } from 'vitest';
import { pieces, ruleScopes, splitScoped } from '../../src/postbuild/scoped-css.ts';

describe('scoped component styles', () => {
	it('reads top-level pieces without being fooled by braces in strings and comments', () => {
		expect(pieces('@layer a,b;a{content:"}"}/* { */b{c:d}').map((p) => p.prelude)).toEqual(['@layer a,b', 'a', '/* { */b']);
	});

	it('finds the scopes a rule is limited to, and none when a selector is unscoped', () => {
		expect(ruleScopes('.hero:where(.astro-2qjbuh7f)>img:where(.astro-2qjbuh7f),a:where(.astro-dcqstdaq)')).toEqual(['astro-2qjbuh7f', 'astro-dcqstdaq']);
		expect(ruleScopes(':is(.a,.b):where(.astro-2qjbuh7f),.plain')).toBeUndefined();
	});

	it('moves rules only a few pages can use, drops those none can, and keeps layers and media in place', () => {
		const css =
			'@layer starlight.core{.hero:where(.astro-aaaaaaaa){x:1}.nav:where(.astro-bbbbbbbb){y:2}@media (min-width:50em){.hero:where(.astro-aaaaaaaa){z:3}}.gone:where(.astro-cccccccc){w:4}}:root{--v:1}';
		const place = { 'astro-aaaaaaaa': 'move', 'astro-bbbbbbbb': 'keep', 'astro-cccccccc': 'drop' } as const;
		const { kept, moved } = splitScoped(css, (s) => place[s as keyof typeof place]);
		expect(kept).toBe('@layer starlight.core{.nav:where(.astro-bbbbbbbb){y:2}}:root{--v:1}');
		expect(moved).toBe('@layer starlight.core{.hero:where(.astro-aaaaaaaa){x:1}@media (min-width:50em){.hero:where(.astro-aaaaaaaa){z:3}}}');
	});

	it('keeps a rule that names a scope most pages use', () => {
		expect(splitScoped('a:where(.astro-aaaaaaaa),b:where(.astro-bbbbbbbb){x:1}', (s) => (s === 'astro-aaaaaaaa' ? 'move' : 'keep')).kept).toBe('a:where(.astro-aaaaaaaa),b:where(.astro-bbbbbbbb){x:1}');
	});
});

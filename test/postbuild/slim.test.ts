import { describe, expect, it } from 'vitest';
import { countTokenStyles, ecTokenSelector, normalizeStyle, tokenClasses, tokenStylesheet, withMinifiedInlineScripts, withTokenClasses, withoutAnchorIcons, withIconFiles, iconFile } from '../../src/postbuild/slim.ts';

const code = '<div class="ec-line"><div class="code"><span class="indent">  </span><span style="--0:#7FDBCA;--1:#096E72">kind</span><span style="--0:#D6DEEB;--1:#403F53">: </span><span style="--0:#7fdbca;--1:#096e72">spec</span></div></div>';

describe('code token classes', () => {
	it('treats one colour written in two cases as one style', () => {
		expect(normalizeStyle('--0:#7FDBCA; --1: #096E72')).toBe('--0:#7fdbca;--1:#096e72');
		expect(countTokenStyles([code])).toEqual(new Map([['--0:#7fdbca;--1:#096e72', 2], ['--0:#d6deeb;--1:#403f53', 1]]));
	});

	it('gives the most frequent styles the shortest classes and replaces only token styles', () => {
		const classes = tokenClasses(countTokenStyles([code]));
		expect([...classes.values()]).toEqual(['_0', '_1']);
		const page = `<svg style="--sl-icon-size: 1rem;"></svg>${code}`;
		expect(withTokenClasses(page, classes)).toBe(
			'<svg style="--sl-icon-size: 1rem;"></svg><div class="ec-line"><div class="code"><span class="indent">  </span><span class="_0">kind</span><span class="_1">: </span><span class="_0">spec</span></div></div>',
		);
	});

	it("points Expressive Code's colour rules at the classes and gives each class its colours", () => {
		const ec = `.expressive-code .ec-line :where(${ecTokenSelector}){color:var(--0)}:root[data-theme='light'] .expressive-code .ec-line :where(${ecTokenSelector}){color:var(--1)}`;
		const css = tokenStylesheet(ec, tokenClasses(countTokenStyles([code])));
		expect(css).not.toContain(ecTokenSelector);
		expect(css.match(/span\[class\^='_'\]/g)).toHaveLength(2);
		expect(css).toContain('.ec-line ._0{--0:#7fdbca;--1:#096e72}');
	});

	it("fails the build when Expressive Code's stylesheet selects tokens some other way", () => {
		expect(() => tokenStylesheet('.ec-line span{color:var(--0)}', new Map([['--0:#fff', '_0']]))).toThrow(/no longer selects tokens/);
	});
});

describe('heading anchor icons', () => {
	it("takes the SVG out of the icon and keeps the link's text for screen readers", () => {
		const heading =
			'<a class="sl-anchor-link" href="#a"><span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="m12 15"></path></svg></span><span class="sr-only">Section titled “a”</span></a>';
		expect(withoutAnchorIcons(heading)).toBe('<a class="sl-anchor-link" href="#a"><span aria-hidden="true" class="sl-anchor-icon"></span><span class="sr-only">Section titled “a”</span></a>');
	});
});

describe('inline scripts', () => {
	it('minifies executable inline scripts and leaves data blocks, external scripts and unreadable code alone', () => {
		const page =
			'<script>\n\t// theme\n\twindow.x = (() => {\n\t\tconst stored = localStorage.getItem("t");\n\t\treturn stored;\n\t})();\n</script><script type="application/json">{ "a": 1 }</script><script type="module" src="/a.js"></script><script>if (</script>';
		const out = withMinifiedInlineScripts(page);
		expect(out).not.toContain('// theme');
		expect(out).toMatch(/^<script>window\.x=/);
		expect(out).toContain('<script type="application/json">{ "a": 1 }</script><script type="module" src="/a.js"></script><script>if (</script>');
	});
});

describe('icons as files', () => {
	const drawing = '<path d="M1 1h22v22H1z"/>';
	const fileOf = (inner: string) => (inner === drawing ? '/base/_astro/icons/x.svg' : '/base/_astro/icons/other.svg');

	it('turns an aside icon into an empty span that names its file and keeps its class and style', () => {
		const svg = `<svg aria-hidden="true" class="caret s6" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1.25rem">${drawing}</svg>`;
		expect(withIconFiles(`<p>${svg}</p>`, fileOf)).toBe(
			'<p><span class="caret s6 cks-icon" aria-hidden="true" style="--sl-icon-size: 1.25rem;--cks-icon:url(/base/_astro/icons/x.svg)"></span></p>',
		);
	});

	it('leaves the theme picker and its template inline, since a script copies their markup', () => {
		const svg = `<svg class="light" viewBox="0 0 24 24" fill="currentColor">${drawing}</svg>`;
		const page = `<starlight-theme-select>${svg}</starlight-theme-select><template id="theme-icons">${svg}</template>`;
		expect(withIconFiles(page, fileOf)).toBe(page);
	});

	it('leaves an SVG that is not a 24×24 icon in the text colour alone', () => {
		const chart = '<svg role="img" viewBox="0 0 100 40"><rect/></svg>';
		expect(withIconFiles(chart, fileOf)).toBe(chart);
	});

	it('writes the drawing as a standalone SVG file', () => {
		expect(iconFile(drawing)).toBe(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="#000">${drawing}</svg>`);
	});
});

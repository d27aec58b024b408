import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it, vi } from 'vitest';
import { versionOf } from '../../src/curriculum/versions.ts';
import { versionTokens, versionTokensPlugin } from '../../src/lib/version-tokens-integration.ts';
import { hasVersionToken, replaceVersionTokens } from '../../src/lib/version-tokens.ts';

describe('replaceVersionTokens', () => {
	it('replaces every known token with its pinned version', () => {
		const { text, problems } = replaceVersionTokens('helm install cilium cilium/cilium --version {{version:cilium}}\nv{{version:kubernetes}} v{{version:kubernetes}}');
		expect(problems).toEqual([]);
		expect(text).toBe(`helm install cilium cilium/cilium --version ${versionOf('cilium')}\nv${versionOf('kubernetes')} v${versionOf('kubernetes')}`);
	});

	it('leaves text without tokens as it is, Go templates and Helm values included', () => {
		const text = "crictl ps -o go-template --template '{{range .containers}}{{.id}}{{end}}'";
		expect(replaceVersionTokens(text)).toEqual({ text, problems: [] });
		expect(hasVersionToken(text)).toBe(false);
	});

	it('reports an unknown token with its line and the closest id', () => {
		const { text, problems } = replaceVersionTokens('first line\nhelm install --version {{version:cillium}}');
		expect(text).toContain('{{version:cillium}}');
		expect(problems).toEqual([{ line: 2, message: expect.stringContaining('unknown version token {{version:cillium}} — did you mean "cilium"?') }]);
	});

	it('reports a token written with spaces instead of showing it to the reader', () => {
		const { problems } = replaceVersionTokens('{{ version:falco }}');
		expect(problems).toEqual([{ line: 1, message: expect.stringContaining('malformed version token {{ version:falco }} — write it as {{version:falco}}') }]);
	});
});

describe('the build plugin', () => {
	const fileURL = pathToFileURL('/site/src/content/docs/page.mdx');

	it('replaces tokens in code blocks and inline code of Markdown, and nowhere else', () => {
		const source = 'Install `{{version:trivy}}`.\n\n```bash\ntrivy --version # {{version:trivy}}\n```\n';
		const { html } = markdownToHtml(source, { mdastPlugins: [versionTokensPlugin], fileURL }) as { html: string };
		expect(html).toContain(`<code>${versionOf('trivy')}</code>`);
		expect(html).toContain(`trivy --version # ${versionOf('trivy')}`);
		expect(html).not.toContain('{{version:');
	});

	it('replaces tokens in MDX, where braces in code are not expressions', () => {
		const source = "import X from './x.astro';\n\nThe chart `{{version:falco-chart}}`.\n\n```bash\nhelm install falco falcosecurity/falco --version {{version:falco-chart}}\n```\n";
		const { code } = mdxToJs(source, { mdastPlugins: [versionTokensPlugin], fileURL }) as { code: string };
		expect(code).toContain(versionOf('falco-chart'));
		expect(code).not.toContain('{{version:');
	});

	it('fails on an unknown token with the file and line', () => {
		const context = { fileURL, source: '# Title\n\n```bash\necho ok\nhelm install --version {{version:nope}}\n```\n', setProperty: vi.fn() };
		expect(() => versionTokensPlugin.code({ value: 'echo ok\nhelm install --version {{version:nope}}' }, context)).toThrow(
			/\/site\/src\/content\/docs\/page\.mdx:5: unknown version token \{\{version:nope\}\}/,
		);
		expect(context.setProperty).not.toHaveBeenCalled();
	});

	it('is added to the Sätteri processor, the one Astro 7 renders Markdown and MDX with', () => {
		const mdastPlugins: unknown[] = [];
		const setup = versionTokens().hooks['astro:config:setup'] as (options: unknown) => void;
		setup({ config: { markdown: { processor: { name: 'satteri', options: { mdastPlugins } } } } });
		expect(mdastPlugins).toEqual([versionTokensPlugin]);
		expect(() => setup({ config: { markdown: { processor: { name: 'unified', options: {} } } } })).toThrow(/Sätteri/);
	});
});

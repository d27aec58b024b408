/** A deliberately broken page makes the whole build fail, naming the file and what is wrong, and no preview is served from it. */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const copies: string[] = [];

/** Builds a copy of the site with one extra page; resolves to the build's exit code and output. */
async function buildWith(page: string, source: string): Promise<{ code: number; output: string }> {
	// Inside the project, so the copy resolves the project's node_modules the way Node does, without a symlink.
	await mkdir(join(root, '.tmp'), { recursive: true });
	const dir = await mkdtemp(join(root, '.tmp', 'broken-'));
	copies.push(dir);
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		await cp(join(root, entry), join(dir, entry), { recursive: true });
	}
	await writeFile(join(dir, 'src/content/docs', page), source);
	try {
		const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, maxBuffer: 32 * 1024 * 1024 });
		return { code: 0, output: stdout + stderr };
	} catch (e) {
		const failure = e as { code: number; stdout: string; stderr: string };
		return { code: failure.code, output: failure.stdout + failure.stderr };
	}
}

const frontmatter = (fields: string) => `---\ntitle: 壊れたページ\n${fields}\n---\n\n本文です。\n`;
const topic = 'domain: cluster-setup\ncompetencies: [network-policies]\nofficialDocs:\n  - title: Network Policies\n    url: https://kubernetes.io/docs/concepts/services-networking/network-policies/';

afterAll(async () => {
	await Promise.all(copies.map((d) => rm(d, { recursive: true, force: true })));
});

describe.concurrent('a broken page fails the build', { timeout: 180_000 }, () => {
	it('with an invalid snippet: file, line, field path and fix', async () => {
		const { code, output } = await buildWith(
			'cluster-setup/broken.mdx',
			`${frontmatter(topic)}\n\`\`\`yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n    securityContex: {}\n\`\`\`\n`,
		);
		expect(code).not.toBe(0);
		expect(output).toContain('src/content/docs/cluster-setup/broken.mdx:21 spec.containers[0].securityContex');
		expect(output).toContain('did you mean "securityContext"?');
	});

	it('with an unknown domain in the frontmatter', async () => {
		const { code, output } = await buildWith('cluster-setup/broken.mdx', frontmatter(topic.replace('domain: cluster-setup', 'domain: cluster-setupp')));
		expect(code).not.toBe(0);
		expect(output).toMatch(/cluster-setup\/broken/);
		expect(output).toMatch(/domain/);
	});

	it('with a related page that does not exist', async () => {
		const { code, output } = await buildWith('cluster-setup/broken.mdx', frontmatter(`${topic}\nrelated: [cluster-setup/no-such-page]`));
		expect(code).not.toBe(0);
		expect(output).toContain('src/content/docs/cluster-setup/broken.mdx:8 related[0]: "cluster-setup/no-such-page" is not a topic page');
	});

	it('without a title', async () => {
		const { code, output } = await buildWith('exam-notes.mdx', '---\ndescription: no title\n---\n\ntext\n');
		expect(code).not.toBe(0);
		expect(output).toMatch(/exam-notes/);
		expect(output).toMatch(/title/);
	});

	it('with a placeholder that breaks MDX in prose', async () => {
		const { code, output } = await buildWith('exam-notes.mdx', '---\ntitle: t\n---\n\nufw allow from <CIDR> to any port 22\n');
		expect(code).not.toBe(0);
		expect(output).toMatch(/exam-notes\.mdx/);
	});

	it('with a link to a page that does not exist', async () => {
		const { code, output } = await buildWith('exam-notes.mdx', '---\ntitle: t\n---\n\n[RBAC](/cluster-hardening/rbca/)\n');
		expect(code).not.toBe(0);
		expect(output).toMatch(/exam-notes\.mdx/);
		expect(output).toContain('/cluster-hardening/rbca/');
	});
});

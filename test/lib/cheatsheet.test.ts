import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupByTool, pageCommands, sourceHeadings } from '../../src/lib/cheatsheet.ts';

const source = readFileSync(join(import.meta.dirname, 'fixtures/cheatsheet-page.mdx'), 'utf8');

describe('cheat sheet', () => {
	it('finds the headings outside code blocks and frontmatter', () => {
		expect(sourceHeadings(source).map((h) => h.text)).toEqual(['試験での位置づけ', 'Inspect', '練習問題']);
	});

	it('takes the commands of known tools before the practice tasks, joined across lines, with the heading they follow', () => {
		expect(pageCommands(source, '練習問題').map((c) => [c.text, c.signature, c.heading])).toEqual([
			['kubectl -n team-a get networkpolicy', 'kubectl get -n', 0],
			['kubectl get networkpolicy -n other', 'kubectl get -n', 0],
			['kubectl describe networkpolicy deny-all -n team-a', 'kubectl describe -n', 1],
			['kube-bench run --targets node', 'kube-bench run --targets', 1],
		]);
	});

	it('keeps each way of using a tool once, the first page first, tools with most commands first', () => {
		const groups = groupByTool([
			{ page: 'a', commands: pageCommands(source, '練習問題') },
			{ page: 'b', commands: pageCommands('## x\n\n```bash\nkubectl get pods -n y\ncrictl ps\n```\n', '練習問題') },
		]);
		expect(groups.map((g) => [g.tool, g.commands.map((c) => `${c.page}: ${c.text}`)])).toEqual([
			['kubectl', ['a: kubectl describe networkpolicy deny-all -n team-a', 'a: kubectl -n team-a get networkpolicy']],
			['crictl', ['b: crictl ps']],
			['kube-bench', ['a: kube-bench run --targets node']],
		]);
	});
});

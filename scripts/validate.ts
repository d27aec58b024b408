/** Checks every snippet of the site without building it (what the build checks first): each finding, then the counts. */
import { join } from 'node:path';
import { formatIssue } from '../src/lib/content-error.ts';
import { summarize, validatePages } from '../src/validation/validate.ts';

const root = join(import.meta.dirname, '..');
const { issues, blocks } = await validatePages(join(root, 'src/content/docs'), root);
for (const issue of issues) console.error(formatIssue(issue));
console.log(`${blocks.length} code blocks, ${issues.length} finding(s): ${summarize(blocks)}`);
process.exitCode = issues.length ? 1 : 0;

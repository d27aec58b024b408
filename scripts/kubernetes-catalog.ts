/** Writes the Kubernetes catalogue and the browser's validator loader into src/validation/generated/ (see catalog-source.ts); `--check` only says whether they are current. */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildCatalog, generatedFiles } from '../src/validation/catalog-source.ts';

const dir = join(import.meta.dirname, '../src/validation/generated');
const files = generatedFiles(await buildCatalog());
const existing = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(json|ts)$/.test(f));

if (process.argv.includes('--check')) {
	const stale = [...Object.keys(files).filter((f) => readFileSafe(join(dir, f)) !== files[f]), ...existing.filter((f) => !(f in files))];
	if (stale.length) {
		console.error(`src/validation/generated is not current (${stale.join(', ')}): run npm run generate`);
		process.exitCode = 1;
	} else console.log('src/validation/generated is current');
} else {
	for (const f of existing.filter((f) => !(f in files))) rmSync(join(dir, f));
	for (const [f, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, f)), { recursive: true });
		writeFileSync(join(dir, f), text);
	}
	console.log(`wrote ${Object.keys(files).length} files to src/validation/generated`);
}

function readFileSafe(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

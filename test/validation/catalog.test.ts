/** The committed Kubernetes catalogue and validator loader are what the installed packages give (else: npm run generate). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, generatedFiles } from '../../src/validation/catalog-source.ts';

const dir = join(import.meta.dirname, '../../src/validation/generated');

describe('generated Kubernetes catalogue', () => {
	it('is current with kubernetes-models and @kubernetes/client-node (run npm run generate if not)', async () => {
		const files = generatedFiles(await buildCatalog());
		const committed = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(json|ts)$/.test(f)).sort();
		expect(committed).toEqual(Object.keys(files).sort());
		for (const [file, text] of Object.entries(files)) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(text);
	});

	it('knows served and removed types apart', async () => {
		const { schemas, models } = await buildCatalog();
		expect(schemas.IoK8sApiCoreV1Pod).toBe('V1Pod');
		expect(schemas.IoK8sApiPolicyV1beta1PodSecurityPolicy).toBe('');
		expect(Object.keys(models.V1PodSpec!)).toContain('containers');
		expect(models.V1PodSpec!.containers).toBe('Array<V1Container>');
	});
});

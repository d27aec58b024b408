import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const port = 5897;
let server: ChildProcess;
const page = '<!doctype html><p>' + 'こんにちは '.repeat(200);

beforeAll(async () => {
	const dir = await mkdtemp(join(tmpdir(), 'cks-serve-'));
	await writeFile(join(dir, 'index.html'), page);
	await writeFile(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
	server = spawn(process.execPath, [join(import.meta.dirname, '../../scripts/serve.ts'), '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise((resolve) => server.stdout!.once('data', resolve));
});
afterAll(() => server.kill());

const get = (path: string, encoding?: string) => fetch(`http://localhost:${port}${path}`, { headers: encoding === undefined ? {} : { 'Accept-Encoding': encoding } });

describe('static server', () => {
	it('sends text gzipped to a client that accepts gzip', async () => {
		// fetch() would decode the body itself; a raw read shows what travelled.
		const res = await get('/', 'gzip, br;q=0.5');
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(res.headers.get('vary')).toBe('Accept-Encoding');
		expect(await res.text()).toBe(page);
	});

	it('sends text as it is to a client that refuses gzip, and images as they are', async () => {
		for (const encoding of ['identity', 'gzip;q=0', 'br']) expect((await get('/', encoding)).headers.get('content-encoding'), encoding).toBeNull();
		expect((await get('/icon.png', 'gzip')).headers.get('content-encoding')).toBeNull();
	});

	it('compresses what it says it compresses', async () => {
		const { request } = await import('node:http');
		const body = await new Promise<Buffer>((resolve, reject) => {
			request({ host: 'localhost', port, path: '/', headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
			})
				.on('error', reject)
				.end();
		});
		expect(body.length).toBeLessThan(Buffer.byteLength(page) / 5);
		expect(gunzipSync(body).toString()).toBe(page);
	});
});

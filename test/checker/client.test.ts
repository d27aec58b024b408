/** The page's side of the worker: a check that runs too long ends the worker, and the next check starts a new one. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { data: unknown; message?: string; preventDefault(): void }) => void;

/** A stand-in for the browser's Worker that answers only when told to. */
class FakeWorker {
	static made: FakeWorker[] = [];
	listeners: Record<string, Listener[]> = {};
	posted: { id: number }[] = [];
	terminated = false;
	constructor() {
		FakeWorker.made.push(this);
	}
	addEventListener(type: string, listener: Listener) {
		(this.listeners[type] ??= []).push(listener);
	}
	postMessage(message: { id: number }) {
		this.posted.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	answer(data: unknown) {
		for (const l of this.listeners.message ?? []) l({ data, preventDefault() {} });
	}
}

describe('checker client', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		FakeWorker.made = [];
		vi.stubGlobal('Worker', FakeWorker);
		vi.resetModules();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('returns the worker\'s result', async () => {
		const client = await import('../../src/checker/client.ts');
		const pending = client.checkManifest('kind: Pod');
		const worker = FakeWorker.made[0]!;
		const result = { lang: 'yaml', kind: 'kubernetes', documents: 1, findings: [] };
		worker.answer({ id: worker.posted[0]!.id, type: 'manifest', result, ms: 3 });
		expect(await pending).toEqual({ status: 'done', result, ms: 3 });
	});

	it('ends a worker whose check runs too long and starts a new one for the next check', async () => {
		const client = await import('../../src/checker/client.ts');
		const pending = client.checkManifest('a: *hang');
		vi.advanceTimersByTime(client.checkTimeoutMs + 1);
		expect(await pending).toEqual({ status: 'timeout' });
		expect(FakeWorker.made[0]!.terminated).toBe(true);

		const next = client.checkManifest('kind: Pod');
		expect(FakeWorker.made).toHaveLength(2);
		const worker = FakeWorker.made[1]!;
		worker.answer({ id: worker.posted[0]!.id, type: 'manifest', result: { findings: [] }, ms: 1 });
		expect((await next).status).toBe('done');
	});

	it('fails the checks of a worker that cannot start', async () => {
		const client = await import('../../src/checker/client.ts');
		const pending = client.checkManifest('kind: Pod');
		for (const l of FakeWorker.made[0]!.listeners.error ?? []) l({ data: undefined, message: 'offline', preventDefault() {} });
		expect(await pending).toEqual({ status: 'failed', message: 'offline' });
	});
});

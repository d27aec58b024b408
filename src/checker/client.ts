/** The page's side of the checker's worker: one worker, started on first use, ended and started anew when a check runs too long. */
import type { AnswerRequest, AnswerResult, ManifestResult } from './check.ts';
import type { CheckerRequest, CheckerResponse } from './protocol.ts';

/** A check that takes longer than this is stopped: the worker is ended (the tab stays responsive) and the next check starts a new one. */
export const checkTimeoutMs = 8000;

export type Outcome<T> = { status: 'done'; result: T; ms: number } | { status: 'timeout' } | { status: 'failed'; message: string };

type Pending = { resolve: (response: CheckerResponse | 'timeout' | Error) => void; timer: ReturnType<typeof setTimeout> };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function end(reason: 'timeout' | Error): void {
	worker?.terminate();
	worker = undefined;
	for (const [id, p] of pending) {
		clearTimeout(p.timer);
		p.resolve(reason);
		pending.delete(id);
	}
}

function start(): Worker {
	const w = new Worker(new URL('./checker-worker.ts', import.meta.url), { type: 'module', name: 'cks-checker' });
	w.addEventListener('message', (event: MessageEvent<CheckerResponse>) => {
		const p = pending.get(event.data.id);
		if (!p) return;
		clearTimeout(p.timer);
		pending.delete(event.data.id);
		p.resolve(event.data);
	});
	// A worker that cannot start (its script is not cached offline) or crashes fails every check it holds.
	w.addEventListener('error', (event) => {
		event.preventDefault();
		end(new Error(event.message || 'the checker could not start'));
	});
	return w;
}

function send(request: CheckerRequest): Promise<CheckerResponse | 'timeout' | Error> {
	worker ??= start();
	const w = worker;
	return new Promise((resolve) => {
		const timer = setTimeout(() => end('timeout'), checkTimeoutMs);
		pending.set(request.id, { resolve, timer });
		w.postMessage(request);
	});
}

function outcome<T>(response: CheckerResponse | 'timeout' | Error): Outcome<T> {
	if (response === 'timeout') return { status: 'timeout' };
	if (response instanceof Error) return { status: 'failed', message: response.message };
	if (response.type === 'error') return { status: 'failed', message: response.message };
	return { status: 'done', result: response.result as T, ms: response.ms };
}

/** Starts the worker ahead of the first check, so its code and the core validators load while the reader reads. */
export function warmUp(): void {
	worker ??= start();
}

export async function checkManifest(text: string, schema?: string): Promise<Outcome<ManifestResult>> {
	return outcome(await send({ id: nextId++, type: 'manifest', text, schema }));
}

export async function checkAnswer(request: AnswerRequest): Promise<Outcome<AnswerResult>> {
	return outcome(await send({ id: nextId++, type: 'answer', ...request }));
}

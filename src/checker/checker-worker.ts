/// <reference lib="webworker" />
/** The checker's Web Worker: runs the shared validation pipeline off the page's thread, so a slow or hostile text never blocks the tab (the page ends this worker when a check runs too long). */
import { checkAnswer, checkManifest } from './browser-core.ts';
import type { CheckerRequest, CheckerResponse } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', async (event: MessageEvent<CheckerRequest>) => {
	const request = event.data;
	const started = performance.now();
	let response: CheckerResponse;
	try {
		if (request.type === 'manifest') {
			response = { id: request.id, type: 'manifest', result: await checkManifest(request.text, request.schema), ms: performance.now() - started };
		} else {
			const { id: _id, type: _type, ...answer } = request;
			response = { id: request.id, type: 'answer', result: await checkAnswer(answer), ms: performance.now() - started };
		}
	} catch (error) {
		response = { id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) };
	}
	scope.postMessage(response);
});

// Most manifests are of the core API group: load its validators while the reader is still typing.
checkManifest('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: warm-up\n').catch(() => undefined);

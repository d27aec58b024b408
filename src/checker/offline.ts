/**
 * Keeps the checker in the offline copy once the reader has opened it: its code is a group of the service worker's
 * manifest of its own (`checker`, see src/postbuild/service-worker.ts), asked for like a language, so the first visit
 * does not download it and an update brings it along once kept.
 */
const group = 'checker';

/** Asks the service worker to keep the checker's files; resolves true once they are kept, false when there is no service worker or it failed. */
export async function keepCheckerOffline(): Promise<boolean> {
	if (!('serviceWorker' in navigator)) return false;
	const registration = await navigator.serviceWorker.getRegistration();
	if (!registration) return false;
	const controller = navigator.serviceWorker.controller ?? (await new Promise<ServiceWorker | null>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(navigator.serviceWorker.controller), { once: true })));
	if (!controller) return false;
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event: MessageEvent<{ cached?: string; error?: string }>) => resolve(event.data.cached === group);
		controller.postMessage({ type: 'CACHE_LANGUAGE', lang: group }, [channel.port2]);
	});
}

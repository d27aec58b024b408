/** Keeps the study state in the browser's localStorage: only on this device, never lost when it cannot be read or written. */
import { type StateProblem, type StudyState, emptyState, parseState } from './state.ts';

export const storageKey = 'cks-study';
/** Where a stored value that could not be read is kept, so nothing is silently dropped. */
export const unreadableKey = 'cks-study.unreadable';
/** Fired on window after this tab changes the state; other tabs get the browser's `storage` event. */
export const changeEvent = 'cks-study-change';

export type StorageStatus =
	/** Progress is saved on this device. */
	| 'ok'
	/** The browser refuses storage (disabled, private mode): the site works, nothing is saved. */
	| 'unavailable'
	/** The stored progress is from a newer version of the site: it is kept untouched and not changed here. */
	| 'newer'
	/** The stored value could not be read: it was set aside under `unreadableKey`, and a fresh state began. */
	| 'set-aside';

export interface Loaded {
	state: StudyState;
	status: StorageStatus;
}

function storage(): Storage | undefined {
	try {
		const s = window.localStorage;
		s.getItem(storageKey);
		return s;
	} catch {
		return undefined;
	}
}

/** The stored study state, or an empty one with the reason it could not be read. */
export function loadState(): Loaded {
	const s = storage();
	if (!s) return { state: emptyState(), status: 'unavailable' };
	const text = s.getItem(storageKey);
	if (text === null) return { state: emptyState(), status: 'ok' };
	const read = parseState(text);
	if ('state' in read) return { state: read.state, status: 'ok' };
	if (read.problem.kind === 'newer') return { state: emptyState(), status: 'newer' };
	try {
		s.setItem(unreadableKey, text);
		s.removeItem(storageKey);
	} catch {
		return { state: emptyState(), status: 'unavailable' };
	}
	return { state: emptyState(), status: 'set-aside' };
}

/** Stores the state; says why when it could not (storage refused or full, or a newer version's state must not be overwritten). */
export function saveState(state: StudyState): StorageStatus {
	const s = storage();
	if (!s) return 'unavailable';
	const current = s.getItem(storageKey);
	if (current !== null) {
		const read = parseState(current);
		if ('problem' in read && read.problem.kind === 'newer') return 'newer';
	}
	try {
		s.setItem(storageKey, JSON.stringify(state));
	} catch {
		return 'unavailable';
	}
	window.dispatchEvent(new CustomEvent(changeEvent));
	return 'ok';
}

/** Reads, changes and stores the state in one step, so two changes in a row never undo each other. */
export function updateState(change: (state: StudyState) => StudyState): Loaded {
	const loaded = loadState();
	if (loaded.status === 'newer') return loaded;
	const state = change(loaded.state);
	const status = saveState(state);
	return { state, status: status === 'ok' ? loaded.status : status };
}

/** Calls `listener` whenever the state changes in this tab or another one. */
export function onStateChange(listener: () => void): void {
	window.addEventListener(changeEvent, listener);
	window.addEventListener('storage', (e) => e.key === storageKey && listener());
}

export type { StateProblem };

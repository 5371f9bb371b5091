/**
 * Tells the app's other tabs that stored data changed, so that they read it again: IndexedDB
 * itself tells nobody. A BroadcastChannel never delivers a message to the object that sent it,
 * so with one channel a tab for sending and listening, a tab never re-reads its own writes.
 * Light on purpose (no schema library): the home page listens on a first visit. A message only
 * decides whether to read again; what is read goes through the storage schemas as always.
 */
const CHANNEL = 'empowerment-roadmap/changes';

let channel: BroadcastChannel | undefined;

function open(): BroadcastChannel | undefined {
	// Only in a browser: in Node an open channel would keep the process (and a test run) alive.
	if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return undefined;
	return (channel ??= new BroadcastChannel(CHANNEL));
}

/** Says that an assessment changed; without an id, that anything may have (restore, delete all). */
export function announceChange(assessmentId?: string): void {
	open()?.postMessage({ assessmentId });
}

/**
 * Calls `listener` for every change another tab announces, with the assessment it names (or
 * undefined: anything may have changed); returns how to stop.
 */
export function onStoredChange(listener: (assessmentId: string | undefined) => void): () => void {
	const target = open();
	if (!target) return () => {};
	const handle = (event: MessageEvent<unknown>) => {
		const id = (event.data as { assessmentId?: unknown } | null)?.assessmentId;
		listener(typeof id === 'string' ? id : undefined);
	};
	target.addEventListener('message', handle);
	return () => target.removeEventListener('message', handle);
}

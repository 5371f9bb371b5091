import { DB_NAME } from '$lib/storage/name';

/** For lists that follow what other tabs store (light: no store, no schemas). */
export { onStoredChange } from '$lib/storage/changes';

/**
 * Whether this browser may hold something of ours, asked without loading the store: on a first
 * visit the home page then knows its list is empty without loading Dexie and the schemas (about
 * 60 KB). Where the browser cannot list its databases, the answer is "maybe".
 */
export async function mayHaveStoredData(): Promise<boolean> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
	try {
		return (await indexedDB.databases()).some((database) => database.name === DB_NAME);
	} catch {
		return true;
	}
}

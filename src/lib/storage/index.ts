import Dexie from 'dexie';
import { announceChange } from './changes';
import { DB_NAME, EmpowermentDb } from './db';
import { DexieAssessmentStore } from './dexie-store';
import { DexiePackStore } from './pack-store';
import type { AssessmentStore } from './types';

export * from './types';
export { onStoredChange } from './changes';
export { DB_NAME, type StoredPackRecord } from './db';
export type { PackRemoval } from './pack-store';

let db: EmpowermentDb | undefined;
let store: AssessmentStore | undefined;
let packStore: DexiePackStore | undefined;

const openDb = () => (db ??= new EmpowermentDb(DB_NAME));

/** The browser's store, opened on first use (IndexedDB exists only in the browser). */
export function getStore(): AssessmentStore {
	store ??= new DexieAssessmentStore(openDb());
	return store;
}

export function getPackStore(): DexiePackStore {
	packStore ??= new DexiePackStore(openDb());
	return packStore;
}

/** Deletes the whole database; the next use opens a new, empty one. */
export async function deleteDatabase(): Promise<void> {
	db?.close();
	db = undefined;
	store = undefined;
	packStore = undefined;
	await Dexie.delete(DB_NAME);
	announceChange();
}

import { EmpowermentDb } from './db';
import { DexieAssessmentStore } from './dexie-store';
import { DB_NAME } from './name';
import type { AssessmentStore } from './types';

export * from './types';

let store: AssessmentStore | undefined;

/** The browser's store, opened on first use (IndexedDB exists only in the browser). */
export function getStore(): AssessmentStore {
	store ??= new DexieAssessmentStore(new EmpowermentDb(DB_NAME));
	return store;
}

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { EmpowermentDb } from '$lib/storage/db';
import { DexieAssessmentStore } from '$lib/storage/dexie-store';
import type { RoadmapItem } from '$lib/domain/assessment.schema';
import type { NewAssessment } from '$lib/storage';

/** A store on a fresh in-memory IndexedDB, so that no test sees another's data. */
export function makeStore(): DexieAssessmentStore {
	return new DexieAssessmentStore(
		new EmpowermentDb('test', { indexedDB: new IDBFactory(), IDBKeyRange })
	);
}

export function makeNewAssessment(overrides: Partial<NewAssessment> = {}): NewAssessment {
	return {
		organisation: { name: 'Village Help', type: 'ngo' },
		packId: 'sample',
		packVersion: '1.0.0',
		locale: 'en',
		mode: 'solo',
		date: '2026-11-25',
		...overrides
	};
}

/** A stored roadmap item of an action, planned for "now". */
export function makeRoadmapItem(
	assessmentId: string,
	id: string,
	order = 0,
	overrides: Partial<RoadmapItem> = {}
): RoadmapItem {
	return {
		id,
		assessmentId,
		actionId: 'act',
		phase: 'now',
		order,
		status: 'planned',
		note: '',
		edited: false,
		createdAt: 1,
		updatedAt: 1,
		...overrides
	};
}

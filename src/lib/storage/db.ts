import Dexie, { type Table } from 'dexie';
import type {
	Answer,
	Assessment,
	Consensus,
	Participant,
	RoadmapItem,
	Target
} from '$lib/domain/assessment.schema';

/** Settings are small key/value pairs, e.g. the roadmap's items per phase. */
export interface SettingRecord {
	key: string;
	value: unknown;
}

/**
 * The IndexedDB schema. Each change adds a new `this.version(n)` with an upgrade function;
 * never edit an old version, since people's browsers hold data in it.
 */
export class EmpowermentDb extends Dexie {
	assessments!: Table<Assessment, string>;
	participants!: Table<Participant, string>;
	answers!: Table<Answer, [string, string, string]>;
	consensus!: Table<Consensus, [string, string]>;
	targets!: Table<Target, [string, string]>;
	roadmapItems!: Table<RoadmapItem, string>;
	settings!: Table<SettingRecord, string>;

	constructor(
		name: string,
		options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }
	) {
		super(name, options);
		this.version(1).stores({
			assessments: 'id, updatedAt, previousId',
			participants: 'id, assessmentId',
			answers:
				'[assessmentId+participantId+questionId], assessmentId, [assessmentId+participantId]',
			consensus: '[assessmentId+questionId], assessmentId',
			targets: '[assessmentId+dimensionId], assessmentId',
			roadmapItems: 'id, assessmentId',
			settings: 'key'
		});
	}
}

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
 * A questionnaire pack imported on the Questionnaires page: the files of its bundle, checked
 * again when read (see pack-store.ts), so a damaged record can never reach the questions.
 */
export interface StoredPackRecord {
	id: string;
	version: string;
	/** ms since epoch. */
	importedAt: number;
	files: Record<string, unknown>;
}

/** The browser's database; the Settings page names it. */
export { DB_NAME } from './name';

/**
 * Every schema the app's IndexedDB has ever had, oldest first. People's browsers hold data in
 * each of them: never edit an old entry, add a new one (with an upgrade function when records
 * change). tests/fixtures/db/ holds a database made with each version; storage tests open them
 * with the current code (see migrations.spec.ts).
 */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string | null> }[] = [
	{
		version: 1,
		stores: {
			assessments: 'id, updatedAt, previousId',
			participants: 'id, assessmentId',
			answers:
				'[assessmentId+participantId+questionId], assessmentId, [assessmentId+participantId]',
			consensus: '[assessmentId+questionId], assessmentId',
			targets: '[assessmentId+dimensionId], assessmentId',
			roadmapItems: 'id, assessmentId',
			settings: 'key'
		}
	},
	// Imported questionnaire packs; earlier tables are unchanged, so no upgrade function.
	{ version: 2, stores: { packs: 'id' } }
];

export class EmpowermentDb extends Dexie {
	assessments!: Table<Assessment, string>;
	participants!: Table<Participant, string>;
	answers!: Table<Answer, [string, string, string]>;
	consensus!: Table<Consensus, [string, string]>;
	targets!: Table<Target, [string, string]>;
	roadmapItems!: Table<RoadmapItem, string>;
	settings!: Table<SettingRecord, string>;
	packs!: Table<StoredPackRecord, string>;

	/** `upTo` opens an older schema: only tests that build fixture databases use it. */
	constructor(
		name: string,
		options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange },
		upTo = SCHEMA_VERSIONS.at(-1)!.version
	) {
		super(name, options);
		for (const { version, stores } of SCHEMA_VERSIONS) {
			if (version <= upTo) this.version(version).stores(stores);
		}
	}
}

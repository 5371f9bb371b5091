import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { EmpowermentDb, SCHEMA_VERSIONS } from './db';
import { DexieAssessmentStore } from './dexie-store';

/**
 * Every database a browser may hold, made with each schema version the app has had
 * (tests/fixtures/db/v<N>.json, written by `npm run fixtures:db` with that version), opens with
 * today's code and gives back every record.
 */
const fixtures = readdirSync('tests/fixtures/db')
	.filter((f) => /^v\d+\.json$/.test(f))
	.map((file) => ({
		file,
		...(JSON.parse(readFileSync(`tests/fixtures/db/${file}`, 'utf8')) as {
			version: number;
			tables: Record<string, unknown[]>;
		})
	}));

describe('database upgrades', () => {
	it('has a fixture for every schema version', () => {
		expect(fixtures.map((f) => f.version).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
	});

	it.each(fixtures.map((f) => [f.file, f] as const))(
		'opens %s and finds every record',
		async (_, fixture) => {
			const indexedDB = new IDBFactory();
			const old = new EmpowermentDb('fixture', { indexedDB, IDBKeyRange }, fixture.version);
			await old.open();
			for (const [table, records] of Object.entries(fixture.tables)) {
				await old.table(table).bulkAdd(records);
			}
			old.close();

			const store = new DexieAssessmentStore(
				new EmpowermentDb('fixture', { indexedDB, IDBKeyRange })
			);
			const snapshots = await store.getAllSnapshots();
			const count = (table: string) => fixture.tables[table]?.length ?? 0;
			expect(snapshots).toHaveLength(count('assessments'));
			for (const table of [
				'participants',
				'answers',
				'consensus',
				'targets',
				'roadmapItems'
			] as const) {
				const found = snapshots.reduce((n, s) => n + s[table].length, 0);
				expect(found, table).toBe(count(table));
			}
			const current = new EmpowermentDb('fixture', { indexedDB, IDBKeyRange });
			for (const [table, records] of Object.entries(fixture.tables)) {
				expect(await current.table(table).toArray(), table).toEqual(
					expect.arrayContaining(records)
				);
				expect(await current.table(table).count(), table).toBe(records.length);
			}
			current.close();
			for (const snapshot of snapshots) {
				const stored = fixture.tables.assessments!.find(
					(a) => (a as { id: string }).id === snapshot.assessment.id
				);
				expect(snapshot.assessment).toEqual(stored);
			}
		}
	);
});

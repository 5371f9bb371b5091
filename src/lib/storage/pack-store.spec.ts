import { describe, expect, it } from 'vitest';
import { makeNewAssessment, makeStore } from '$lib/test-data/store';
import { DexiePackStore } from './pack-store';

const record = { id: 'sample', version: '1.0.0', importedAt: 1, files: { 'pack.json': {} } };

describe('imported packs', () => {
	// Removing a pack in use would leave its assessments without questions.
	it('refuses to remove a pack an assessment uses, naming that assessment', async () => {
		const store = makeStore();
		const packs = new DexiePackStore(store.db);
		await packs.putPack(record);
		const { assessment } = await store.createAssessment(
			makeNewAssessment({ label: 'Spring round' }),
			[{ name: 'Anna' }]
		);
		expect(await packs.deletePack('sample')).toEqual({ ok: false, usedBy: ['Spring round'] });
		expect(await packs.listPacks()).toEqual([record]);

		await store.deleteAssessment(assessment.id);
		expect(await packs.deletePack('sample')).toEqual({ ok: true });
		expect(await packs.listPacks()).toEqual([]);
	});
});

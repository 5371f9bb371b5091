import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeBackup } from '$lib/domain/backup';
import { getStore } from '$lib/storage';
import { openExample } from './example';
import { readBackupFile, restoreBackup } from './backup';

async function wipe() {
	const snapshots = await getStore().getAllSnapshots();
	await Promise.all(snapshots.map((s) => getStore().deleteAssessment(s.assessment.id)));
}

describe('backup and restore', () => {
	beforeEach(async () => {
		globalThis.indexedDB ??= new IDBFactory();
		await wipe();
	});

	it('round trip: export, wipe, import gives back exactly the same data', async () => {
		await openExample('en');
		const before = await getStore().getAllSnapshots();
		const file = new File([JSON.stringify(makeBackup(before, Date.now()))], 'backup.json');
		await wipe();
		expect(await getStore().getAllSnapshots()).toEqual([]);

		const read = await readBackupFile(file);
		expect(read).toMatchObject({ ok: true, preview: { assessments: 2, conflicts: [] } });
		if (!read.ok) return;
		expect(await restoreBackup(read.backup, 'replace')).toBe(2);
		const sort = (list: typeof before) =>
			[...list].sort((a, b) => a.assessment.id.localeCompare(b.assessment.id));
		expect(sort(await getStore().getAllSnapshots())).toEqual(sort(before));
	});

	it('changes nothing when any assessment in the file is broken', async () => {
		await openExample('de');
		const before = await getStore().getAllSnapshots();
		const broken = structuredClone(before);
		broken[0]!.assessment.id = `${broken[0]!.assessment.id}-copy`;
		broken[1]!.answers[0]!.value = 9 as never;
		await expect(restoreBackup(makeBackup(broken, 1), 'replace')).rejects.toThrow();
		expect(await getStore().getAllSnapshots()).toEqual(before);
	});

	it('refuses a 50 MB file without reading it', async () => {
		const junk = new File([new Uint8Array(50_000_000)], 'junk.json');
		expect(await readBackupFile(junk)).toEqual({ ok: false, problem: { code: 'tooLarge' } });
	});
});

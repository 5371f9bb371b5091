import {
	checkOpenable,
	checkRestorable,
	makeBackup,
	MAX_BACKUP_BYTES,
	packIdsOf,
	planRestore,
	previewRestore,
	readBackup,
	reassignColliding,
	type Backup,
	type BackupProblem,
	type RestorePreview
} from '$lib/domain/backup';
import { newId } from '$lib/domain/new-id';
import { findManifest } from '$lib/content/packs';
import { getStore, type LeftOut } from '$lib/storage';
import { today } from './dates';
import { noteBackupDownloaded } from './device';
import { downloadJson, fileName } from './download';

export type BackupSaved =
	| { ok: true; file: string; count: number; leftOut: LeftOut[] }
	| { ok: false; problem: BackupProblem };

/**
 * Saves a backup of one assessment, or of all of them. Damaged records are left out (and
 * listed); the file is read back the way a restore reads it before it is saved, so that a
 * backup the app saves can always be restored.
 */
export async function downloadBackup(assessmentId?: string): Promise<BackupSaved> {
	const read = await getStore().backupSnapshots();
	const snapshots = assessmentId
		? read.snapshots.filter((s) => s.assessment.id === assessmentId)
		: read.snapshots;
	const leftOut = assessmentId
		? read.leftOut.filter((l) => l.assessmentId === assessmentId)
		: read.leftOut;
	const backup = makeBackup(snapshots, Date.now());
	const packs = await knownPacks(backup);
	const problem = checkRestorable(backup, (id) => packs.has(id));
	if (problem) return { ok: false, problem };
	const name = fileName(
		'empowerment-roadmap',
		assessmentId && snapshots[0] ? snapshots[0].assessment.organisation.name : 'backup',
		today(),
		'backup.json'
	);
	downloadJson(name, backup);
	if (!assessmentId) await noteBackupDownloaded();
	return { ok: true, file: name, count: snapshots.length, leftOut };
}

/** The questionnaires of a backup that this browser has, built in or imported. */
async function knownPacks(backup: Backup): Promise<Set<string>> {
	const ids = packIdsOf(backup);
	const found = await Promise.all(ids.map(async (id) => !!(await findManifest(id))));
	return new Set(ids.filter((_, i) => found[i]));
}

export type BackupRead =
	{ ok: true; backup: Backup; preview: RestorePreview } | { ok: false; problem: BackupProblem };

/** Reads and checks a backup file; nothing is written yet. */
export async function readBackupFile(file: File): Promise<BackupRead> {
	// A 50 MB file of junk is refused before it is read into memory.
	if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'tooLarge' } };
	const read = readBackup(await file.text());
	if (!read.ok) return read;
	const packs = await knownPacks(read.value);
	const problem = checkOpenable(read.value, (id) => packs.has(id));
	if (problem) return { ok: false, problem };
	const stored = new Set(await getStore().assessmentIds());
	return { ok: true, backup: read.value, preview: previewRestore(read.value, stored) };
}

/**
 * Writes the backup in one transaction: every assessment in it, or none. Records whose ids
 * another stored assessment uses get new ids (reassignColliding): every record of the file is
 * written, and nothing of another assessment changes.
 */
export async function restoreBackup(
	backup: Backup,
	choice: 'replace' | 'keepBoth',
	onProgress?: (done: number, total: number) => void
): Promise<number> {
	const store = getStore();
	const stored = new Set(await store.assessmentIds());
	const planned = planRestore(backup, stored, choice, newId, Date.now());
	const [participants, roadmapItems] = await Promise.all([
		store.recordOwners(
			'participants',
			planned.flatMap((s) => s.participants.map((p) => p.id))
		),
		store.recordOwners(
			'roadmapItems',
			planned.flatMap((s) => s.roadmapItems.map((r) => r.id))
		)
	]);
	const snapshots = reassignColliding(planned, { participants, roadmapItems }, newId);
	await store.putSnapshots(snapshots, (done) => onProgress?.(done, snapshots.length));
	return snapshots.length;
}

import {
	makeBackup,
	MAX_BACKUP_BYTES,
	planRestore,
	previewRestore,
	readBackup,
	type Backup,
	type BackupProblem,
	type RestorePreview
} from '$lib/domain/backup';
import { newId } from '$lib/domain/new-id';
import { getStore } from '$lib/storage';
import { today } from './dates';
import { noteBackupDownloaded } from './device';
import { downloadJson, fileName } from './download';

/** Saves a backup of one assessment, or of all of them. */
export async function downloadBackup(assessmentId?: string): Promise<string> {
	const store = getStore();
	const snapshots = assessmentId
		? [(await store.getAssessment(assessmentId))!]
		: await store.getAllSnapshots();
	const name = fileName(
		'empowerment-roadmap',
		assessmentId ? snapshots[0]!.assessment.organisation.name : 'backup',
		today(),
		'backup.json'
	);
	downloadJson(name, makeBackup(snapshots, Date.now()));
	if (!assessmentId) await noteBackupDownloaded();
	return name;
}

export type BackupRead =
	{ ok: true; backup: Backup; preview: RestorePreview } | { ok: false; problem: BackupProblem };

/** Reads and checks a backup file; nothing is written yet. */
export async function readBackupFile(file: File): Promise<BackupRead> {
	// A 50 MB file of junk is refused before it is read into memory.
	if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'tooLarge' } };
	const read = readBackup(await file.text());
	if (!read.ok) return read;
	const stored = new Set(await getStore().assessmentIds());
	return { ok: true, backup: read.value, preview: previewRestore(read.value, stored) };
}

/** Writes the backup in one transaction: every assessment in it, or none. */
export async function restoreBackup(
	backup: Backup,
	choice: 'replace' | 'keepBoth'
): Promise<number> {
	const store = getStore();
	const stored = new Set(await store.assessmentIds());
	const snapshots = planRestore(backup, stored, choice, newId, Date.now());
	await store.putSnapshots(snapshots);
	return snapshots.length;
}

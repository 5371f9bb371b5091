/**
 * The full backup: every stored record of one or all assessments in one JSON file with a
 * format version. A backup is untrusted input on the way back in: it is read whole and checked
 * against the same schemas as stored records before anything is written.
 */
import { copySnapshot } from './assessment-ops';
import { assessmentSnapshotSchema, type AssessmentSnapshot } from './assessment.schema';
import { readJsonFile, type FileProblem, type Read } from './json-file';
import { z } from './zod';

export const BACKUP_FORMAT = 'empowerment-roadmap/backup';
export const BACKUP_VERSION = 1;
/** Years of a large organisation's workshops stay far below this. */
export const MAX_BACKUP_BYTES = 20_000_000;

export const backupSchema = z
	.object({
		format: z.literal(BACKUP_FORMAT),
		version: z.literal(BACKUP_VERSION),
		exportedAt: z.number().int().nonnegative(),
		assessments: z.array(assessmentSnapshotSchema).max(10_000)
	})
	.strict()
	.superRefine((backup, ctx) => {
		const seen = new Set<string>();
		backup.assessments.forEach((snapshot, index) => {
			if (seen.has(snapshot.assessment.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['assessments', index, 'assessment', 'id'],
					message: 'appears twice'
				});
			}
			seen.add(snapshot.assessment.id);
		});
	});

export type Backup = z.infer<typeof backupSchema>;

export type BackupProblem = FileProblem;

export function makeBackup(assessments: AssessmentSnapshot[], exportedAt: number): Backup {
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, assessments };
}

/** Reads a backup file's text; never throws, whatever the file holds. */
export function readBackup(text: string): Read<Backup> {
	return readJsonFile(text, {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		schema: backupSchema,
		maxLength: MAX_BACKUP_BYTES
	});
}

export interface RestorePreview {
	assessments: number;
	participants: number;
	answers: number;
	roadmapItems: number;
	/** Assessments whose id is already stored: the user keeps both or replaces. */
	conflicts: { id: string; name: string }[];
}

export function previewRestore(backup: Backup, storedIds: ReadonlySet<string>): RestorePreview {
	const count = (key: 'participants' | 'answers' | 'roadmapItems') =>
		backup.assessments.reduce((n, s) => n + s[key].length, 0);
	return {
		assessments: backup.assessments.length,
		participants: count('participants'),
		answers: count('answers'),
		roadmapItems: count('roadmapItems'),
		conflicts: backup.assessments
			.filter((s) => storedIds.has(s.assessment.id))
			.map((s) => ({
				id: s.assessment.id,
				name: s.assessment.label || s.assessment.organisation.name
			}))
	};
}

/**
 * What to write: "replace" overwrites stored assessments with the same id; "keepBoth" gives
 * the incoming copies new ids (and keeps links between the rounds of the backup).
 */
export function planRestore(
	backup: Backup,
	storedIds: ReadonlySet<string>,
	choice: 'replace' | 'keepBoth',
	newId: () => string,
	now: number
): AssessmentSnapshot[] {
	if (choice === 'replace') return backup.assessments;
	const renamed = new Map<string, string>();
	const copies = backup.assessments.map((snapshot) => {
		if (!storedIds.has(snapshot.assessment.id)) return snapshot;
		const copy = copySnapshot(snapshot, newId, { label: snapshot.assessment.label, now });
		copy.assessment.createdAt = snapshot.assessment.createdAt;
		renamed.set(snapshot.assessment.id, copy.assessment.id);
		return copy;
	});
	return copies.map((snapshot) => {
		const previous = snapshot.assessment.previousId;
		if (!previous || !renamed.has(previous)) return snapshot;
		return {
			...snapshot,
			assessment: { ...snapshot.assessment, previousId: renamed.get(previous) }
		};
	});
}

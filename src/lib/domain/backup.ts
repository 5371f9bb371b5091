/**
 * The full backup: every stored record of one or all assessments in one JSON file with a
 * format version. A backup is untrusted input on the way back in: it is read whole and checked
 * against the same schemas as stored records before anything is written.
 */
import { copySnapshot } from './assessment-ops';
import { assessmentSnapshotSchema, type AssessmentSnapshot } from './assessment.schema';
import { formatPath, readJsonFile, type FileProblem, type Read } from './json-file';
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
		// Every record's key appears once: a repeated one would be written over by its twin, and
		// the preview would promise more than is restored. Participant and roadmap item ids are
		// keys across all assessments; the others within their assessment.
		const twice = (path: (string | number)[]) =>
			ctx.addIssue({ code: 'custom', path: ['assessments', ...path], message: 'appears twice' });
		const assessments = new Set<string>();
		const participants = new Set<string>();
		const items = new Set<string>();
		backup.assessments.forEach((snapshot, index) => {
			const once = (seen: Set<string>, key: string, path: (string | number)[]) => {
				if (seen.has(key)) twice([index, ...path]);
				seen.add(key);
			};
			once(assessments, snapshot.assessment.id, ['assessment', 'id']);
			snapshot.participants.forEach((p, i) => once(participants, p.id, ['participants', i, 'id']));
			snapshot.roadmapItems.forEach((r, i) => once(items, r.id, ['roadmapItems', i, 'id']));
			const answers = new Set<string>();
			snapshot.answers.forEach((a, i) =>
				once(answers, `${a.participantId} ${a.questionId}`, ['answers', i, 'questionId'])
			);
			const consensus = new Set<string>();
			snapshot.consensus.forEach((c, i) =>
				once(consensus, c.questionId, ['consensus', i, 'questionId'])
			);
			const targets = new Set<string>();
			snapshot.targets.forEach((t, i) =>
				once(targets, t.dimensionId, ['targets', i, 'dimensionId'])
			);
		});
	});

export type Backup = z.infer<typeof backupSchema>;

export type BackupProblem =
	| FileProblem
	/** A solo assessment or a participant's own device names nobody to answer it. */
	| { code: 'noParticipant'; path: string }
	/** A questionnaire this browser has neither built in nor imported. */
	| { code: 'unknownPack'; path: string; packId: string };

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
 * What the schema cannot know: whether this browser can open every assessment of a backup that
 * reads well. A solo assessment (or a participant's own device) is answered by its one
 * participant, and no page can add one: without it the questions lead nowhere. A workshop may
 * have nobody yet (its facilitator adds people). An assessment, or a service user's
 * questionnaire, needs its pack on this device, or every page of it would be "not found".
 * The first problem found is returned, so the whole file is refused before anything is written.
 */
export function checkOpenable(
	backup: Backup,
	isKnownPack: (id: string) => boolean
): BackupProblem | undefined {
	for (const [index, { assessment, participants }] of backup.assessments.entries()) {
		const at = (...path: (string | number)[]) => formatPath(['assessments', index, ...path]);
		if (!isKnownPack(assessment.packId)) {
			return { code: 'unknownPack', path: at('assessment', 'packId'), packId: assessment.packId };
		}
		if (assessment.mode !== 'workshop' && participants.length === 0) {
			return { code: 'noParticipant', path: at('participants') };
		}
		for (const [i, { packId }] of participants.entries()) {
			if (packId && !isKnownPack(packId)) {
				return { code: 'unknownPack', path: at('participants', i, 'packId'), packId };
			}
		}
	}
	return undefined;
}

/** Every questionnaire a backup's assessments and participants answer. */
export function packIdsOf(backup: Backup): string[] {
	const ids = backup.assessments.flatMap((s) => [
		s.assessment.packId,
		...s.participants.flatMap((p) => (p.packId ? [p.packId] : []))
	]);
	return [...new Set(ids)];
}

/**
 * Checks a backup the app is about to save with the same reading a restore does: a file the
 * app writes can always be read back. Returns the problem when it cannot. The packs are those
 * of this browser, which holds the assessments being saved.
 */
export function checkRestorable(
	backup: Backup,
	isKnownPack: (id: string) => boolean
): BackupProblem | undefined {
	const read = readBackup(JSON.stringify(backup));
	return read.ok ? checkOpenable(read.value, isKnownPack) : read.problem;
}

/** Which stored assessment owns each participant and roadmap item id the restore brings. */
export interface StoredOwners {
	participants: ReadonlyMap<string, string>;
	roadmapItems: ReadonlyMap<string, string>;
}

/**
 * Participant and roadmap item ids are keys across all assessments. A restored record whose id
 * a stored assessment uses (one the restore does not replace) gets a new id, so that it never
 * overwrites another assessment's record; answers follow their participant.
 */
export function reassignColliding(
	snapshots: AssessmentSnapshot[],
	owners: StoredOwners,
	newId: () => string
): AssessmentSnapshot[] {
	const replaced = new Set(snapshots.map((s) => s.assessment.id));
	const collides = (map: ReadonlyMap<string, string>, id: string) => {
		const owner = map.get(id);
		return owner !== undefined && !replaced.has(owner);
	};
	return snapshots.map((snapshot) => {
		const renamed = new Map<string, string>();
		for (const p of snapshot.participants) {
			if (collides(owners.participants, p.id)) renamed.set(p.id, newId());
		}
		const hasItemCollision = snapshot.roadmapItems.some((r) => collides(owners.roadmapItems, r.id));
		if (renamed.size === 0 && !hasItemCollision) return snapshot;
		const rename = (id: string) => renamed.get(id) ?? id;
		return {
			...snapshot,
			participants: snapshot.participants.map((p) => ({ ...p, id: rename(p.id) })),
			answers: snapshot.answers.map((a) => ({ ...a, participantId: rename(a.participantId) })),
			roadmapItems: snapshot.roadmapItems.map((r) =>
				collides(owners.roadmapItems, r.id) ? { ...r, id: newId() } : r
			)
		};
	});
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

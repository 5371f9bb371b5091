/**
 * Workshop exchange without a server: an invitation (invitation.ts) tells a participant's own
 * device what to answer; a response file brings the answers back. The file is untrusted input
 * and is validated in full before anything is stored.
 */
import {
	answerValueSchema,
	recordIdSchema,
	secretSchema,
	type Answer,
	type AssessmentSnapshot
} from './assessment.schema';
import { readJsonFile, type FileProblem, type Read } from './json-file';
import { idSchema } from './pack.schema';
import { ROLE_GROUPS } from './vocabulary';
import { z } from './zod';

export const RESPONSE_FORMAT = 'empowerment-roadmap/response';
/** A response for 60 questions with long notes stays far below this. */
export const MAX_RESPONSE_BYTES = 2_000_000;

const versionSchema = z.string().regex(/^\d+\.\d+\.\d+$/);

export const responseSchema = z
	.object({
		format: z.literal(RESPONSE_FORMAT),
		version: z.literal(1),
		assessmentId: recordIdSchema,
		participantId: recordIdSchema,
		participantName: z.string().trim().min(1).max(100),
		/** Whose view this person gives; files made before role groups have none. */
		group: z.enum(ROLE_GROUPS).optional(),
		packId: idSchema,
		packVersion: versionSchema,
		exportedAt: z.number().int().nonnegative(),
		/**
		 * The key of the invitation the answers were given for. Optional here only so that a file
		 * without one is refused with its own reason (checkResponse), not as a damaged file.
		 */
		secret: z.optional(secretSchema),
		answers: z
			.array(
				z
					.object({
						questionId: idSchema,
						value: z.nullable(answerValueSchema),
						note: z.string().max(5000),
						updatedAt: z.number().int().nonnegative()
					})
					.strict()
			)
			.max(1000)
	})
	.strict()
	.superRefine((response, ctx) => {
		const seen = new Set<string>();
		response.answers.forEach((answer, index) => {
			if (seen.has(answer.questionId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['answers', index, 'questionId'],
					message: 'answered twice'
				});
			}
			seen.add(answer.questionId);
		});
	});

export type Response = z.infer<typeof responseSchema>;

/** Why a file or link was refused; the UI words each kind in the reader's language. */
export type ExchangeProblem =
	| FileProblem
	| { code: 'damagedLink' }
	| { code: 'otherAssessment' }
	| { code: 'otherPackVersion'; expected: string; found: string }
	| { code: 'unknownParticipant'; name: string }
	/** The file brings back no key, or another one than the participant's invitation holds. */
	| { code: 'noSecret'; name: string }
	| { code: 'wrongSecret'; name: string }
	| { code: 'unknownQuestions'; ids: string[] }
	/** Invitations: this device runs the workshop, and the invitation names nobody in it. */
	| { code: 'notInWorkshop' }
	/** Invitations: the participant's id is already used by another assessment on this device. */
	| { code: 'participantElsewhere' }
	/** Invitations: the assessment is stored here but damaged; it is left as it is. */
	| { code: 'damagedAssessment' };

export type Checked<T> = Read<T, ExchangeProblem>;

export function readResponse(text: string): Checked<Response> {
	return readJsonFile(text, {
		format: RESPONSE_FORMAT,
		version: 1,
		schema: responseSchema,
		maxLength: MAX_RESPONSE_BYTES
	});
}

/** The response file a participant's device exports: their answers only. */
export function makeResponse(
	snapshot: AssessmentSnapshot,
	participantId: string,
	exportedAt: number
): Response {
	const participant = snapshot.participants.find((p) => p.id === participantId)!;
	return {
		format: RESPONSE_FORMAT,
		version: 1,
		assessmentId: snapshot.assessment.id,
		participantId,
		participantName: participant.name,
		...(participant.group && { group: participant.group }),
		packId: snapshot.assessment.packId,
		packVersion: snapshot.assessment.packVersion,
		exportedAt,
		...(participant.secret && { secret: participant.secret }),
		answers: snapshot.answers
			.filter((a) => a.participantId === participantId)
			.map(({ questionId, value, note, updatedAt }) => ({ questionId, value, note, updatedAt }))
	};
}

/** A questionnaire as the facilitator's device knows it: its version and question ids. */
export interface KnownPack {
	version: string;
	questionIds: ReadonlySet<string>;
}

/**
 * Whether a valid response belongs to this assessment, a participant, and the questionnaire
 * that participant answers (the team's, or one for service users) in its current version.
 */
export function checkResponse(
	response: Response,
	snapshot: AssessmentSnapshot,
	packs: (packId: string) => KnownPack | undefined
): ExchangeProblem | undefined {
	const { assessment } = snapshot;
	if (response.assessmentId !== assessment.id) return { code: 'otherAssessment' };
	const participant = snapshot.participants.find((p) => p.id === response.participantId);
	const packId = participant?.packId ?? assessment.packId;
	const pack = packs(packId);
	if (response.packId !== packId || response.packVersion !== pack?.version) {
		return {
			code: 'otherPackVersion',
			expected: `${packId} ${pack?.version ?? ''}`.trim(),
			found: `${response.packId} ${response.packVersion}`
		};
	}
	if (!participant) return { code: 'unknownParticipant', name: response.participantName };
	// Named from this device's record: the name in the file is whatever the sender typed.
	if (!response.secret || !participant.secret) return { code: 'noSecret', name: participant.name };
	if (!sameSecret(response.secret, participant.secret)) {
		return { code: 'wrongSecret', name: participant.name };
	}
	const { questionIds } = pack;
	const unknown = response.answers.map((a) => a.questionId).filter((id) => !questionIds.has(id));
	if (unknown.length > 0) return { code: 'unknownQuestions', ids: unknown.slice(0, 5) };
	return undefined;
}

/** Compares every character, so that the time taken tells nothing about the key. */
function sameSecret(a: string, b: string): boolean {
	let difference = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
	}
	return difference === 0;
}

/** When the participant last changed an answer: the newest answer, or 0 for none. */
export function lastChange(answers: readonly { updatedAt: number }[]): number {
	return answers.reduce((latest, a) => Math.max(latest, a.updatedAt), 0);
}

/** Whether answers hold anything: a level, "don't know", "not applicable" or a note. */
function hasContent(answers: readonly { value: unknown; note: string }[]): boolean {
	return answers.some((a) => a.value !== null || a.note.trim() !== '');
}

export interface ImportPlan {
	/** One response per participant (the newest export when a drop holds several). */
	accepted: { file: string; response: Response }[];
	rejected: { file: string; problem: ExchangeProblem }[];
	/** Files left out because a newer export of the same participant came in the same drop. */
	superseded: string[];
	/**
	 * Files left out because the participant's answers stored here changed after the file's
	 * newest answer: newer wins, by the participant's own last change.
	 */
	older: { file: string; participantId: string }[];
	/** Files that would remove every answer a participant has here: used only when confirmed. */
	emptying: { file: string; response: Response }[];
}

/** Reads and checks dropped files; nothing is stored until the caller applies the plan. */
export function planImport(
	files: readonly { name: string; text: string }[],
	snapshot: AssessmentSnapshot,
	packs: (packId: string) => KnownPack | undefined
): ImportPlan {
	const plan: ImportPlan = { accepted: [], rejected: [], superseded: [], older: [], emptying: [] };
	const newest = new Map<string, { file: string; response: Response }>();
	for (const file of files) {
		const read = readResponse(file.text);
		if (!read.ok) {
			plan.rejected.push({ file: file.name, problem: read.problem });
			continue;
		}
		const problem = checkResponse(read.value, snapshot, packs);
		if (problem) {
			plan.rejected.push({ file: file.name, problem });
			continue;
		}
		const other = newest.get(read.value.participantId);
		if (other && other.response.exportedAt >= read.value.exportedAt) {
			plan.superseded.push(file.name);
			continue;
		}
		if (other) plan.superseded.push(other.file);
		newest.set(read.value.participantId, { file: file.name, response: read.value });
	}
	for (const entry of newest.values()) {
		const { participantId, answers, exportedAt } = entry.response;
		const stored = snapshot.answers.filter((a) => a.participantId === participantId);
		// A file without answers was last changed when it was made.
		if ((answers.length > 0 ? lastChange(answers) : exportedAt) < lastChange(stored)) {
			plan.older.push({ file: entry.file, participantId });
		} else if (hasContent(stored) && !hasContent(answers)) {
			plan.emptying.push(entry);
		} else {
			plan.accepted.push(entry);
		}
	}
	return plan;
}

/** All answers of the assessment with each responding participant's answers replaced. */
export function applyResponses(
	answers: readonly Answer[],
	responses: readonly Response[]
): Answer[] {
	const replaced = new Set(responses.map((r) => r.participantId));
	return [
		...answers.filter((a) => !replaced.has(a.participantId)),
		...responses.flatMap((r) =>
			r.answers.map((a) => ({ ...a, assessmentId: r.assessmentId, participantId: r.participantId }))
		)
	];
}

/**
 * What the app stores about an assessment. Every record read from IndexedDB or from a file goes
 * through these schemas, so a damaged record is reported instead of breaking a page.
 * Read by: src/lib/storage (every read and write), import and export services.
 */
import { idSchema, localeSchema } from './pack.schema';
import { COUNTRIES, ORG_TYPES, SIZE_BANDS } from './vocabulary';
import { z } from './zod';

/** Record ids are random strings made on this device (see new-id.ts). */
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id');
const timestamp = z.number().int().nonnegative();
const isoDate = z.iso.date();

export const levelValueSchema = z.union([
	z.literal(1),
	z.literal(2),
	z.literal(3),
	z.literal(4),
	z.literal(5)
]);
export const answerValueSchema = z.union([
	levelValueSchema,
	z.literal('dontKnow'),
	z.literal('notApplicable')
]);

export const organisationSchema = z
	.object({
		name: z.string().trim().min(1).max(200),
		type: z.enum(ORG_TYPES),
		size: z.enum(SIZE_BANDS).optional(),
		country: z.enum(COUNTRIES).optional(),
		region: z.string().trim().max(200).optional()
	})
	.strict();

export const assessmentSchema = z
	.object({
		id: recordIdSchema,
		/** A name the team gives this round; the organisation's name is shown when empty. */
		label: z.string().trim().max(200).optional(),
		organisation: organisationSchema,
		packId: idSchema,
		packVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
		/** Language the assessment was started in; the UI may show another. */
		locale: localeSchema,
		/** "response": a participant's own device, answering for a workshop run elsewhere. */
		mode: z.enum(['solo', 'workshop', 'response']),
		date: isoDate,
		createdAt: timestamp,
		updatedAt: timestamp,
		/** The earlier round this one re-assesses. */
		previousId: recordIdSchema.optional(),
		/** Made by "Try the example": labelled, opened again instead of made twice, removable. */
		isExample: z.literal(true).optional()
	})
	.strict();

export const participantSchema = z
	.object({
		id: recordIdSchema,
		assessmentId: recordIdSchema,
		name: z.string().trim().min(1).max(100),
		role: z.string().trim().max(100).optional(),
		order: z.number().int().nonnegative()
	})
	.strict();

export const answerSchema = z
	.object({
		assessmentId: recordIdSchema,
		participantId: recordIdSchema,
		questionId: idSchema,
		/** null when only a note has been written so far. */
		value: answerValueSchema.nullable(),
		note: z.string().max(5000),
		updatedAt: timestamp
	})
	.strict();

export type LevelValue = z.infer<typeof levelValueSchema>;
export type AnswerValue = z.infer<typeof answerValueSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Answer = z.infer<typeof answerSchema>;

export const IMPORTANCES = ['low', 'medium', 'high'] as const;
export type Importance = (typeof IMPORTANCES)[number];

/** The team's target level and how much the dimension matters to them. */
export const targetSchema = z
	.object({
		assessmentId: recordIdSchema,
		dimensionId: idSchema,
		target: levelValueSchema,
		importance: z.enum(IMPORTANCES),
		updatedAt: timestamp
	})
	.strict();

/** The level a workshop agreed on for one question; every raw answer is kept beside it. */
export const consensusSchema = z
	.object({
		assessmentId: recordIdSchema,
		questionId: idSchema,
		value: answerValueSchema,
		reason: z.string().max(2000),
		updatedAt: timestamp
	})
	.strict();

export const PHASES = ['now', 'next', 'later'] as const;
export type Phase = (typeof PHASES)[number];
export const ITEM_STATUSES = ['planned', 'inProgress', 'done', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * One step on the roadmap: generated from a pack action (actionId) or written by the team.
 * Generated items show the action's text in the reader's language until the team edits them.
 */
export const roadmapItemSchema = z
	.object({
		id: recordIdSchema,
		assessmentId: recordIdSchema,
		actionId: idSchema.optional(),
		dimensionId: idSchema.optional(),
		phase: z.enum(PHASES),
		order: z.number().int().nonnegative(),
		title: z.string().trim().max(300).optional(),
		what: z.string().max(5000).optional(),
		firstStep: z.string().max(2000).optional(),
		owner: z.string().trim().max(200).optional(),
		due: isoDate.optional(),
		status: z.enum(ITEM_STATUSES),
		note: z.string().max(5000),
		/** The team changed it; regenerating the roadmap never touches it. */
		edited: z.boolean(),
		createdAt: timestamp,
		updatedAt: timestamp
	})
	.strict();

/** Everything recorded for one assessment: the unit of undo, duplicate, backup and restore. */
export const assessmentSnapshotSchema = z
	.object({
		assessment: assessmentSchema,
		participants: z.array(participantSchema),
		answers: z.array(answerSchema),
		consensus: z.array(consensusSchema),
		targets: z.array(targetSchema),
		roadmapItems: z.array(roadmapItemSchema)
	})
	.strict()
	.superRefine((snapshot, ctx) => {
		const id = snapshot.assessment.id;
		const participantIds = new Set(snapshot.participants.map((p) => p.id));
		for (const key of [
			'participants',
			'answers',
			'consensus',
			'targets',
			'roadmapItems'
		] as const) {
			snapshot[key].forEach((record, index) => {
				if (record.assessmentId !== id) {
					ctx.addIssue({
						code: 'custom',
						path: [key, index, 'assessmentId'],
						message: 'belongs to another assessment'
					});
				}
			});
		}
		snapshot.answers.forEach((answer, index) => {
			if (!participantIds.has(answer.participantId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['answers', index, 'participantId'],
					message: 'no such participant'
				});
			}
		});
	});

export type Target = z.infer<typeof targetSchema>;
export type Consensus = z.infer<typeof consensusSchema>;
export type RoadmapItem = z.infer<typeof roadmapItemSchema>;
export type AssessmentSnapshot = z.infer<typeof assessmentSnapshotSchema>;

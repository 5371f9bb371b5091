/**
 * What the app stores about an assessment. Every record read from IndexedDB or from a file goes
 * through these schemas, so a damaged record is reported instead of breaking a page.
 * Read by: src/lib/storage (every read and write), import and export services.
 *
 * Written with zod/mini: every page of an assessment reads its records through them, and the
 * classic build would add some 20 KB gzip to each (README, Performance). Other schemas may use
 * these inside their own with the functional forms (`z.optional(schema)`).
 */
import { ID_PATTERN, LOCALE_PATTERN } from './ids';
import { COUNTRIES, ORG_TYPES, ROLE_GROUPS, SIZE_BANDS } from './vocabulary';
import { z } from './zod-mini';

const idSchema = z.string().check(z.regex(ID_PATTERN.regex, ID_PATTERN.message));
const localeSchema = z.string().check(z.regex(LOCALE_PATTERN.regex, LOCALE_PATTERN.message));

/** Record ids are random strings made on this device (see new-id.ts). */
export const recordIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id'));
/**
 * A participant's invitation key: 128 random bits as base64url (see newSecret). A response file
 * must bring it back, so that a file cannot speak for someone whose invitation it was not made
 * from. The last character carries 2 bits, so that every key fits in 16 bytes of a short link.
 */
export const secretSchema = z
	.string()
	.check(z.regex(/^[A-Za-z0-9_-]{21}[AQgw]$/, 'not a valid key'));
const timestamp = z.int().check(z.nonnegative());
/** A string cut of surrounding spaces, at most `max` long (at least 1 with `required`). */
const text = (max: number, required = false) =>
	z.string().check(z.trim(), ...(required ? [z.minLength(1)] : []), z.maxLength(max));
const level = z.number().check(z.gte(1), z.lte(5));
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

export const organisationSchema = z.strictObject({
	name: text(200, true),
	type: z.enum(ORG_TYPES),
	size: z.optional(z.enum(SIZE_BANDS)),
	country: z.optional(z.enum(COUNTRIES)),
	region: z.optional(text(200))
});

export const assessmentSchema = z.strictObject({
	id: recordIdSchema,
	/** A name the team gives this round; the organisation's name is shown when empty. */
	label: z.optional(text(200)),
	organisation: organisationSchema,
	packId: idSchema,
	packVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
	/** Language the assessment was started in; the UI may show another. */
	locale: localeSchema,
	/** "response": a participant's own device, answering for a workshop run elsewhere. */
	mode: z.enum(['solo', 'workshop', 'response']),
	date: isoDate,
	createdAt: timestamp,
	updatedAt: timestamp,
	/** The earlier round this one re-assesses. */
	previousId: z.optional(recordIdSchema),
	/**
	 * The team chose to show the view of a group of one person (which shows that person's
	 * answers) in results and the PDF; otherwise such a group's view is left out.
	 */
	showSingleViews: z.optional(z.boolean()),
	/**
	 * What the roadmap was made from (see roadmapBasis in domain/roadmap.ts): when answers or
	 * targets change, the roadmap page says it is out of date.
	 */
	roadmapBasis: z.optional(z.string().check(z.maxLength(100))),
	/** What the team asks of its board, in one line: page one of the board report says it. */
	boardAsk: z.optional(text(500)),
	/** Made by "Try the example": labelled, opened again instead of made twice, removable. */
	isExample: z.optional(z.literal(true))
});

export const participantSchema = z.strictObject({
	id: recordIdSchema,
	assessmentId: recordIdSchema,
	name: text(100, true),
	role: z.optional(text(100)),
	/** Whose view this person gives; older records have none and count as "other". */
	group: z.optional(z.enum(ROLE_GROUPS)),
	/**
	 * A questionnaire for service users (easy-read) this person answers instead of the
	 * assessment's own; its answers feed the users' view only. Left out for the team's pack.
	 */
	packId: z.optional(idSchema),
	order: z.int().check(z.nonnegative()),
	/** The key of this person's invitation; made with the first invitation (see secretSchema). */
	secret: z.optional(secretSchema)
});

export const answerSchema = z.strictObject({
	assessmentId: recordIdSchema,
	participantId: recordIdSchema,
	questionId: idSchema,
	/** null when only a note has been written so far. */
	value: z.nullable(answerValueSchema),
	note: z.string().check(z.maxLength(5000)),
	updatedAt: timestamp
});

export type LevelValue = z.infer<typeof levelValueSchema>;
export type AnswerValue = z.infer<typeof answerValueSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Answer = z.infer<typeof answerSchema>;

export const IMPORTANCES = ['low', 'medium', 'high'] as const;
export type Importance = (typeof IMPORTANCES)[number];

/** The team's target level and how much the dimension matters to them. */
export const targetSchema = z.strictObject({
	assessmentId: recordIdSchema,
	dimensionId: idSchema,
	target: levelValueSchema,
	importance: z.enum(IMPORTANCES),
	updatedAt: timestamp
});

/** The level a workshop agreed on for one question; every raw answer is kept beside it. */
export const consensusSchema = z.strictObject({
	assessmentId: recordIdSchema,
	questionId: idSchema,
	value: answerValueSchema,
	reason: z.string().check(z.maxLength(2000)),
	updatedAt: timestamp
});

export const PHASES = ['now', 'next', 'later'] as const;
/** Why a generated item is on the roadmap. */
export const ITEM_RULES = ['foundation', 'findOut', 'priority', 'prerequisite'] as const;
/** Why it sits in its phase. */
export const ITEM_PLACEMENTS = [
	'foundation',
	'findOut',
	'topPriority',
	'quickWin',
	'horizon',
	'afterPrerequisite',
	'afterPreviousStep',
	'capacity',
	/** Another way to take a step the roadmap already covers: listed under "more suggestions". */
	'alternative'
] as const;

/**
 * Why an item was generated, stored with it when it was made: the figures then, not today's.
 * The roadmap page puts it into words.
 */
export const itemReasonSchema = z.strictObject({
	rule: z.enum(ITEM_RULES),
	placement: z.enum(ITEM_PLACEMENTS),
	dimensionId: idSchema,
	/** The topic's score, target and importance when the item was made. */
	score: z.nullable(level),
	target: z.nullable(levelValueSchema),
	importance: z.enum(IMPORTANCES),
	/** The topic's place among the topics with a gap (1 = the largest gap × importance). */
	rank: z.optional(z.int().check(z.positive())),
	/** The questions it raises (or, for "find out", the questions answered "don't know"). */
	questions: z
		.array(
			z.strictObject({
				id: idSchema,
				value: z.union([level, z.literal('dontKnow')]),
				target: z.optional(levelValueSchema)
			})
		)
		.check(z.maxLength(20)),
	/** The level step it makes, e.g. [1, 2]. */
	step: z.optional(z.tuple([levelValueSchema, levelValueSchema])),
	/** For a prerequisite: the action that needs it. */
	neededBy: z.optional(idSchema),
	/** Service users rated the topic clearly lower than the organisation: it moved up. */
	usersView: z.optional(z.strictObject({ users: level, organisation: level }))
});
export type ItemReason = z.infer<typeof itemReasonSchema>;
export type Phase = (typeof PHASES)[number];
export const ITEM_STATUSES = ['planned', 'inProgress', 'done', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * One step on the roadmap: generated from a pack action (actionId) or written by the team.
 * Generated items show the action's text in the reader's language until the team edits them.
 */
export const roadmapItemSchema = z.strictObject({
	id: recordIdSchema,
	assessmentId: recordIdSchema,
	actionId: z.optional(idSchema),
	dimensionId: z.optional(idSchema),
	/** "findOut": settle the "don't know" answers of a topic; absent for actions and own items. */
	kind: z.optional(z.literal('findOut')),
	reason: z.optional(itemReasonSchema),
	phase: z.enum(PHASES),
	order: z.int().check(z.nonnegative()),
	title: z.optional(text(300)),
	what: z.optional(z.string().check(z.maxLength(5000))),
	firstStep: z.optional(z.string().check(z.maxLength(2000))),
	owner: z.optional(text(200)),
	due: z.optional(isoDate),
	status: z.enum(ITEM_STATUSES),
	note: z.string().check(z.maxLength(5000)),
	/** The team changed it; regenerating the roadmap never touches it. */
	edited: z.boolean(),
	createdAt: timestamp,
	updatedAt: timestamp
});

/** Everything recorded for one assessment: the unit of undo, duplicate, backup and restore. */
export const assessmentSnapshotSchema = z
	.strictObject({
		assessment: assessmentSchema,
		participants: z.array(participantSchema),
		answers: z.array(answerSchema),
		consensus: z.array(consensusSchema),
		targets: z.array(targetSchema),
		roadmapItems: z.array(roadmapItemSchema)
	})
	.check(
		z.superRefine((snapshot, ctx) => {
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
		})
	);

export type Target = z.infer<typeof targetSchema>;
export type Consensus = z.infer<typeof consensusSchema>;
export type RoadmapItem = z.infer<typeof roadmapItemSchema>;
export type AssessmentSnapshot = z.infer<typeof assessmentSnapshotSchema>;

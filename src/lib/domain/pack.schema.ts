/**
 * The content-pack format: the single source of truth for questionnaires, actions and handbook.
 *
 * A pack is a folder `questionnaires/<pack-id>/` holding
 *   pack.json                          structure: dimensions → questions (no text)
 *   actions.json                       recommended actions per dimension and level step (no text)
 *   handbook.json                      handbook entries: slug, kind, dimensions (no text)
 *   locales/<locale>.json              every text of the pack in one language
 *   locales/<locale>/handbook/<slug>.md  the body of one handbook entry in one language
 *
 * Structure and text are apart so that a translator works on one file per language and a script
 * can say how complete each language is. A pack may set `base` to another pack's id: it then has
 * its own questions but borrows that pack's dimension texts, actions and handbook (the quick
 * check does this, so its results map onto the main pack's dimensions).
 *
 * Read by: src/cli/check-packs.ts (validation), src/lib/content/ (the app). JSON Schemas for
 * editors are generated from this file by `npm run questionnaires:schema`.
 */
import {
	COUNTRIES,
	EFFORTS,
	HANDBOOK_KINDS,
	HORIZONS,
	ORG_TYPES,
	OWNERS,
	SIZE_BANDS
} from './vocabulary';
import { ID_PATTERN, LOCALE_PATTERN } from './ids';
import { z } from './zod';

export const idSchema = z.string().regex(ID_PATTERN.regex, ID_PATTERN.message);
export const localeSchema = z.string().regex(LOCALE_PATTERN.regex, LOCALE_PATTERN.message);

const semverSchema = z
	.string()
	.regex(/^\d+\.\d+\.\d+$/, 'use a version like 1.0.0 (major.minor.patch)');

const levelSchema = z.number().int().min(1).max(5);
const text = z.string().trim().min(1, 'must not be empty');

export const questionSchema = z
	.object({
		id: idSchema,
		/** Relative weight within its dimension; 1 when left out. */
		weight: z.number().positive().max(10).optional(),
		/** Leave out when the question fits every organisation. */
		applicability: z
			.object({
				orgTypes: z.array(z.enum(ORG_TYPES)).min(1).optional(),
				sizes: z.array(z.enum(SIZE_BANDS)).min(1).optional()
			})
			.strict()
			.optional(),
		/** Handbook entries that help with this question (slugs). */
		handbook: z.array(idSchema).max(5).optional(),
		/**
		 * A basic right or safeguard (a way to complain, access to one's records, interpreters,
		 * consent and safety): below level 3 the roadmap puts it first, whatever the averages say.
		 */
		foundation: z.boolean().optional(),
		/**
		 * The highest level that makes sense for some kinds of organisation, e.g. a public body
		 * cannot hand statutory decisions to users: `{ "public": 4 }`. Suggested targets stay at
		 * or below it; the locale files explain why (`ceilingNote`).
		 */
		ceiling: z.partialRecord(z.enum(ORG_TYPES), levelSchema.min(2).max(4)).optional(),
		/**
		 * In a pack with a base: the base pack's questions this one stands for, so that their
		 * actions apply to it (a quick-check question covers several detailed ones).
		 */
		covers: z.array(idSchema).min(1).optional()
	})
	.strict();

export const dimensionSchema = z
	.object({
		id: idSchema,
		/** Foundational dimensions (leadership, culture) come first when roadmap priorities tie. */
		foundational: z.boolean().optional(),
		questions: z.array(questionSchema).min(1)
	})
	.strict();

export const packManifestSchema = z
	.object({
		$schema: z.string().optional(),
		id: idSchema,
		/** Bump the major version when question ids change meaning: saved answers point at them. */
		version: semverSchema,
		defaultLocale: localeSchema,
		/** Languages that must be complete; a locale file not listed here is work in progress. */
		locales: z.array(localeSchema).min(1),
		estimatedMinutes: z.number().int().positive().max(600),
		base: idSchema.optional(),
		/**
		 * "users": a questionnaire for the people served (easy-read), answered beside the team's
		 * pack it is based on. Its answers feed the service users' view only, never the team's
		 * values, and its levels are one shared answer scale rather than descriptions.
		 */
		audience: z.enum(['team', 'users']).optional(),
		dimensions: z.array(dimensionSchema).min(1),
		/**
		 * Questions of earlier major versions that this version no longer asks, so that
		 * assessments answered with them still open without loss. `replacedBy` only for a pure
		 * rename (the same meaning under a new id): its answers then count for the new question.
		 * Without it the old answers are shown as they were, read-only. Texts: `retired` in the
		 * locale files.
		 */
		retired: z
			.record(idSchema, z.object({ since: semverSchema, replacedBy: idSchema.optional() }).strict())
			.optional()
	})
	.strict();

export const actionSchema = z
	.object({
		id: idSchema,
		/** The questions this action raises, each by one level: from `from` to `to`. */
		questions: z.array(idSchema).min(1).max(4),
		from: levelSchema.max(4),
		to: levelSchema.min(2),
		effort: z.enum(EFFORTS),
		horizon: z.enum(HORIZONS),
		owner: z.enum(OWNERS),
		/** Leave out when the action suits every kind of organisation. */
		orgTypes: z.array(z.enum(ORG_TYPES)).min(1).optional(),
		/** For the types in `orgTypes`, this tailored action is offered instead of that one. */
		replaces: idSchema.optional(),
		/**
		 * Actions that must come first, e.g. a user panel before the panel's own budget. They
		 * count as in place when done in an earlier round or when their step is already reached.
		 */
		requires: z.array(idSchema).min(1).optional(),
		/** Actions that do the same job: when one is done or planned, the others are not offered. */
		sameAs: z.array(idSchema).min(1).optional(),
		handbook: z.array(idSchema).min(1).max(3)
	})
	.strict()
	.refine((action) => action.to === action.from + 1, {
		message: 'an action moves its questions one level: "to" must be "from" + 1',
		path: ['to']
	})
	.refine((action) => !action.replaces || action.orgTypes, {
		message: 'only an action tailored to some organisation types (orgTypes) can replace another',
		path: ['replaces']
	});

export const actionsFileSchema = z
	.object({ $schema: z.string().optional(), actions: z.array(actionSchema) })
	.strict();

/** A public source a handbook entry rests on; opened only when the reader follows the link. */
export const sourceSchema = z
	.object({
		url: z.url({ protocol: /^https$/ }),
		/** As the source titles itself, in its own language. */
		title: text
	})
	.strict();

export const EXAMPLE_STATUSES = ['planned', 'running', 'ended'] as const;

export const handbookEntrySchema = z
	.object({
		slug: idSchema,
		kind: z.enum(HANDBOOK_KINDS),
		/** Dimensions this entry helps with (ids of the pack's dimensions). */
		dimensions: z.array(idSchema),
		/** Good-practice examples: where it happened. */
		country: z.enum(COUNTRIES).optional(),
		/**
		 * Good-practice examples: the real project as its sources name it. Nothing in the entry
		 * may go beyond what the sources show (`questionnaires:check` requires a source).
		 */
		project: z
			.object({
				name: text,
				organisation: text,
				place: text,
				years: z.string().regex(/^\d{4}(–\d{4})?$/, 'use a year or a range like 2017–2019')
			})
			.strict()
			.optional(),
		/** Planned (only plans are documented), running, or ended after the grant. */
		status: z.enum(EXAMPLE_STATUSES).optional(),
		/** When the authors last read the sources (shown as such: links are not checked automatically). */
		lastChecked: z.iso.date().optional(),
		/** The public record: for an example, what it rests on; for a method, where it comes from. */
		sources: z.array(sourceSchema).optional(),
		related: z.array(idSchema).optional(),
		/** Further reading outside the app. */
		links: z.array(z.url({ protocol: /^https$/ })).optional()
	})
	.strict();

export const handbookFileSchema = z
	.object({ $schema: z.string().optional(), entries: z.array(handbookEntrySchema) })
	.strict();

const questionTextSchema = z
	.object({
		text,
		help: text,
		/** What levels 1 … 5 look like for this question, in order. */
		levels: z.tuple([text, text, text, text, text]),
		/** Why the question has a ceiling for some organisations (required with `ceiling`). */
		ceilingNote: text.optional()
	})
	.strict();

/**
 * All text of a pack in one language. Entries may be missing while a translation is in
 * progress; the check reports how complete each language is and requires 100 % for the
 * languages the manifest declares.
 */
export const packTextsSchema = z
	.object({
		$schema: z.string().optional(),
		title: text,
		description: text,
		dimensions: z.record(idSchema, z.object({ title: text, description: text }).strict()),
		questions: z.record(idSchema, questionTextSchema),
		actions: z.record(idSchema, z.object({ title: text, what: text, firstStep: text }).strict()),
		handbook: z.record(idSchema, z.object({ title: text, summary: text }).strict()),
		/** The text of each retired question (see the manifest's `retired`). */
		retired: z.record(idSchema, text)
	})
	.partial({ dimensions: true, actions: true, handbook: true, retired: true })
	.strict();

export type PackManifest = z.infer<typeof packManifestSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Action = z.infer<typeof actionSchema>;
export type HandbookEntry = z.infer<typeof handbookEntrySchema>;
export type PackTexts = z.infer<typeof packTextsSchema>;
export type QuestionText = z.infer<typeof questionTextSchema>;

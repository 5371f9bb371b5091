/**
 * A content pack as the app uses it: structure and texts of one language joined by id, never
 * by position, so that the order of entries in a locale file can never mismatch a text.
 * Built by src/lib/content/packs.ts (bundled packs) and by tests from factories.
 */
import type {
	Action,
	HandbookEntry,
	PackManifest,
	PackTexts,
	Question,
	QuestionText
} from './pack.schema';

export interface PackQuestion extends Question {
	dimensionId: string;
	text: string;
	help: string;
	levels: QuestionText['levels'];
	/** Why some organisations have a ceiling on this question (see Question.ceiling). */
	ceilingNote?: string;
	/** The handbook entries the question points to, with their titles. */
	handbookLinks: { slug: string; title: string }[];
}

export interface PackDimension {
	id: string;
	title: string;
	description: string;
	/** Foundational dimensions (leadership, culture) come first when roadmap priorities tie. */
	foundational: boolean;
	questions: PackQuestion[];
}

export type PackAction = Action & {
	/** The topic of the action's first question. */
	dimensionId: string;
	title: string;
	what: string;
	firstStep: string;
};
/** A pack loaded with its actions and handbook, as the roadmap needs it. */
export type FullPack = Pack & { actions: PackAction[]; handbook: PackHandbookEntry[] };
export type PackHandbookEntry = HandbookEntry & { title: string; summary: string };

export interface Pack {
	id: string;
	version: string;
	title: string;
	description: string;
	estimatedMinutes: number;
	/** Who answers it: the organisation's team, or service users (see the manifest). */
	audience: 'team' | 'users';
	/** The pack that holds dimension texts, actions and handbook (the pack itself, or its base). */
	basePackId: string;
	dimensions: PackDimension[];
	/**
	 * Actions and handbook entries are undefined where a page loaded the pack without what only
	 * the roadmap needs (content/packs.ts: loadPack).
	 */
	actions?: PackAction[];
	handbook?: PackHandbookEntry[];
	/** Questions earlier major versions asked and this one does not (see the manifest's `retired`). */
	retired: { id: string; text: string; since: string; replacedBy?: string }[];
}

export interface PackParts {
	manifest: PackManifest;
	texts: PackTexts;
	/** The base pack (for a pack that borrows dimensions, actions and handbook). */
	base?: { manifest: PackManifest; texts: PackTexts };
	/** Undefined: the pack is assembled without them (see Pack). */
	actions?: Action[];
	handbook?: HandbookEntry[];
}

/**
 * Joins a pack's structure with its texts by id. A text missing from a validated pack cannot
 * happen (`questionnaires:check` requires 100 %); should it, the id shows instead of a crash.
 */
export function assemblePack({ manifest, texts, base, actions, handbook }: PackParts): Pack {
	const shared = base?.texts ?? texts;
	const structure = base?.manifest ?? manifest;
	const foundational = new Map(structure.dimensions.map((d) => [d.id, !!d.foundational]));
	const topicOf = new Map(
		structure.dimensions.flatMap((d) => d.questions.map((q) => [q.id, d.id] as const))
	);
	return {
		id: manifest.id,
		version: manifest.version,
		title: texts.title,
		description: texts.description,
		estimatedMinutes: manifest.estimatedMinutes,
		audience: manifest.audience ?? 'team',
		basePackId: base?.manifest.id ?? manifest.id,
		dimensions: manifest.dimensions.map((dimension) => {
			const text = shared.dimensions?.[dimension.id];
			return {
				id: dimension.id,
				title: text?.title ?? dimension.id,
				description: text?.description ?? '',
				foundational: foundational.get(dimension.id) ?? false,
				questions: dimension.questions.map((question) => {
					const q = texts.questions[question.id];
					return {
						...question,
						dimensionId: dimension.id,
						text: q?.text ?? question.id,
						help: q?.help ?? '',
						levels: q?.levels ?? [question.id, question.id, question.id, question.id, question.id],
						...(q?.ceilingNote ? { ceilingNote: q.ceilingNote } : {}),
						handbookLinks: (question.handbook ?? []).map((slug) => ({
							slug,
							title: shared.handbook?.[slug]?.title ?? slug
						}))
					};
				})
			};
		}),
		actions: actions?.map((action) => {
			const text = shared.actions?.[action.id];
			return {
				...action,
				dimensionId: topicOf.get(action.questions[0]!) ?? '',
				title: text?.title ?? action.id,
				what: text?.what ?? '',
				firstStep: text?.firstStep ?? ''
			};
		}),
		handbook: handbook?.map((entry) => {
			const text = shared.handbook?.[entry.slug];
			return { ...entry, title: text?.title ?? entry.slug, summary: text?.summary ?? '' };
		}),
		retired: Object.entries(manifest.retired ?? {}).map(([id, retired]) => ({
			id,
			text: texts.retired?.[id] ?? id,
			...retired
		}))
	};
}

/** What the new-assessment form shows about a pack, without its texts. */
export function packFacts({ id, version, title, description, estimatedMinutes, dimensions }: Pack) {
	return {
		id,
		version,
		title,
		description,
		estimatedMinutes,
		questions: dimensions.flatMap((d) =>
			d.questions.map(({ id, applicability }) => ({ id, applicability }))
		)
	};
}

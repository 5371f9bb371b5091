/**
 * The assessment model: everything a screen, the PDF or the CSV shows about an assessment,
 * computed once from the stored snapshot and its pack. Nothing else computes a score, a gap,
 * a team value or a count, so every figure reads the same everywhere.
 *
 * Numbers are rounded once, here (one decimal), and everything derived from a score uses the
 * rounded score: a gap is the target minus the score as shown.
 */
import { median, teamValue } from './aggregate';
import type {
	Answer,
	AnswerValue,
	AssessmentSnapshot,
	Consensus,
	Importance,
	LevelValue,
	Participant,
	ItemReason,
	RoadmapItem
} from './assessment.schema';
import { PHASES } from './assessment.schema';
import type { Pack, PackAction, PackDimension, PackQuestion } from './pack';
import { appliesTo, type Profile, type QuestionValue } from './scoring';
import {
	CLEARLY_LOWER,
	groupOf,
	groupSizes,
	questionGroups,
	topicValue,
	type GroupValue,
	type SideBySide
} from './groups';
import { spreadByQuestion, type QuestionSpread } from './spread';
import type { Owner, RoleGroup } from './vocabulary';

/**
 * A topic is scored only when at least half of its applicable questions have a level. Below
 * that, the average says more about which questions happened to be answered than about the
 * topic: one "level 3" beside four "don't know" is not a topic at level 3. Half still lets a
 * quick check score a two-question topic from one answer, and a one-question topic needs it.
 */
export const MIN_COVERAGE = 0.5;

/** Scores are shown with one decimal; this is the one place they are rounded. */
export function roundScore(value: number): number {
	return Math.round((value + Number.EPSILON) * 10) / 10;
}

/**
 * Foundations (rights and safety: a way to complain, one's own records, consent…) are met from
 * this level on. Below it they are a gap to close, whatever the topic's average says.
 */
export const FOUNDATION_LEVEL = 3;

/** A foundation is met, not met, or not known yet (no level, or "don't know"). */
export type FloorStatus = 'met' | 'notMet' | 'unknown';

export interface FloorEntry {
	question: QuestionModel;
	/** The level that meets it: FOUNDATION_LEVEL, or the question's ceiling where lower. */
	floor: LevelValue;
	status: FloorStatus;
}

export type TeamSource = 'consensus' | 'median' | 'none';

export interface ParticipantAnswer {
	participantId: string;
	/** null when the participant has not answered (or wrote only a note). */
	value: AnswerValue | null;
	note: string;
}

export interface QuestionModel extends PackQuestion {
	/** 1-based position among the topic's questions that fit the organisation. */
	number: number;
	/** 0-based position among all questions that fit the organisation. */
	index: number;
	/** One entry per participant, in the participants' order. */
	answers: ParticipantAnswer[];
	/** The team's value: the agreed level where recorded, else the median of the levels given. */
	team: { value: QuestionValue; source: TeamSource; reason: string };
	spread: QuestionSpread;
	/** The highest level that makes sense for this kind of organisation (5 unless the pack says). */
	maxLevel: LevelValue;
	/** The topic's target, at most the ceiling; null while the topic has no target. */
	target: LevelValue | null;
	/** Each role group's median level, and users beside the organisation's own people. */
	groups: GroupValue[];
	sides: SideBySide;
}

export type DimensionStatus = 'scored' | 'notEnough' | 'notApplicable';

export interface DimensionModel {
	id: string;
	title: string;
	description: string;
	foundational: boolean;
	/** The questions that fit the organisation, in pack order. */
	questions: QuestionModel[];
	status: DimensionStatus;
	/** Weighted mean of the team's levels, rounded to one decimal; null unless scored. */
	score: number | null;
	/** Questions with a level. */
	answered: number;
	/** Questions that fit the organisation, less those the team marked "not applicable". */
	applicable: number;
	dontKnow: number;
	/** Questions with any team value (a level, don't know or not applicable). */
	responded: number;
	/** answered / applicable, 0 … 1. */
	coverage: number;
	/** The team's target; else a suggestion one level above the score; null when unscored. */
	target: LevelValue | null;
	isTargetSet: boolean;
	importance: Importance;
	/** target − score as shown, never below 0; null unless scored with a target. */
	gap: number | null;
	/** Each role group's score (rounded), and users beside the organisation's own people. */
	groups: GroupValue[];
	sides: SideBySide;
}

export interface ParticipantProgress {
	participant: Participant;
	/** Questions this participant answered (a level, don't know or not applicable). */
	answered: number;
	total: number;
	byDimension: Record<string, { answered: number; total: number }>;
	/** The first topic with a question this participant has not answered. */
	firstOpen?: string;
}

export interface CompanionProgress {
	participant: Participant;
	pack: Pack;
	answered: number;
	total: number;
}

/** A roadmap item with what it shows: the team's own words where they edited it. */
export interface RoadmapEntry {
	item: RoadmapItem;
	action?: PackAction;
	title: string;
	what: string;
	firstStep: string;
	/** The team's own owner text; else the action's usual owner. */
	owner?: string;
	ownerRole?: Owner;
	dimensionId?: string;
	handbook: { slug: string; title: string }[];
	/** Why a generated item is there, as stored when it was made; none for own items. */
	reason?: ItemReason;
}

export interface RoundScores {
	assessmentId: string;
	date: string;
	isCurrent: boolean;
	scores: Record<string, number | null>;
}

export interface AssessmentModel {
	snapshot: AssessmentSnapshot;
	pack: Pack;
	isTeam: boolean;
	/** The team: everyone who answers the assessment's own questionnaire. */
	participants: ParticipantProgress[];
	/**
	 * Service users answering a questionnaire of their own (easy-read) beside the team's: their
	 * answers count in their group's view and the users' view, never in a team value.
	 */
	companions: CompanionProgress[];
	questions: QuestionModel[];
	questionById: ReadonlyMap<string, QuestionModel>;
	dimensions: DimensionModel[];
	dimensionById: ReadonlyMap<string, DimensionModel>;
	progress: Progress;
	/** Mean of the scored topics' scores (as shown), rounded; null when none is scored. */
	overall: { score: number | null; stage: LevelValue | null };
	/** Largest gaps first, at most three. */
	gaps: DimensionModel[];
	/** Best first, at most three: above the overall mean and not among the gaps. */
	strengths: DimensionModel[];
	/** Topics with answers but too few levels to score. */
	notEnough: DimensionModel[];
	/** Questions that fit and have no level: unanswered or "don't know". */
	withoutLevel: number;
	/**
	 * The foundations that apply, each met or not on its own (not met first, then not known,
	 * then met; pack order within): the floor is not averaged away, so a topic scored 3 can
	 * still show a right that is not met.
	 */
	floor: FloorEntry[];
	sources: { consensus: number; median: number };
	/** Earlier rounds (oldest first) and this one last; empty when there is no earlier round. */
	rounds: RoundScores[];
	/** What the latest earlier round's roadmap marked done. */
	doneEarlier?: { date: string; titles: string[] };
	/** Actions any earlier round marked done, with the date of the first round that did. */
	doneActions: ReadonlyMap<string, string>;
	/** Roadmap items, by phase then order. */
	roadmap: RoadmapEntry[];
	/** People per role group (participants without a group count as "other"). */
	groupSizes: ReadonlyMap<RoleGroup, number>;
	/**
	 * Groups whose view may be shown: a group of one person only when the team chose to show
	 * single views, since its view is that person's answers.
	 */
	visibleGroups: ReadonlySet<RoleGroup>;
	/**
	 * Where service users see it differently from the organisation's own people: every topic
	 * both sides scored (largest difference first), and the questions users rate clearly lower.
	 * Empty unless both sides may be shown (see visibleGroups).
	 */
	usersView: {
		topics: { dimensionId: string; users: number; organisation: number; difference: number }[];
		questions: { questionId: string; users: number; organisation: number; difference: number }[];
	};
	/**
	 * Questions of an earlier version of the pack that this version no longer asks, with the
	 * answers given to them: kept and shown as they were, read-only, never scored.
	 */
	retired: { id: string; text: string; answers: ParticipantAnswer[] }[];
}

export interface ModelInput {
	snapshot: AssessmentSnapshot;
	pack: Pack;
	/** Earlier rounds this one re-assesses, oldest first, each with its own pack. */
	earlier?: { snapshot: AssessmentSnapshot; pack: Pack }[];
	/** Questionnaires for service users based on this pack (see CompanionProgress). */
	companions?: readonly Pack[];
}

const COUNT_LIMIT = 3;

/** One level above the score, at most 5 or the topic's ceiling for this kind of organisation. */
export function suggestedTarget(score: number, ceiling = 5): LevelValue {
	return Math.max(1, Math.min(ceiling, 5, Math.floor(score) + 1)) as LevelValue;
}

/**
 * Answers as this version of the pack asks: an answer to a question an earlier version renamed
 * counts for the new id, unless the participant also answered the new question.
 */
function currentAnswers(pack: Pack, answers: readonly Answer[]): Answer[] {
	const renamed = new Map(
		pack.retired.flatMap((r) => (r.replacedBy ? [[r.id, r.replacedBy]] : []))
	);
	if (renamed.size === 0) return [...answers];
	const given = new Set(answers.map((a) => `${a.participantId}|${a.questionId}`));
	return answers.flatMap((answer) => {
		const target = renamed.get(answer.questionId);
		if (!target) return [answer];
		return given.has(`${answer.participantId}|${target}`)
			? []
			: [{ ...answer, questionId: target }];
	});
}

type GroupLevel = { group: RoleGroup; value: number };

function questionModels(
	pack: Pack,
	profile: Profile,
	snapshot: AssessmentSnapshot,
	answers: readonly Answer[],
	sizes: ReadonlyMap<RoleGroup, number>,
	companionLevels: ReadonlyMap<string, GroupLevel[]>
): QuestionModel[] {
	const fitting = pack.dimensions.flatMap((d) => d.questions.filter((q) => appliesTo(q, profile)));
	const byKey = new Map<string, Answer>();
	for (const answer of answers) {
		byKey.set(`${answer.participantId}|${answer.questionId}`, answer);
	}
	const consensus = new Map<string, Consensus>(snapshot.consensus.map((c) => [c.questionId, c]));
	const spreads = spreadByQuestion(
		fitting.map((q) => q.id),
		answers
	);
	const numbers = new Map<string, number>();
	const groupOfParticipant = new Map(snapshot.participants.map((p) => [p.id, groupOf(p)]));
	return fitting.map((question, index) => {
		const number = (numbers.get(question.dimensionId) ?? 0) + 1;
		numbers.set(question.dimensionId, number);
		const answers = snapshot.participants.map((p): ParticipantAnswer => {
			const answer = byKey.get(`${p.id}|${question.id}`);
			return { participantId: p.id, value: answer?.value ?? null, note: answer?.note ?? '' };
		});
		const agreed = consensus.get(question.id);
		const median = teamValue(answers.map((a) => a.value));
		const levels = answers.flatMap((a): GroupLevel[] =>
			typeof a.value === 'number'
				? [{ group: groupOfParticipant.get(a.participantId)!, value: a.value }]
				: []
		);
		levels.push(...(companionLevels.get(question.id) ?? []));
		return {
			...question,
			...questionGroups(levels, sizes),
			number,
			index,
			answers,
			maxLevel: (question.ceiling?.[profile.type] ?? 5) as LevelValue,
			target: null,
			team: agreed
				? { value: agreed.value, source: 'consensus', reason: agreed.reason }
				: { value: median, source: median === undefined ? 'none' : 'median', reason: '' },
			spread: spreads.get(question.id)!
		};
	});
}

function dimensionModel(
	dimension: PackDimension,
	questions: QuestionModel[],
	snapshot: AssessmentSnapshot,
	respondedIds: ReadonlySet<string>
): DimensionModel {
	let answered = 0;
	let applicable = 0;
	let dontKnow = 0;
	let responded = 0;
	let weightSum = 0;
	let weighted = 0;
	for (const question of questions) {
		const value = question.team.value;
		if (respondedIds.has(question.id)) responded++;
		if (value === 'notApplicable') continue;
		applicable++;
		if (value === 'dontKnow') dontKnow++;
		else if (typeof value === 'number') {
			const weight = question.weight ?? 1;
			answered++;
			weightSum += weight;
			weighted += weight * value;
		}
	}
	const coverage = applicable === 0 ? 0 : answered / applicable;
	const status: DimensionStatus =
		applicable === 0
			? 'notApplicable'
			: answered > 0 && coverage >= MIN_COVERAGE
				? 'scored'
				: 'notEnough';
	const score = status === 'scored' ? roundScore(weighted / weightSum) : null;
	const set = snapshot.targets.find((t) => t.dimensionId === dimension.id);
	// A topic can go as high as its highest question allows for this kind of organisation.
	const ceiling = Math.max(2, ...questions.map((q) => q.maxLevel));
	const target = set?.target ?? (score === null ? null : suggestedTarget(score, ceiling));
	for (const question of questions) {
		question.target = target === null ? null : (Math.min(target, question.maxLevel) as LevelValue);
	}
	const topicOf = (pick: (q: QuestionModel) => number | null) => {
		const value = topicValue(
			questions
				.filter((q) => q.team.value !== 'notApplicable')
				.map((q) => ({ value: pick(q), weight: q.weight ?? 1 })),
			applicable
		);
		return value === null ? null : roundScore(value);
	};
	return {
		id: dimension.id,
		title: dimension.title,
		description: dimension.description,
		foundational: dimension.foundational,
		questions,
		status,
		score,
		answered,
		applicable,
		dontKnow,
		responded,
		coverage,
		target,
		isTargetSet: !!set,
		importance: set?.importance ?? 'medium',
		gap: score === null || target === null ? null : roundScore(Math.max(0, target - score)),
		groups: (questions[0]?.groups ?? []).map(({ group, size }) => ({
			group,
			size,
			value: topicOf((q) => q.groups.find((g) => g.group === group)?.value ?? null)
		})),
		sides: {
			users: topicOf((q) => q.sides.users),
			organisation: topicOf((q) => q.sides.organisation)
		}
	};
}

function participantProgress(
	participant: Participant,
	dimensions: DimensionModel[]
): ParticipantProgress {
	const byDimension: ParticipantProgress['byDimension'] = {};
	let answered = 0;
	let total = 0;
	let firstOpen: string | undefined;
	for (const dimension of dimensions) {
		const given = dimension.questions.filter(
			(q) => q.answers.find((a) => a.participantId === participant.id)?.value != null
		).length;
		byDimension[dimension.id] = { answered: given, total: dimension.questions.length };
		answered += given;
		total += dimension.questions.length;
		if (firstOpen === undefined && given < dimension.questions.length) firstOpen = dimension.id;
	}
	return { participant, answered, total, byDimension, firstOpen };
}

export interface Progress {
	answered: number;
	total: number;
	percent: number;
	/** The first topic with a question nobody has answered yet. */
	firstOpen?: string;
}

/**
 * Questions with any team value: somebody answered them (a level, don't know or not
 * applicable) or the team recorded an agreed level. The one definition of "answered".
 */
export function respondedQuestions(
	answers: readonly Pick<Answer, 'questionId' | 'value'>[],
	consensus: readonly Pick<Consensus, 'questionId'>[]
): Set<string> {
	const ids = new Set(consensus.map((c) => c.questionId));
	for (const answer of answers) if (answer.value !== null) ids.add(answer.questionId);
	return ids;
}

/** The team's progress over the questions that fit the organisation. */
export function teamProgress(
	pack: Pack,
	profile: Profile,
	responded: ReadonlySet<string>
): Progress {
	let answered = 0;
	let total = 0;
	let firstOpen: string | undefined;
	for (const dimension of pack.dimensions) {
		for (const question of dimension.questions) {
			if (!appliesTo(question, profile)) continue;
			total++;
			if (responded.has(question.id)) answered++;
			else firstOpen ??= dimension.id;
		}
	}
	return {
		answered,
		total,
		percent: total === 0 ? 0 : Math.round((answered / total) * 100),
		firstOpen
	};
}

function roadmapEntries(snapshot: AssessmentSnapshot, pack: Pack): RoadmapEntry[] {
	const actions = new Map((pack.actions ?? []).map((a) => [a.id, a]));
	const handbook = new Map((pack.handbook ?? []).map((e) => [e.slug, e.title]));
	return PHASES.flatMap((phase) =>
		snapshot.roadmapItems
			.filter((item) => item.phase === phase)
			.sort((a, b) => a.order - b.order)
			.map((item): RoadmapEntry => {
				const action = item.actionId ? actions.get(item.actionId) : undefined;
				return {
					item,
					action,
					// A "find out" item is titled in the reader's language by presentation/.
					title: item.title ?? action?.title ?? item.actionId ?? '',
					what: item.what ?? action?.what ?? '',
					firstStep: item.firstStep ?? action?.firstStep ?? '',
					owner: item.owner,
					ownerRole: item.owner ? undefined : action?.owner,
					dimensionId: item.dimensionId ?? action?.dimensionId,
					handbook: (action?.handbook ?? []).map((slug) => ({
						slug,
						title: handbook.get(slug) ?? slug
					})),
					reason: item.reason
				};
			})
	);
}

/** Users beside the organisation: how much lower users rate it (negative: higher). */
function difference(sides: SideBySide) {
	const { users, organisation } = sides;
	if (users === null || organisation === null) return [];
	return [{ users, organisation, difference: roundScore(organisation - users) }];
}

function usersView(
	questions: QuestionModel[],
	dimensions: DimensionModel[]
): AssessmentModel['usersView'] {
	return {
		topics: dimensions
			.flatMap((d) => difference(d.sides).map((v) => ({ dimensionId: d.id, ...v })))
			.sort((a, b) => b.difference - a.difference),
		questions: questions
			.flatMap((q) => difference(q.sides).map((v) => ({ questionId: q.id, ...v })))
			.filter((q) => q.difference >= CLEARLY_LOWER)
			.sort((a, b) => b.difference - a.difference)
	};
}

function doneActions(earlier: AssessmentModel[]): Map<string, string> {
	const done = new Map<string, string>();
	for (const round of earlier) {
		for (const item of round.snapshot.roadmapItems) {
			if (item.actionId && item.status === 'done' && !done.has(item.actionId)) {
				done.set(item.actionId, round.snapshot.assessment.date);
			}
		}
	}
	return done;
}

function overallOf(dimensions: DimensionModel[]): AssessmentModel['overall'] {
	const scores = dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
	if (scores.length === 0) return { score: null, stage: null };
	const score = roundScore(scores.reduce((a, b) => a + b, 0) / scores.length);
	return { score, stage: Math.min(5, Math.max(1, Math.floor(score))) as LevelValue };
}

function rank<T>(items: T[], compare: (a: T, b: T) => number): T[] {
	// Array.prototype.sort is stable: ties keep the pack's order.
	return [...items].sort(compare).slice(0, COUNT_LIMIT);
}

/** Whether a participant answers a questionnaire of their own rather than the team's. */
export function isCompanion(participant: Participant, snapshot: AssessmentSnapshot): boolean {
	return participant.packId !== undefined && participant.packId !== snapshot.assessment.packId;
}

/**
 * Each companion participant's level for the team's questions: the median of their answers to
 * the statements that speak to it (a statement covers base questions; so may a question of a
 * pack with a base, such as the quick check).
 */
function companionLevelsOf(
	pack: Pack,
	snapshot: AssessmentSnapshot,
	companions: { participant: Participant; pack: Pack }[]
): Map<string, GroupLevel[]> {
	const levels = new Map<string, GroupLevel[]>();
	const questions = pack.dimensions.flatMap((d) => d.questions);
	for (const { participant, pack: own } of companions) {
		const covers = new Map(
			own.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.covers ?? []] as const))
		);
		const given = snapshot.answers.flatMap((a) =>
			a.participantId === participant.id && typeof a.value === 'number' && covers.has(a.questionId)
				? [{ covers: covers.get(a.questionId)!, value: a.value }]
				: []
		);
		for (const question of questions) {
			const ids = question.covers ?? [question.id];
			const values = given.filter((g) => g.covers.some((id) => ids.includes(id)));
			if (values.length === 0) continue;
			const list = levels.get(question.id) ?? [];
			list.push({ group: groupOf(participant), value: median(values.map((v) => v.value)) });
			levels.set(question.id, list);
		}
	}
	return levels;
}

function companionProgress(
	snapshot: AssessmentSnapshot,
	participant: Participant,
	pack: Pack
): CompanionProgress {
	const profile = snapshot.assessment.organisation;
	const ids = new Set(
		pack.dimensions.flatMap((d) =>
			d.questions.filter((q) => appliesTo(q, profile)).map((q) => q.id)
		)
	);
	const answered = snapshot.answers.filter(
		(a) => a.participantId === participant.id && a.value !== null && ids.has(a.questionId)
	).length;
	return { participant, pack, answered, total: ids.size };
}

/** The model of one assessment; see the file comment. */
export function buildModel({
	snapshot,
	pack,
	earlier = [],
	companions: companionPacks = []
}: ModelInput): AssessmentModel {
	const profile = snapshot.assessment.organisation;
	const packById = new Map(companionPacks.map((p) => [p.id, p]));
	const companions = snapshot.participants.flatMap((participant) => {
		const own = isCompanion(participant, snapshot) ? packById.get(participant.packId!) : undefined;
		return own ? [{ participant, pack: own }] : [];
	});
	// Everyone who is not a companion is on the team, also one whose questionnaire is missing:
	// their answers are then simply not found among the team's questions.
	const companionIds = new Set(companions.map((c) => c.participant.id));
	const team = snapshot.participants.filter((p) => !companionIds.has(p.id));
	const teamSnapshot: AssessmentSnapshot =
		companions.length === 0
			? snapshot
			: {
					...snapshot,
					participants: team,
					answers: snapshot.answers.filter((a) => !companionIds.has(a.participantId))
				};
	const answers = currentAnswers(pack, teamSnapshot.answers);
	const sizes = groupSizes(snapshot.participants);
	const questions = questionModels(
		pack,
		profile,
		teamSnapshot,
		answers,
		sizes,
		companionLevelsOf(pack, snapshot, companions)
	);
	const responded = respondedQuestions(answers, snapshot.consensus);
	const dimensions = pack.dimensions.map((dimension) =>
		dimensionModel(
			dimension,
			questions.filter((q) => q.dimensionId === dimension.id),
			snapshot,
			responded
		)
	);
	const dimensionById = new Map(dimensions.map((d) => [d.id, d]));
	const overall = overallOf(dimensions);
	const visible = new Set(
		[...sizes]
			.filter(([, size]) => size > 1 || snapshot.assessment.showSingleViews)
			.map(([group]) => group)
	);
	const organisationSize = [...sizes].reduce((n, [g, size]) => n + (g === 'users' ? 0 : size), 0);
	const sidesVisible =
		visible.has('users') && (organisationSize > 1 || !!snapshot.assessment.showSingleViews);
	const gaps = rank(
		dimensions.filter((d) => d.gap !== null && d.gap > 0),
		(a, b) => b.gap! - a.gap!
	);
	const strengths = rank(
		dimensions.filter(
			(d) => d.score !== null && !gaps.includes(d) && d.score > (overall.score ?? Infinity)
		),
		(a, b) => b.score! - a.score!
	);
	const earlierModels = earlier.map((round) => buildModel(round));
	const latest = earlierModels.at(-1);
	const roundScores = (model: AssessmentModel, isCurrent: boolean): RoundScores => ({
		assessmentId: model.snapshot.assessment.id,
		date: model.snapshot.assessment.date,
		isCurrent,
		scores: Object.fromEntries(
			dimensions.map((d) => [d.id, model.dimensionById.get(d.id)?.score ?? null])
		)
	});
	const model: AssessmentModel = {
		snapshot,
		pack,
		isTeam: team.length > 1,
		participants: team.map((p) => participantProgress(p, dimensions)),
		companions: companions.map((c) => companionProgress(snapshot, c.participant, c.pack)),
		questions,
		questionById: new Map(questions.map((q) => [q.id, q])),
		dimensions,
		dimensionById,
		progress: teamProgress(pack, profile, responded),
		overall,
		gaps,
		strengths,
		notEnough: dimensions.filter((d) => d.status === 'notEnough'),
		withoutLevel: dimensions.reduce((n, d) => n + d.applicable - d.answered, 0),
		floor: floorOf(questions),
		sources: {
			consensus: questions.filter((q) => q.team.source === 'consensus').length,
			median: questions.filter((q) => q.team.source === 'median').length
		},
		rounds: [],
		doneActions: doneActions(earlierModels),
		doneEarlier: latest && {
			date: latest.snapshot.assessment.date,
			titles: latest.roadmap.filter((e) => e.item.status === 'done').map((e) => e.title)
		},
		roadmap: roadmapEntries(snapshot, pack),
		groupSizes: sizes,
		visibleGroups: visible,
		usersView: sidesVisible ? usersView(questions, dimensions) : { topics: [], questions: [] },
		retired: pack.retired
			.filter((r) => !r.replacedBy)
			.map((r) => ({
				id: r.id,
				text: r.text,
				answers: team.map((p) => {
					const answer = snapshot.answers.find(
						(a) => a.participantId === p.id && a.questionId === r.id
					);
					return { participantId: p.id, value: answer?.value ?? null, note: answer?.note ?? '' };
				})
			}))
			.filter((r) => r.answers.some((a) => a.value !== null || a.note))
	};
	if (earlierModels.length > 0) {
		model.rounds = [...earlierModels.map((m) => roundScores(m, false)), roundScores(model, true)];
	}
	return model;
}

function floorOf(questions: readonly QuestionModel[]): FloorEntry[] {
	return questions
		.filter((q) => q.foundation && q.team.value !== 'notApplicable')
		.map((question) => {
			const floor = Math.min(FOUNDATION_LEVEL, question.maxLevel) as LevelValue;
			const { value } = question.team;
			const status: FloorStatus =
				typeof value !== 'number' ? 'unknown' : value >= floor ? 'met' : 'notMet';
			return { question, floor, status };
		})
		.sort((a, b) => FLOOR_ORDER[a.status] - FLOOR_ORDER[b.status]);
}

const FLOOR_ORDER: Record<FloorStatus, number> = { notMet: 0, unknown: 1, met: 2 };

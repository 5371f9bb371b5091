/**
 * The tailored roadmap, built question by question.
 *
 * What goes on it:
 *   1. Foundations: a question the pack marks as a basic right or condition for taking part (a
 *      way to complain, interpreters, getting there, …) that stands below level 3 gets the
 *      actions up to level 3, its next step first of all, in Now.
 *   2. "Find out": a topic with questions the team answered "don't know" gets one item to
 *      settle them before planning on guesses.
 *   3. Priorities: topics in order of gap × importance (ties: foundational topics, then the
 *      lower score), and within a topic the lowest questions first. Every question below its
 *      target gets an action for each level step up to the target, never for a level already
 *      reached. A step gets the action tailored to the organisation's type before a generic one;
 *      an action needs its prerequisites (pulled in first unless done or already reached), and
 *      nothing done in an earlier round, or declared the same as something done or planned,
 *      is offered again.
 * Where it goes: Now (0–6 months) for foundations (their later steps up to level 3 in Now
 * or, when Now is full, Next), "find out" items and quick wins (small effort, short horizon), else the phase its horizon suggests; never before its prerequisite
 * or the step before it; the first item of each of the three top priorities in Now. When a
 * phase holds more than `perPhase` items, only the least urgent others move on (foundations,
 * "find out" and the top priorities always stay); what does not fit in Later is listed as
 * "more suggestions". Each item stores why it was chosen and placed, in numbers.
 */
import type { Importance, ItemReason, LevelValue, Phase, RoadmapItem } from './assessment.schema';
import { PHASES } from './assessment.schema';
import { CLEARLY_LOWER } from './groups';
import { roundScore, type AssessmentModel, type DimensionModel, type QuestionModel } from './model';
import type { PackAction } from './pack';
import type { Effort, Horizon } from './vocabulary';

export interface RoadmapOptions {
	/** About this many generated items per phase (foundations and top priorities may exceed it). */
	perPhase: number;
}

export const DEFAULT_ROADMAP_OPTIONS: RoadmapOptions = { perPhase: 5 };

const IMPORTANCE_WEIGHT: Record<Importance, number> = { low: 1, medium: 2, high: 3 };
/** A topic that service users rate clearly lower than the organisation moves up by this much. */
export const USERS_NUDGE = 1.5;
const HORIZON_PHASE: Record<Horizon, number> = { short: 0, medium: 1, long: 2 };
const EFFORT_RANK: Record<Effort, number> = { small: 0, medium: 1, large: 2 };
/**
 * A question that stands for several rights (a quick check) gets up to this many first steps a
 * step towards the floor; any other question one action a step.
 */
const RIGHTS_PER_COVERING_STEP = 2;

/** One item of a fresh plan. */
export interface PlannedItem {
	/** The action's id, or `find-out:<dimension>` for a "find out" item. */
	key: string;
	actionId?: string;
	kind?: 'findOut';
	dimensionId: string;
	phase: Phase;
	reason: ItemReason;
}

export interface GeneratedRoadmap {
	/** By phase, most urgent first. */
	items: PlannedItem[];
	/** Relevant actions that did not fit in any phase, most urgent first, then other ways to take
	 * steps the roadmap already covers. */
	overflow: PlannedItem[];
	/** Topics with a gap, in priority order (gap × importance). */
	priorities: { dimensionId: string; priority: number }[];
}

/**
 * Orders topics by priority: gap to target × importance. Ties go to foundational topics
 * (leadership, culture), then to the lower score, then to the pack's order.
 */
export function prioritise(
	dimensions: readonly DimensionModel[],
	usersLower: ReadonlySet<string> = new Set()
): { dimension: DimensionModel; priority: number }[] {
	return dimensions
		.flatMap((dimension, index) =>
			dimension.gap === null
				? []
				: [
						{
							dimension,
							index,
							priority: roundScore(
								dimension.gap *
									IMPORTANCE_WEIGHT[dimension.importance] *
									(usersLower.has(dimension.id) ? USERS_NUDGE : 1)
							)
						}
					]
		)
		.filter((d) => d.priority > 0)
		.sort(
			(a, b) =>
				b.priority - a.priority ||
				Number(b.dimension.foundational) - Number(a.dimension.foundational) ||
				a.dimension.score! - b.dimension.score! ||
				a.index - b.index
		)
		.map(({ dimension, priority }) => ({ dimension, priority }));
}

interface Draft {
	key: string;
	actionId?: string;
	kind?: 'findOut';
	dimensionId: string;
	reason: Omit<ItemReason, 'placement'>;
	/** Items that must not come later than this one. */
	after: { key: string; why: 'afterPrerequisite' | 'afterPreviousStep' }[];
	phase: number;
	placement: ItemReason['placement'];
	must: boolean;
	/** The latest phase it may be moved to when a phase is full (a right: Next at the latest). */
	latest?: number;
	/**
	 * Smaller is more urgent: must-have, step depth, the question's place in its topic (lowest
	 * first), topic rank, creation. Breadth first: every topic's first step before any second.
	 */
	urgency: number[];
}

const OVERFLOW = 3;

function compareUrgency(a: Draft, b: Draft): number {
	for (let i = 0; i < a.urgency.length; i++) {
		const d = a.urgency[i]! - b.urgency[i]!;
		if (d !== 0) return d;
	}
	return 0;
}

function withoutActions(packId: string): never {
	throw new Error(`Pack ${packId} was loaded without its actions`);
}

/** The plan for an assessment; the same model always gives the same plan. */
export function generateRoadmap(
	model: AssessmentModel,
	options: RoadmapOptions = DEFAULT_ROADMAP_OPTIONS
): GeneratedRoadmap {
	const orgType = model.snapshot.assessment.organisation.type;
	// Without them the plan would be empty, and saving it would throw the team's plan away.
	const actions = model.pack.actions ?? withoutActions(model.pack.id);
	const byId = new Map(actions.map((a) => [a.id, a]));
	const order = new Map(actions.map((a, i) => [a.id, i]));
	const fits = (a: PackAction) => !a.orgTypes || a.orgTypes.includes(orgType);
	// A generic action gives way to one tailored to this kind of organisation.
	const replaced = new Set(actions.filter((a) => a.replaces && fits(a)).map((a) => a.replaces!));
	const family = (a: PackAction) => [a.id, ...(a.sameAs ?? [])];
	const isDone = (a: PackAction) => family(a).some((id) => model.doneActions.has(id));
	const keyOf = new Map<string, string>();
	const taken = (a: PackAction) => family(a).find((id) => keyOf.has(id));

	// Levels reached, for prerequisites: a base question takes the level of the question covering it.
	const levelOf = new Map<string, number>();
	for (const q of model.questions) {
		if (typeof q.team.value !== 'number') continue;
		for (const id of [q.id, ...(q.covers ?? [])]) {
			levelOf.set(id, Math.max(levelOf.get(id) ?? 0, q.team.value));
		}
	}
	const reached = (a: PackAction) => a.questions.every((id) => (levelOf.get(id) ?? 0) >= a.to);

	// Where service users rate a topic clearly lower than the organisation, it moves up.
	const usersLower = new Map(
		model.usersView.topics
			.filter((t) => t.difference >= CLEARLY_LOWER)
			.map((t) => [t.dimensionId, { users: t.users, organisation: t.organisation }])
	);
	const ranked = prioritise(model.dimensions, new Set(usersLower.keys()));
	const rankOf = new Map(ranked.map((r, i) => [r.dimension.id, i + 1]));
	const drafts: Draft[] = [];
	let seq = 0;

	const topicReason = (dimensionId: string) => {
		const d = model.dimensionById.get(dimensionId);
		return {
			dimensionId,
			score: d?.score ?? null,
			target: d?.target ?? null,
			importance: d?.importance ?? ('medium' as const),
			...(rankOf.has(dimensionId) ? { rank: rankOf.get(dimensionId)! } : {}),
			...(usersLower.has(dimensionId) ? { usersView: usersLower.get(dimensionId)! } : {})
		};
	};
	const questionReason = (q: QuestionModel, target?: LevelValue) => ({
		id: q.id,
		value: q.team.value as number | 'dontKnow',
		...(target ? { target } : {})
	});

	function addAction(
		action: PackAction,
		rule: ItemReason['rule'],
		context: {
			question?: QuestionModel;
			target?: LevelValue;
			neededBy?: string;
			/** The question's place among its topic's questions, lowest first. */
			position?: number;
			/** A later step of a right: wanted now, and never later than Next. */
			right?: boolean;
		},
		must: boolean,
		depth: number,
		after: Draft['after'],
		visiting = new Set<string>()
	): string {
		const existing = taken(action);
		if (existing) return keyOf.get(existing)!;
		visiting.add(action.id);
		const prerequisites: Draft['after'] = [];
		for (const id of action.requires ?? []) {
			const required = byId.get(id);
			if (!required || visiting.has(id) || isDone(required) || reached(required)) continue;
			const key = addAction(
				required,
				'prerequisite',
				{ neededBy: action.id },
				must,
				depth,
				[],
				visiting
			);
			prerequisites.push({ key, why: 'afterPrerequisite' });
		}
		const topic = model.dimensionById.get(action.dimensionId);
		const dimensionId = context.question?.dimensionId ?? action.dimensionId;
		const natural =
			must || context.right || (action.effort === 'small' && action.horizon === 'short')
				? 0
				: HORIZON_PHASE[action.horizon];
		const questions = context.question
			? [questionReason(context.question, context.target)]
			: (topic?.questions ?? [])
					.filter((q) => action.questions.includes(q.id) && typeof q.team.value === 'number')
					.map((q) => questionReason(q, q.target ?? undefined));
		drafts.push({
			key: action.id,
			actionId: action.id,
			dimensionId,
			reason: {
				rule,
				...topicReason(dimensionId),
				questions,
				step: [action.from as LevelValue, action.to as LevelValue],
				...(context.neededBy ? { neededBy: context.neededBy } : {})
			},
			after: [...prerequisites, ...after],
			phase: natural,
			...(context.right ? { latest: 1 } : {}),
			placement:
				(must || context.right) && rule === 'foundation'
					? 'foundation'
					: natural === 0 && !must
						? 'quickWin'
						: 'horizon',
			must,
			urgency: [
				must ? 0 : context.right ? 1 : 3,
				depth,
				context.position ?? 0,
				rankOf.get(dimensionId) ?? 99,
				seq++
			]
		});
		keyOf.set(action.id, action.id);
		return action.id;
	}

	/** Other ways to take a step that has its action: offered under "more suggestions". */
	const alternatives: { action: PackAction; question: QuestionModel; target: LevelValue }[] = [];

	/** Tailored to this kind of organisation first, then the least effort, then the pack's order. */
	const byFit = (a: PackAction, b: PackAction) =>
		Number(!a.orgTypes) - Number(!b.orgTypes) ||
		EFFORT_RANK[a.effort] - EFFORT_RANK[b.effort] ||
		order.get(a.id)! - order.get(b.id)!;

	/**
	 * The best actions for one level step of a question. A question that stands for several
	 * gets one action a step, the best of the questions it stands for: a small team asked at once
	 * for a panel and for seats at the board asks the same few people twice. Towards the rights
	 * floor each right it stands for gets its first step, up to RIGHTS_PER_COVERING_STEP. The
	 * rest are further suggestions.
	 */
	function pick(
		question: QuestionModel,
		from: number,
		target: LevelValue,
		forRights: boolean
	): PackAction[] {
		const best: PackAction[] = [];
		for (const slot of question.covers ?? [question.id]) {
			const options = actions.filter(
				(a) =>
					a.questions.includes(slot) &&
					a.from === from &&
					fits(a) &&
					!replaced.has(a.id) &&
					!isDone(a)
			);
			// One planned action per step is enough.
			if (options.some((a) => taken(a))) continue;
			const [first, ...others] = options.sort(byFit);
			if (first) best.push(first);
			others.forEach((action) => alternatives.push({ action, question, target }));
		}
		const ranked = forRights ? best : best.sort(byFit);
		const limit = question.covers && forRights ? RIGHTS_PER_COVERING_STEP : 1;
		ranked.slice(limit).forEach((action) => alternatives.push({ action, question, target }));
		return ranked.slice(0, limit);
	}

	/**
	 * Actions for each step of a question from its level up to `target`, chained in order.
	 * `mustStart` (a foundation): the first step is a must for Now, and the later steps up to
	 * the target are wanted now too and never pushed past Next, so that a right is met within
	 * eighteen months whatever else competes.
	 */
	function climb(
		question: QuestionModel,
		target: number,
		rule: ItemReason['rule'],
		mustStart: boolean,
		position = 0
	) {
		const value = question.team.value as number;
		let previous: string[] = [];
		for (let from = Math.floor(value), depth = 0; from < target; from++, depth++) {
			const keys = pick(question, from, target as LevelValue, mustStart).map((action) =>
				addAction(
					action,
					rule,
					{ question, target: target as LevelValue, position, right: mustStart && depth > 0 },
					mustStart && depth === 0,
					depth,
					previous.map((key) => ({ key, why: 'afterPreviousStep' as const }))
				)
			);
			if (keys.length > 0) previous = keys;
		}
	}

	const levelled = (q: QuestionModel) => typeof q.team.value === 'number';

	// 1. Foundations below their floor (level 3).
	for (const { question, floor, status } of model.floor) {
		if (status === 'notMet') climb(question, floor, 'foundation', true);
	}

	// 2. One "find out" item per topic with "don't know" answers.
	for (const dimension of model.dimensions) {
		const unknown = dimension.questions.filter((q) => q.team.value === 'dontKnow');
		if (unknown.length === 0) continue;
		drafts.push({
			key: `find-out:${dimension.id}`,
			kind: 'findOut',
			dimensionId: dimension.id,
			reason: {
				rule: 'findOut',
				...topicReason(dimension.id),
				questions: unknown.map((q) => questionReason(q))
			},
			after: [],
			phase: 0,
			placement: 'findOut',
			must: true,
			urgency: [1, 0, 0, rankOf.get(dimension.id) ?? 99, seq++]
		});
	}

	// 3. Every question below its target: topics by priority, then those without a gap.
	const topics = [
		...ranked.map((r) => r.dimension),
		...model.dimensions.filter((d) => !rankOf.has(d.id) && d.target !== null)
	];
	for (const dimension of topics) {
		const questions = dimension.questions
			.filter((q) => levelled(q) && q.target !== null && (q.team.value as number) < q.target)
			.sort((a, b) => (a.team.value as number) - (b.team.value as number) || a.index - b.index);
		questions.forEach((question, position) =>
			climb(question, question.target!, 'priority', false, position)
		);
	}

	place(
		drafts,
		ranked.slice(0, 3).map((r) => r.dimension.id),
		options.perPhase
	);
	const offered = new Set<string>();
	const extra = alternatives
		.filter(({ action }) => !taken(action) && !offered.has(action.id) && offered.add(action.id))
		.map(({ action, question, target }): PlannedItem => ({
			key: action.id,
			actionId: action.id,
			dimensionId: question.dimensionId,
			phase: 'later',
			reason: {
				rule: 'priority',
				placement: 'alternative',
				...topicReason(question.dimensionId),
				questions: [questionReason(question, target)],
				step: [action.from as LevelValue, action.to as LevelValue]
			}
		}));
	const placed = [...drafts].sort((a, b) => a.phase - b.phase || compareUrgency(a, b));
	const toItem = (d: Draft): PlannedItem => ({
		key: d.key,
		...(d.actionId ? { actionId: d.actionId } : {}),
		...(d.kind ? { kind: d.kind } : {}),
		dimensionId: d.dimensionId,
		phase: PHASES[Math.min(d.phase, 2)]!,
		reason: { ...d.reason, placement: d.placement }
	});
	return {
		items: placed.filter((d) => d.phase < OVERFLOW).map(toItem),
		overflow: [...placed.filter((d) => d.phase >= OVERFLOW).map(toItem), ...extra],
		priorities: ranked.map(({ dimension, priority }) => ({ dimensionId: dimension.id, priority }))
	};
}

/** Phases: constraints first, the top priorities in Now, then each phase's cap. */
function place(drafts: Draft[], topIds: string[], perPhase: number) {
	const byKey = new Map(drafts.map((d) => [d.key, d]));
	// Drafts are created after what they depend on, so one pass in creation order settles them.
	const settle = () => {
		for (const draft of [...drafts].sort((a, b) => a.urgency[4]! - b.urgency[4]!)) {
			for (const { key, why } of draft.after) {
				const before = byKey.get(key)!.phase;
				if (before > draft.phase) {
					draft.phase = before;
					if (draft.placement !== 'capacity') draft.placement = why;
				}
			}
		}
	};
	settle();

	// Each of the three top priorities starts now: its most urgent item, with what it needs.
	// Its reason says so, also where it was in Now already: kept there beyond the phase's room,
	// it is not one of the optional items the cap is for.
	const pull = (draft: Draft) => {
		if (draft.placement !== 'foundation' && draft.placement !== 'findOut') {
			draft.placement = 'topPriority';
		}
		draft.phase = 0;
		draft.must = true;
		draft.urgency[0] = Math.min(draft.urgency[0]!, 2);
		draft.after.forEach(({ key }) => pull(byKey.get(key)!));
	};
	for (const id of topIds) {
		const own = drafts
			.filter((d) => d.dimensionId === id && d.reason.rule !== 'prerequisite')
			.sort(compareUrgency);
		// Already starting now: keep it there, with what it needs, whatever else competes for
		// the phase (a step it waits for, bumped to Next for room, would take it along).
		const first = own.find((d) => d.phase === 0) ?? own[0];
		if (first) pull(first);
	}

	for (let phase = 0; phase < OVERFLOW; phase++) {
		const here = drafts.filter((d) => d.phase === phase).sort(compareUrgency);
		const stays = (d: Draft) => d.must || (d.latest !== undefined && d.latest <= phase);
		const room = Math.max(0, perPhase - here.filter(stays).length);
		for (const draft of here.filter((d) => !stays(d)).slice(room)) {
			draft.phase = phase + 1;
			draft.placement = 'capacity';
		}
		settle();
	}
}

/** The key a stored item is matched by when the roadmap is updated: its action, or its "find out" topic. */
export function itemKey(item: RoadmapItem): string | undefined {
	if (item.actionId) return item.actionId;
	return item.kind === 'findOut' ? `find-out:${item.dimensionId}` : undefined;
}

/**
 * Brings a fresh plan into the stored roadmap without losing the team's work: items the team
 * edited or wrote stay exactly as they are; untouched generated items are replaced by the
 * fresh plan (keeping their ids), and newly relevant ones are added.
 */
export function mergeRoadmap(
	existing: readonly RoadmapItem[],
	fresh: readonly PlannedItem[],
	context: { assessmentId: string; newId: () => string; now: number }
): RoadmapItem[] {
	const isGenerated = (item: RoadmapItem) => itemKey(item) !== undefined && !item.edited;
	const kept = existing.filter((item) => !isGenerated(item));
	const keptKeys = new Set(kept.map(itemKey));
	const previous = new Map(existing.filter(isGenerated).map((i) => [itemKey(i)!, i]));
	const order = new Map<Phase, number>(
		PHASES.map((phase) => [
			phase,
			Math.max(-1, ...kept.filter((i) => i.phase === phase).map((i) => i.order)) + 1
		])
	);
	const added = fresh
		.filter((planned) => !keptKeys.has(planned.key))
		.map((planned): RoadmapItem => {
			const before = previous.get(planned.key);
			const position = order.get(planned.phase)!;
			order.set(planned.phase, position + 1);
			return {
				id: before?.id ?? context.newId(),
				assessmentId: context.assessmentId,
				...(planned.actionId ? { actionId: planned.actionId } : {}),
				...(planned.kind ? { kind: planned.kind } : {}),
				dimensionId: planned.dimensionId,
				reason: planned.reason,
				phase: planned.phase,
				order: position,
				status: 'planned',
				note: '',
				edited: false,
				createdAt: before?.createdAt ?? context.now,
				updatedAt: context.now
			};
		});
	return [...kept, ...added];
}

/**
 * A short fingerprint of everything a plan is made from: the organisation's type, the pack,
 * each question's team value, each topic's target and importance, what earlier rounds did and
 * the items per phase. Stored with the roadmap; when it differs, the roadmap is out of date.
 */
export function roadmapBasis(model: AssessmentModel, options: RoadmapOptions): string {
	const { organisation, packId, packVersion } = model.snapshot.assessment;
	const text = JSON.stringify([
		organisation.type,
		organisation.size ?? '',
		packId,
		packVersion,
		options.perPhase,
		model.questions.map((q) => [q.id, q.team.value ?? null]),
		model.dimensions.map((d) => [d.id, d.target, d.importance]),
		[...model.doneActions.keys()].sort()
	]);
	// FNV-1a: a stable, fast hash; this is a change detector, not a security measure.
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `1-${hash.toString(16).padStart(8, '0')}-${text.length}`;
}

export type MoveDirection = 'up' | 'down' | 'earlier' | 'later';

/**
 * Moves an item one place up or down in its phase, or to the end of the phase before or after.
 * Returns the items whose phase or order changed (the moved one marked as edited) and where the
 * item ended up (1-based), or undefined when it cannot move that way.
 */
export function moveRoadmapItem(
	items: readonly RoadmapItem[],
	id: string,
	direction: MoveDirection,
	now: number
): { changed: RoadmapItem[]; phase: Phase; position: number } | undefined {
	const item = items.find((i) => i.id === id);
	if (!item) return undefined;
	const columns = PHASES.map((phase) =>
		items.filter((i) => i.phase === phase).sort((a, b) => a.order - b.order)
	);
	const from = PHASES.indexOf(item.phase);
	const column = columns[from]!;
	const index = column.indexOf(item);
	let to = from;
	if (direction === 'up' || direction === 'down') {
		const swap = index + (direction === 'up' ? -1 : 1);
		if (swap < 0 || swap >= column.length) return undefined;
		[column[index], column[swap]] = [column[swap]!, column[index]!];
	} else {
		to = from + (direction === 'earlier' ? -1 : 1);
		if (to < 0 || to >= PHASES.length) return undefined;
		column.splice(index, 1);
		columns[to]!.push(item);
	}
	const changed = columns.flatMap((list, p) =>
		list.flatMap((i, order) => {
			const moved = i.id === id;
			if (!moved && i.order === order && i.phase === PHASES[p]) return [];
			return [
				{ ...i, phase: PHASES[p]!, order, ...(moved ? { edited: true, updatedAt: now } : {}) }
			];
		})
	);
	return { changed, phase: PHASES[to]!, position: columns[to]!.indexOf(item) + 1 };
}

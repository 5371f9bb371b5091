import type { Importance, Phase, RoadmapItem } from './assessment.schema';
import { PHASES } from './assessment.schema';
import type { DimensionModel } from './model';
import { levelSteps } from './model';
import type { Action } from './pack.schema';
import type { Horizon, OrgType } from './vocabulary';

export interface RoadmapOptions {
	/** At most this many generated items per phase. */
	perPhase: number;
	/** At most this many actions for one level step of one dimension. */
	perStep: number;
}

export const DEFAULT_ROADMAP_OPTIONS: RoadmapOptions = { perPhase: 5, perStep: 2 };

const IMPORTANCE_WEIGHT: Record<Importance, number> = { low: 1, medium: 2, high: 3 };
const HORIZON_PHASE: Record<Horizon, number> = { short: 0, medium: 1, long: 2 };

/** Why a dimension is on the roadmap, in numbers the UI puts into words. */
export interface Reason {
	dimensionId: string;
	current: number;
	target: number;
	importance: Importance;
	/** Level steps between current and target, e.g. [[2, 3], [3, 4]]. */
	steps: [number, number][];
}

export interface PlannedAction {
	actionId: string;
	dimensionId: string;
	phase: Phase;
	reason: Reason;
}

export interface GeneratedRoadmap {
	items: PlannedAction[];
	/** Relevant actions that did not fit in any phase, in priority order. */
	overflow: PlannedAction[];
	/** Dimensions in priority order, with their priority (gap × importance). */
	priorities: { dimensionId: string; priority: number }[];
}

/**
 * Orders dimensions by priority: gap to target × importance. Ties go to foundational
 * dimensions (leadership, culture), then to the lower current score, then to pack order.
 */
export function prioritise(
	dimensions: readonly DimensionModel[]
): { dimension: DimensionModel; priority: number }[] {
	return dimensions
		.flatMap((dimension, index) =>
			dimension.gap === null
				? []
				: [{ dimension, index, priority: dimension.gap * IMPORTANCE_WEIGHT[dimension.importance] }]
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

/** Whether an action moves a dimension between its current level and its target. */
export function isRelevant(
	action: Action,
	current: number,
	target: number,
	orgType: OrgType
): boolean {
	if (action.orgTypes && !action.orgTypes.includes(orgType)) return false;
	// "to ≤ current" would be an action for a level already reached.
	return action.to > current && action.from < target && action.from >= Math.floor(current);
}

/**
 * The tailored roadmap. For each dimension in priority order, actions are taken step by step
 * (current level → target), at most `perStep` per step, and placed in the earliest phase their
 * horizon allows, never before the phase of the previous step's actions and never in a full
 * phase. The same inputs always give the same roadmap.
 */
export function generateRoadmap(
	dimensions: readonly DimensionModel[],
	actions: readonly Action[],
	orgType: OrgType,
	options: RoadmapOptions = DEFAULT_ROADMAP_OPTIONS
): GeneratedRoadmap {
	const used = [0, 0, 0];
	const items: PlannedAction[] = [];
	const overflow: PlannedAction[] = [];
	const ranked = prioritise(dimensions);

	for (const { dimension } of ranked) {
		const current = dimension.score!;
		const target = dimension.target!;
		const steps = levelSteps(current, target);
		const reason: Reason = {
			dimensionId: dimension.id,
			current,
			target,
			importance: dimension.importance,
			steps
		};
		// The phase the previous step reached: later steps never start before it.
		let floorPhase = 0;
		for (const [from] of steps) {
			const stepActions = actions
				.filter((a) => a.dimension === dimension.id && a.from === from)
				.filter((a) => isRelevant(a, current, target, orgType))
				.slice(0, options.perStep);
			let reached = floorPhase;
			for (const action of stepActions) {
				const earliest = Math.max(HORIZON_PHASE[action.horizon], floorPhase);
				const phase = [0, 1, 2].find((p) => p >= earliest && used[p]! < options.perPhase);
				const planned = { actionId: action.id, dimensionId: dimension.id, reason };
				if (phase === undefined) {
					overflow.push({ ...planned, phase: PHASES[2] });
					continue;
				}
				used[phase]!++;
				reached = Math.max(reached, phase);
				items.push({ ...planned, phase: PHASES[phase]! });
			}
			floorPhase = reached;
		}
	}
	return {
		items,
		overflow,
		priorities: ranked.map(({ dimension, priority }) => ({ dimensionId: dimension.id, priority }))
	};
}

/**
 * Brings a fresh generation into the stored roadmap without losing the team's work: items the
 * team edited or wrote stay exactly as they are; untouched generated items are replaced by the
 * fresh plan (keeping their ids), and newly relevant actions are added.
 */
export function mergeRoadmap(
	existing: readonly RoadmapItem[],
	fresh: readonly PlannedAction[],
	context: { assessmentId: string; newId: () => string; now: number }
): RoadmapItem[] {
	const kept = existing.filter((item) => item.edited || !item.actionId);
	const keptActions = new Set(kept.map((item) => item.actionId));
	const previous = new Map(existing.filter((i) => i.actionId).map((i) => [i.actionId!, i]));
	const order = new Map<Phase, number>(
		PHASES.map((phase) => [
			phase,
			Math.max(-1, ...kept.filter((i) => i.phase === phase).map((i) => i.order)) + 1
		])
	);
	const added = fresh
		.filter((planned) => !keptActions.has(planned.actionId))
		.map((planned): RoadmapItem => {
			const before = previous.get(planned.actionId);
			const position = order.get(planned.phase)!;
			order.set(planned.phase, position + 1);
			return {
				id: before?.id ?? context.newId(),
				assessmentId: context.assessmentId,
				actionId: planned.actionId,
				dimensionId: planned.dimensionId,
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

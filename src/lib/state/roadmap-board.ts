import type { Phase, RoadmapItem } from '$lib/domain/assessment.schema';
import { newId } from '$lib/domain/new-id';
import {
	itemKey,
	mergeRoadmap,
	moveRoadmapItem,
	type MoveDirection,
	type PlannedItem
} from '$lib/domain/roadmap';
import type { OpenAssessment } from './open-assessment.svelte';

export type ItemChanges = Partial<
	Pick<RoadmapItem, 'title' | 'what' | 'firstStep' | 'owner' | 'due' | 'status' | 'note'>
>;

/**
 * What the team does to its roadmap. Every change is saved at once through the open assessment
 * and marks the item as edited, so that updating the roadmap never overwrites it.
 */
export class RoadmapBoard {
	constructor(readonly open: OpenAssessment) {}

	get items(): RoadmapItem[] {
		return this.open.snapshot.roadmapItems;
	}

	/**
	 * Brings in a fresh plan and remembers what it was made from (`basis`); returns how many
	 * items were added, or undefined if nothing could be saved.
	 */
	regenerate = async (fresh: PlannedItem[], basis: string): Promise<number | undefined> => {
		const now = Date.now();
		const replaced = await this.open.replaceRoadmap(
			(stored) => mergeRoadmap(stored, fresh, { assessmentId: this.open.id, newId, now }),
			basis
		);
		if (!replaced) return undefined;
		const before = new Set(replaced.before.map(itemKey));
		return replaced.after.filter((i) => itemKey(i) && !before.has(itemKey(i))).length;
	};

	/** Only the fields changed here are written: another tab may have changed the others. */
	update = async (id: string, changes: ItemChanges): Promise<boolean> => {
		if (!this.items.some((i) => i.id === id)) return false;
		return this.open.updateRoadmapItems([
			{ id, changes: { ...changes, edited: true, updatedAt: Date.now() } }
		]);
	};

	/** Adds the team's own item (or a suggestion they picked) at the end of a phase. */
	add = async (
		phase: Phase,
		fields: Pick<RoadmapItem, 'title' | 'actionId' | 'dimensionId' | 'kind' | 'reason'>
	): Promise<RoadmapItem | undefined> => {
		const now = Date.now();
		const item: RoadmapItem = {
			id: newId(),
			assessmentId: this.open.id,
			...fields,
			phase,
			order: this.items.filter((i) => i.phase === phase).length,
			status: 'planned',
			note: '',
			edited: true,
			createdAt: now,
			updatedAt: now
		};
		return (await this.open.addRoadmapItem(item)) ? item : undefined;
	};

	remove = (id: string): Promise<boolean> => this.open.deleteRoadmapItem(id);

	/** Moves an item (see moveRoadmapItem); returns where it ended up, if it could move. */
	move = async (id: string, direction: MoveDirection) => {
		const moved = moveRoadmapItem(this.items, id, direction, Date.now());
		// Where each item now stands; only the moved one counts as edited.
		const updates = moved?.changed.map((item) => ({
			id: item.id,
			changes:
				item.id === id
					? { phase: item.phase, order: item.order, edited: true, updatedAt: item.updatedAt }
					: { phase: item.phase, order: item.order }
		}));
		if (!moved || !(await this.open.updateRoadmapItems(updates!))) return undefined;
		return { phase: moved.phase, position: moved.position };
	};
}

import type { Phase, RoadmapItem } from '$lib/domain/assessment.schema';
import { newId } from '$lib/domain/new-id';
import {
	mergeRoadmap,
	moveRoadmapItem,
	type MoveDirection,
	type PlannedAction
} from '$lib/domain/roadmap';
import type { AssessmentStore } from '$lib/storage';

export type ItemChanges = Partial<
	Pick<RoadmapItem, 'title' | 'what' | 'firstStep' | 'owner' | 'due' | 'status' | 'note'>
>;

/**
 * The roadmap while the team works on it. Every change is saved at once and marks the item as
 * edited, so that regenerating never overwrites it.
 */
export class RoadmapBoard {
	items = $state<RoadmapItem[]>([]);
	#store: AssessmentStore;
	readonly assessmentId: string;

	constructor(store: AssessmentStore, assessmentId: string, items: RoadmapItem[]) {
		this.#store = store;
		this.assessmentId = assessmentId;
		this.items = items;
	}

	phase = (phase: Phase): RoadmapItem[] =>
		this.items.filter((i) => i.phase === phase).sort((a, b) => a.order - b.order);

	/** Regenerates from a fresh plan; returns how many items were added. */
	regenerate = async (fresh: PlannedAction[]): Promise<number> => {
		const before = this.items;
		const merged = mergeRoadmap(this.items, fresh, {
			assessmentId: this.assessmentId,
			newId,
			now: Date.now()
		});
		await this.#store.replaceRoadmap(this.assessmentId, merged);
		this.items = merged;
		return merged.filter((i) => i.actionId && !before.some((b) => b.actionId === i.actionId))
			.length;
	};

	update = async (id: string, changes: ItemChanges): Promise<void> => {
		const item = this.items.find((i) => i.id === id);
		if (!item) return;
		const next: RoadmapItem = { ...item, ...changes, edited: true, updatedAt: Date.now() };
		await this.#store.saveRoadmapItems([next]);
		this.items = this.items.map((i) => (i.id === id ? next : i));
	};

	/** Adds the team's own item (or a suggestion they picked) at the end of a phase. */
	add = async (
		phase: Phase,
		fields: { title?: string; actionId?: string; dimensionId?: string }
	) => {
		const now = Date.now();
		const item: RoadmapItem = {
			id: newId(),
			assessmentId: this.assessmentId,
			...fields,
			phase,
			order: this.phase(phase).length,
			status: 'planned',
			note: '',
			edited: true,
			createdAt: now,
			updatedAt: now
		};
		await this.#store.saveRoadmapItems([item]);
		this.items = [...this.items, item];
		return item;
	};

	remove = async (id: string): Promise<void> => {
		await this.#store.deleteRoadmapItem(this.assessmentId, id);
		this.items = this.items.filter((i) => i.id !== id);
	};

	/** Moves an item (see moveRoadmapItem); returns where it ended up, if it could move. */
	move = async (id: string, direction: MoveDirection) => {
		const moved = moveRoadmapItem(this.items, id, direction, Date.now());
		if (!moved) return undefined;
		await this.#store.saveRoadmapItems(moved.changed);
		this.items = this.items.map((i) => moved.changed.find((c) => c.id === i.id) ?? i);
		return { phase: moved.phase, position: moved.position };
	};
}

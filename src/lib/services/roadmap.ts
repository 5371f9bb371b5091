import type { AssessmentModel } from '$lib/domain/model';
import {
	DEFAULT_ROADMAP_OPTIONS,
	generateRoadmap,
	type GeneratedRoadmap,
	type RoadmapOptions
} from '$lib/domain/roadmap';
import { z } from '$lib/domain/zod-mini';
import { getStore } from '$lib/storage';

const PER_PHASE_KEY = 'roadmap.perPhase';
export const PER_PHASE_CHOICES = [3, 4, 5, 6, 8, 10] as const;

export async function loadRoadmapOptions(): Promise<RoadmapOptions> {
	const perPhase = await getStore().getSetting(PER_PHASE_KEY, z.int().check(z.gte(1), z.lte(20)));
	return { ...DEFAULT_ROADMAP_OPTIONS, perPhase: perPhase ?? DEFAULT_ROADMAP_OPTIONS.perPhase };
}

export async function savePerPhase(perPhase: number): Promise<void> {
	await getStore().setSetting(PER_PHASE_KEY, perPhase);
}

/** The fresh plan for an assessment from its current answers, targets and earlier rounds. */
export function planFor(model: AssessmentModel, options: RoadmapOptions): GeneratedRoadmap {
	return generateRoadmap(model, options);
}

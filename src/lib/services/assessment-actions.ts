/** What the home page's buttons do to stored assessments. */
import { findManifest } from '$lib/content/packs';
import { copySnapshot, nextRound } from '$lib/domain/assessment-ops';
import type { AssessmentSnapshot } from '$lib/domain/assessment.schema';
import { newId } from '$lib/domain/new-id';
import { getStore, type NewAssessment, type NewParticipant } from '$lib/storage';
import { today } from './dates';

async function snapshot(id: string): Promise<AssessmentSnapshot> {
	const data = await getStore().getAssessment(id);
	if (!data) throw new Error(`No assessment ${id}`);
	return data;
}

/** Deletes an assessment and returns a function that puts it back exactly as it was. */
export async function deleteWithUndo(id: string): Promise<() => Promise<void>> {
	const saved = await snapshot(id);
	await getStore().deleteAssessment(id);
	return () => getStore().putSnapshot(saved);
}

export async function duplicateAssessment(id: string, label: string): Promise<AssessmentSnapshot> {
	const copy = copySnapshot(await snapshot(id), newId, { label, now: Date.now() });
	await getStore().putSnapshot(copy);
	return copy;
}

/** Starts a new round linked to this one, on the pack's current version. */
export async function reassess(id: string, locale: string): Promise<AssessmentSnapshot> {
	const previous = await snapshot(id);
	const round = nextRound(previous, newId, {
		date: today(),
		packVersion:
			(await findManifest(previous.assessment.packId))?.version ?? previous.assessment.packVersion,
		locale,
		now: Date.now()
	});
	await getStore().putSnapshot(round);
	return round;
}

export async function renameAssessment(id: string, label: string): Promise<void> {
	await getStore().updateAssessment(id, { label: label.trim() || undefined });
}

export function createAssessment(input: NewAssessment, people: NewParticipant[]) {
	return getStore().createAssessment(input, people);
}

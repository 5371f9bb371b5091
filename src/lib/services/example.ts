import { loadPack } from '$lib/content/packs';
import type { Assessment } from '$lib/domain/assessment.schema';
import { newId } from '$lib/domain/new-id';
import { buildExample } from '$lib/example/build-example';
import { EXAMPLE_TEXTS } from '$lib/example/texts';
import { getStore, type AssessmentData } from '$lib/storage';
import { today } from './dates';

export const EXAMPLE_PACK = 'empowerment';

async function storedExamples(): Promise<Assessment[]> {
	const { assessments } = await getStore().listAssessments();
	return assessments.map((a) => a.assessment).filter((a) => a.isExample);
}

/**
 * The example's current round (the workshop), stored the first time only: a second "Try the
 * example" opens the one already there, with whatever the user changed in it.
 */
export async function openExample(locale: string): Promise<string> {
	const stored = await storedExamples();
	const current = stored.find((a) => stored.some((b) => b.id === a.previousId)) ?? stored[0];
	if (current) return current.id;
	const pack = await loadPack(EXAMPLE_PACK, locale);
	if (!pack) throw new Error(`The example needs the ${EXAMPLE_PACK} pack`);
	const [previous, made] = buildExample({
		pack,
		texts: EXAMPLE_TEXTS[locale] ?? EXAMPLE_TEXTS.en!,
		locale,
		today: today(),
		now: Date.now(),
		newId
	});
	// The earlier round first, so that the list shows the current one on top.
	await getStore().putSnapshot(previous);
	await getStore().putSnapshot({
		...made,
		assessment: { ...made.assessment, updatedAt: Date.now() + 1 }
	});
	return made.assessment.id;
}

/** Removes every round of the example; returns a function that puts them back as they were. */
export async function removeExample(): Promise<() => Promise<void>> {
	const store = getStore();
	const ids = (await storedExamples()).map((a) => a.id);
	const saved = await Promise.all(ids.map((id) => store.getAssessment(id)));
	for (const id of ids) await store.deleteAssessment(id);
	return () => store.putSnapshots(saved.filter((s): s is AssessmentData => s !== undefined));
}

import { loadPack } from '$lib/content/packs';
import type { AssessmentSnapshot } from '$lib/domain/assessment.schema';
import type { Results } from '$lib/domain/results';
import { resultsOf } from './assessment-page';
import { getStore } from '$lib/storage';

export interface Round {
	snapshot: AssessmentSnapshot;
	results: Results;
}

const MAX_ROUNDS = 10;

/** The earlier rounds this assessment re-assesses, oldest first, each scored with its own pack. */
export async function loadEarlierRounds(
	current: AssessmentSnapshot,
	locale: string
): Promise<Round[]> {
	const rounds: Round[] = [];
	const seen = new Set([current.assessment.id]);
	let previousId = current.assessment.previousId;
	while (previousId && !seen.has(previousId) && rounds.length < MAX_ROUNDS) {
		seen.add(previousId);
		// A damaged or deleted earlier round ends the chain rather than the page.
		const snapshot = await getStore()
			.getAssessment(previousId)
			.catch(() => undefined);
		const pack = snapshot && (await loadPack(snapshot.assessment.packId, locale));
		if (!snapshot || !pack) break;
		rounds.unshift({ snapshot, results: resultsOf(snapshot, pack) });
		previousId = snapshot.assessment.previousId;
	}
	return rounds;
}

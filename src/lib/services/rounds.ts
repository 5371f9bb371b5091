import { loadPack } from '$lib/content/packs';
import type { AssessmentSnapshot } from '$lib/domain/assessment.schema';
import { computeResults, type Results } from '$lib/domain/results';
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
		const { assessment, answers, consensus, targets } = snapshot;
		rounds.unshift({
			snapshot,
			results: computeResults(
				pack.manifest.dimensions,
				assessment.organisation,
				answers,
				consensus,
				targets
			)
		});
		previousId = assessment.previousId;
	}
	return rounds;
}

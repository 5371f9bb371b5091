import type { AssessmentSnapshot } from './assessment.schema';

/**
 * A full copy of an assessment under new ids (for "duplicate"): every participant, answer,
 * consensus, target and roadmap item comes along, pointing at the copy.
 */
export function copySnapshot(
	source: AssessmentSnapshot,
	newId: () => string,
	changes: { label?: string; now: number }
): AssessmentSnapshot {
	const id = newId();
	const participantIds = new Map(source.participants.map((p) => [p.id, newId()]));
	return {
		assessment: {
			...source.assessment,
			id,
			label: changes.label,
			// A copy is the user's own, even when it copies the example.
			isExample: undefined,
			createdAt: changes.now,
			updatedAt: changes.now
		},
		// A copy's participants get invitations of their own, with keys of their own.
		participants: source.participants.map((p) => ({
			...p,
			secret: undefined,
			id: participantIds.get(p.id)!,
			assessmentId: id
		})),
		answers: source.answers.map((a) => ({
			...a,
			assessmentId: id,
			participantId: participantIds.get(a.participantId)!
		})),
		consensus: source.consensus.map((c) => ({ ...c, assessmentId: id })),
		targets: source.targets.map((t) => ({ ...t, assessmentId: id })),
		roadmapItems: source.roadmapItems.map((r) => ({ ...r, id: newId(), assessmentId: id }))
	};
}

/**
 * A new round of an earlier assessment ("re-assess"): same organisation, pack and team, linked
 * to the earlier round, with no answers yet.
 */
export function nextRound(
	previous: AssessmentSnapshot,
	newId: () => string,
	changes: { date: string; packVersion: string; locale: string; now: number }
): AssessmentSnapshot {
	const id = newId();
	return {
		assessment: {
			...previous.assessment,
			id,
			label: undefined,
			date: changes.date,
			packVersion: changes.packVersion,
			locale: changes.locale,
			previousId: previous.assessment.id,
			isExample: undefined,
			createdAt: changes.now,
			updatedAt: changes.now
		},
		participants: previous.participants.map((p) => ({
			...p,
			secret: undefined,
			id: newId(),
			assessmentId: id
		})),
		answers: [],
		consensus: [],
		targets: [],
		roadmapItems: []
	};
}

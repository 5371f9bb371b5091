import type {
	AnswerValue,
	AssessmentSnapshot,
	Importance,
	LevelValue,
	Organisation
} from '$lib/domain/assessment.schema';
import type { RoleGroup } from '$lib/domain/vocabulary';

export interface SnapshotSpec {
	organisation?: Partial<Organisation>;
	/** Participant ids in order; a solo assessment has one. */
	participants?: string[];
	/** Role group per participant id (none: "other"). */
	groups?: Record<string, RoleGroup>;
	/** A questionnaire for service users per participant id (none: the team's). */
	packs?: Record<string, string>;
	showSingleViews?: boolean;
	/** participant → question → value (a note may come with it as [value, note]). */
	answers?: Record<string, Record<string, AnswerValue | null | [AnswerValue | null, string]>>;
	consensus?: Record<string, AnswerValue | [AnswerValue, string]>;
	targets?: Record<string, LevelValue | [LevelValue, Importance]>;
	roadmapItems?: AssessmentSnapshot['roadmapItems'];
	id?: string;
	date?: string;
	previousId?: string;
}

/** A valid snapshot of assessment "a" (or `id`) built from a compact description. */
export function makeSnapshot(spec: SnapshotSpec = {}): AssessmentSnapshot {
	const id = spec.id ?? 'a';
	const participants = spec.participants ?? ['p'];
	return {
		assessment: {
			id,
			organisation: { name: 'Village Help', type: 'ngo', ...spec.organisation },
			packId: 'mini',
			packVersion: '1.0.0',
			locale: 'en',
			mode: participants.length > 1 ? 'workshop' : 'solo',
			date: spec.date ?? '2026-11-25',
			createdAt: 0,
			updatedAt: 0,
			...(spec.previousId ? { previousId: spec.previousId } : {}),
			...(spec.showSingleViews ? { showSingleViews: true } : {})
		},
		participants: participants.map((pid, order) => ({
			id: pid,
			assessmentId: id,
			name: `Person ${pid}`,
			...(spec.groups?.[pid] ? { group: spec.groups[pid] } : {}),
			...(spec.packs?.[pid] ? { packId: spec.packs[pid] } : {}),
			order
		})),
		answers: Object.entries(spec.answers ?? {}).flatMap(([participantId, byQuestion]) =>
			Object.entries(byQuestion).map(([questionId, given]) => {
				const [value, note] = Array.isArray(given) ? given : [given, ''];
				return { assessmentId: id, participantId, questionId, value, note, updatedAt: 0 };
			})
		),
		consensus: Object.entries(spec.consensus ?? {}).map(([questionId, given]) => {
			const [value, reason] = Array.isArray(given) ? given : [given, ''];
			return { assessmentId: id, questionId, value, reason, updatedAt: 0 };
		}),
		targets: Object.entries(spec.targets ?? {}).map(([dimensionId, given]) => {
			const [target, importance] = Array.isArray(given) ? given : [given, 'medium' as const];
			return { assessmentId: id, dimensionId, target, importance, updatedAt: 0 };
		}),
		roadmapItems: spec.roadmapItems ?? []
	};
}

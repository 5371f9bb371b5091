import { loadPack, type LoadedPack } from '$lib/content/packs';
import type { Assessment } from '$lib/domain/assessment.schema';
import { applicableQuestions } from '$lib/domain/scoring';
import { m } from '$lib/paraglide/messages';
import { getStore } from '$lib/storage';

export interface AssessmentRow {
	assessment: Assessment;
	/** The round's own label, or the organisation's name. */
	name: string;
	packTitle: string;
	answered: number;
	total: number;
}

export function displayName(assessment: Assessment): string {
	if (assessment.label) return assessment.label;
	if (assessment.mode === 'response') {
		return m.home_response_for({ organisation: assessment.organisation.name });
	}
	return assessment.organisation.name;
}

/** The home page's list: every stored assessment with its pack title and progress. */
export async function loadAssessmentRows(
	locale: string
): Promise<{ rows: AssessmentRow[]; unreadable: number }> {
	const { assessments, unreadable } = await getStore().listAssessments();
	const packs = new Map<string, Promise<LoadedPack | undefined>>();
	const rows = await Promise.all(
		assessments.map(async ({ assessment, answeredQuestions }) => {
			if (!packs.has(assessment.packId))
				packs.set(assessment.packId, loadPack(assessment.packId, locale));
			const pack = await packs.get(assessment.packId);
			const total = pack
				? applicableQuestions(pack.manifest.dimensions, assessment.organisation).length
				: 0;
			return {
				assessment,
				name: displayName(assessment),
				packTitle: pack?.title ?? assessment.packId,
				answered: Math.min(answeredQuestions, total),
				total
			};
		})
	);
	return { rows, unreadable };
}

import { loadPack } from '$lib/content/packs';
import type { Assessment } from '$lib/domain/assessment.schema';
import { teamProgress, type Progress } from '$lib/domain/model';
import type { Pack } from '$lib/domain/pack';
import { displayName } from '$lib/presentation/names';
import { getStore } from '$lib/storage';

export interface AssessmentRow {
	assessment: Assessment;
	/** The round's own label, or the organisation's name. */
	name: string;
	packTitle: string;
	progress: Progress;
}

/** The home page's list: every stored assessment with its pack title and progress. */
export async function loadAssessmentRows(
	locale: string
): Promise<{ rows: AssessmentRow[]; unreadable: number }> {
	const { assessments, unreadable } = await getStore().listAssessments();
	const packs = new Map<string, Promise<Pack | undefined>>();
	const rows = await Promise.all(
		assessments.map(async ({ assessment, respondedQuestionIds }) => {
			if (!packs.has(assessment.packId))
				packs.set(assessment.packId, loadPack(assessment.packId, locale, { roadmap: false }));
			const pack = await packs.get(assessment.packId);
			return {
				assessment,
				name: displayName(assessment),
				packTitle: pack?.title ?? assessment.packId,
				progress: pack
					? teamProgress(pack, assessment.organisation, new Set(respondedQuestionIds))
					: { answered: 0, total: 0, percent: 0 }
			};
		})
	);
	return { rows, unreadable };
}

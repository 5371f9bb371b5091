import { getLocale } from '$lib/i18n';
import { loadAssessmentPage } from '$lib/services/assessment-page';
import { loadEarlierRounds } from '$lib/services/rounds';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const data = await loadAssessmentPage(params.id, getLocale());
	return { ...data, rounds: await loadEarlierRounds(data, getLocale()) };
};

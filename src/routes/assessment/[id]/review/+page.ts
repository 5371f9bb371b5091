import { getLocale } from '$lib/i18n';
import { isPassing, loadAssessmentPage, pickParticipant } from '$lib/services/assessment-page';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
	const data = await loadAssessmentPage(params.id, getLocale());
	return {
		...data,
		participant: pickParticipant(data.participants, url.searchParams.get('as')),
		isPassing: isPassing(url)
	};
};

import { getLocale } from '$lib/i18n';
import { loadAssessmentPage } from '$lib/services/assessment-page';
import { loadRoadmapOptions } from '$lib/services/roadmap';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => ({
	...(await loadAssessmentPage(params.id, getLocale())),
	options: await loadRoadmapOptions()
});

import { getLocale } from '$lib/i18n';
import { loadAssessmentPage } from '$lib/services/assessment-page';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => loadAssessmentPage(params.id, getLocale());

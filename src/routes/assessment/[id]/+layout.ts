import { getLocale } from '$lib/i18n';
import { openAssessment } from '$lib/services/open-assessment';
import type { LayoutLoad } from './$types';

// Loaded once for every page of the assessment; the pages share the open assessment, which
// keeps itself in step with what they write.
export const load: LayoutLoad = async ({ params }) => ({
	open: await openAssessment(params.id, getLocale())
});

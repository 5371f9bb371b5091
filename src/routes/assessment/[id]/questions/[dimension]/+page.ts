import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { isPassing, loadAssessmentPage, pickParticipant } from '$lib/services/assessment-page';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
	const data = await loadAssessmentPage(params.id, getLocale());
	const index = data.pack.manifest.dimensions.findIndex((d) => d.id === params.dimension);
	if (index < 0) error(404, { message: m.error_not_found() });
	const participant = pickParticipant(data.participants, url.searchParams.get('as'));
	return { ...data, index, participant, isPassing: isPassing(url) };
};

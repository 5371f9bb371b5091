import { getLocale } from '$lib/i18n';
import { withRoadmap } from '$lib/services/open-assessment';
import type { LayoutLoad } from './$types';

// The roadmap and the export show the pack's actions and handbook entries; the assessment's other
// pages do without them, which spares the pages where people answer two thirds of the pack's texts.
export const load: LayoutLoad = async ({ parent }) => ({
	open: await withRoadmap((await parent()).open, getLocale())
});

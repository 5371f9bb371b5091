import { error } from '@sveltejs/kit';
import { loadHandbookEntry } from '$lib/content/handbook';
import { getLocale, href } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const entry = await loadHandbookEntry('about', getLocale(), (slug) => href(`/handbook/${slug}/`));
	if (!entry) error(404, { message: m.error_not_found() });
	return entry;
};

import { error } from '@sveltejs/kit';
import { handbookSlugs, loadHandbookEntry } from '$lib/content/handbook';
import { getLocale, href } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () =>
	(await handbookSlugs()).map((slug) => ({ slug }));

export const load: PageServerLoad = async ({ params }) => {
	const entry = await loadHandbookEntry(params.slug, getLocale(), (slug) =>
		href(`/handbook/${slug}/`)
	);
	if (!entry) error(404, { message: m.error_not_found() });
	return entry;
};

import { listPacks, loadPack } from '$lib/content/packs';
import type { Pack } from '$lib/domain/pack';
import { getLocale } from '$lib/i18n';
import type { PageLoad } from './$types';

// The built-in packs are part of the page; imported ones are read in the browser (see the page).
export const load: PageLoad = async () => {
	const packs = await Promise.all(listPacks().map((p) => loadPack(p.id, getLocale())));
	return { packs: packs.filter((p): p is Pack => p !== undefined) };
};

import { listPacks, loadPack, type LoadedPack } from '$lib/content/packs';
import { getLocale } from '$lib/i18n';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const packs = await Promise.all(listPacks().map((p) => loadPack(p.id, getLocale())));
	return { packs: packs.filter((p): p is LoadedPack => p !== undefined) };
};

import { listAllPacks, loadPack } from '$lib/content/packs';
import type { Pack } from '$lib/domain/pack';
import { getLocale } from '$lib/i18n';
import type { PageLoad } from './$types';

// Imported packs are read in the browser only: the prerendered page lists the built-in ones.
export const load: PageLoad = async () => {
	const manifests = await listAllPacks();
	const packs = await Promise.all(manifests.map((p) => loadPack(p.id, getLocale())));
	return { packs: packs.filter((p): p is Pack => p !== undefined) };
};

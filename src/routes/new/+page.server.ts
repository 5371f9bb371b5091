import { listPacks, loadPack } from '$lib/content/packs';
import { packFacts } from '$lib/domain/pack';
import { getLocale } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/**
 * Read while prerendering, in the page's language: the form gets the few facts it shows about
 * each pack instead of the packs' full texts (over 60 KB of JavaScript per language).
 */
export const load: PageServerLoad = async () => {
	const packs = await Promise.all(listPacks().map((p) => loadPack(p.id, getLocale())));
	return { packs: packs.filter((pack) => pack !== undefined).map(packFacts) };
};

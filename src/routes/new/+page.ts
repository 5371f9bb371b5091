import { browser } from '$app/environment';
import { packFacts } from '$lib/domain/pack';
import { getLocale } from '$lib/i18n';
import type { PageLoad } from './$types';

/**
 * The built-in packs come prerendered (+page.server.ts); packs imported in this browser are
 * read here, and only when this browser has stored data at all.
 */
export const load: PageLoad = async ({ data }) => {
	if (!browser) return data;
	const { mayHaveStoredData } = await import('$lib/services/stored-data');
	if (!(await mayHaveStoredData())) return data;
	const { storedPacks, loadStoredPack } = await import('$lib/content/stored-packs');
	const ids = [...(await storedPacks()).values()]
		.filter((p) => p.manifest.audience !== 'users')
		.map((p) => p.manifest.id);
	const imported = await Promise.all(ids.map((id) => loadStoredPack(id, getLocale())));
	return {
		packs: [...data.packs, ...imported.filter((p) => p !== undefined).map(packFacts)].sort(
			(a, b) => a.estimatedMinutes - b.estimatedMinutes
		)
	};
};

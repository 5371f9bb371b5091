import { loadPack } from '$lib/content/packs';
import { newId } from '$lib/domain/new-id';
import { buildExample } from '$lib/example/build-example';
import { EXAMPLE_TEXTS } from '$lib/example/texts';
import { getStore } from '$lib/storage';
import { today } from './dates';

export const EXAMPLE_PACK = 'empowerment';

/** Stores the example (an earlier round and the current workshop); returns the current one. */
export async function loadExample(locale: string) {
	const pack = await loadPack(EXAMPLE_PACK, locale);
	if (!pack) throw new Error(`The example needs the ${EXAMPLE_PACK} pack`);
	const [previous, current] = buildExample({
		pack,
		texts: EXAMPLE_TEXTS[locale] ?? EXAMPLE_TEXTS.en!,
		locale,
		today: today(),
		now: Date.now(),
		newId
	});
	// The earlier round first, so that the list shows the current one on top.
	await getStore().putSnapshot(previous);
	await getStore().putSnapshot({
		...current,
		assessment: { ...current.assessment, updatedAt: Date.now() + 1 }
	});
	return current;
}

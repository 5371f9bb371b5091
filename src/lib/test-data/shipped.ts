import { assemblePack, type FullPack } from '$lib/domain/pack';
import type { Action, HandbookEntry, PackManifest, PackTexts } from '$lib/domain/pack.schema';
import { readPackFolder } from '../../cli/pack-files';

/** A pack shipped in questionnaires/, read from disk for tests in Node (base packs included). */
export function shippedPack(id: string, locale = 'en'): FullPack {
	const read = (packId: string) => {
		const files = readPackFolder(`questionnaires/${packId}`);
		return {
			manifest: files.json['pack.json'] as PackManifest,
			texts: files.json[`locales/${locale}.json`] as PackTexts,
			actions: (files.json['actions.json'] as { actions: Action[] } | undefined)?.actions ?? [],
			handbook:
				(files.json['handbook.json'] as { entries: HandbookEntry[] } | undefined)?.entries ?? []
		};
	};
	const own = read(id);
	const base = own.manifest.base ? read(own.manifest.base) : undefined;
	const pack = assemblePack({
		manifest: own.manifest,
		texts: own.texts,
		base: base && { manifest: base.manifest, texts: base.texts },
		actions: base?.actions ?? own.actions,
		handbook: base?.handbook ?? own.handbook
	});
	return { ...pack, actions: pack.actions ?? [], handbook: pack.handbook ?? [] };
}

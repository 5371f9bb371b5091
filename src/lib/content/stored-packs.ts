/**
 * Packs imported on the Questionnaires page, read from the browser's database. Each record is
 * checked again with the same validatePack as `npm run questionnaires:check` when first read,
 * so a damaged record is left out instead of breaking the pages that use it.
 */
import { assemblePack, type Pack } from '$lib/domain/pack';
import { bundleFiles } from '$lib/domain/pack-bundle';
import {
	validatePack,
	type PackCheck,
	type PackFiles,
	type ValidPack
} from '$lib/domain/pack-validate';
import { getPackStore } from '$lib/storage';
import { builtInBase, getManifest, loadTexts, mergeTexts } from './packs';

let cache: Promise<Map<string, ValidPack>> | undefined;

/** Checks a pack's files; a base must be a built-in pack. */
export async function checkPackFiles(files: PackFiles): Promise<PackCheck> {
	const manifest = files.json['pack.json'] as { base?: unknown } | undefined;
	const base = typeof manifest?.base === 'string' ? await builtInBase(manifest.base) : undefined;
	return validatePack(files, base);
}

/** Every readable imported pack by id (read once, until the next import or removal). */
export function storedPacks(): Promise<Map<string, ValidPack>> {
	if (typeof indexedDB === 'undefined') return Promise.resolve(new Map());
	cache ??= (async () => {
		const packs = new Map<string, ValidPack>();
		for (const record of await getPackStore().listPacks()) {
			const files = bundleFiles({
				format: 'empowerment-roadmap-pack',
				version: 1,
				files: record.files
			});
			const { pack } = await checkPackFiles(files);
			if (pack && !getManifest(pack.manifest.id)) packs.set(pack.manifest.id, pack);
		}
		return packs;
	})();
	return cache;
}

/** After an import or removal: the next read goes to the database again. */
export function forgetStoredPacks(): void {
	cache = undefined;
}

export async function loadStoredPack(id: string, locale: string): Promise<Pack | undefined> {
	const valid = (await storedPacks()).get(id);
	if (!valid) return undefined;
	const { manifest } = valid;
	const fallback = valid.texts[manifest.defaultLocale]!;
	const texts = mergeTexts(
		fallback,
		locale === manifest.defaultLocale ? undefined : valid.texts[locale]
	);
	const base = valid.base && {
		manifest: valid.base.manifest,
		texts: await loadTexts(valid.base.manifest, locale)
	};
	return assemblePack({
		manifest,
		texts,
		base,
		actions: valid.actions,
		handbook: valid.handbook
	});
}

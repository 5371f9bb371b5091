/**
 * The built-in content packs, bundled from questionnaires/ at build time. They are trusted
 * data: `npm run questionnaires:check` validates them in CI, so they are not parsed again here.
 * Texts are loaded per language on demand, so a page ships only the language it shows.
 * Packs imported on the Questionnaires page come from the browser's database (stored-packs.ts);
 * loadPack and findManifest consult them after the built-in ones.
 */
import { assemblePack, type Pack } from '$lib/domain/pack';
import type { ValidPack } from '$lib/domain/pack-validate';
import type { Action, HandbookEntry, PackManifest, PackTexts } from '$lib/domain/pack.schema';

const manifests = import.meta.glob<PackManifest>('/questionnaires/*/pack.json', {
	eager: true,
	import: 'default'
});
const actionFiles = import.meta.glob<{ actions: Action[] }>('/questionnaires/*/actions.json', {
	import: 'default'
});
const handbookFiles = import.meta.glob<{ entries: HandbookEntry[] }>(
	'/questionnaires/*/handbook.json',
	{ import: 'default' }
);
// Each locale file in two parts (vite.config.ts): the actions' texts are two thirds of it and only
// the roadmap and the export need them.
const questionTexts = import.meta.glob<PackTexts>('/questionnaires/*/locales/*.json', {
	query: '?part=questions',
	import: 'default'
});
const actionTexts = import.meta.glob<Pick<PackTexts, 'actions'>>(
	'/questionnaires/*/locales/*.json',
	{ query: '?part=actions', import: 'default' }
);
const bodyFiles = import.meta.glob<string>('/questionnaires/*/locales/*/handbook/*.md', {
	query: '?raw',
	import: 'default'
});

/**
 * The built-in team questionnaires (the handbook pages are made from these when the app is
 * built); questionnaires for service users are offered per participant instead.
 */
export function listPacks(): PackManifest[] {
	return Object.values(manifests)
		.filter((m) => m.audience !== 'users')
		.sort((a, b) => a.estimatedMinutes - b.estimatedMinutes);
}

/** Questionnaires for service users that can be answered beside a pack based on `baseId`. */
export async function loadCompanionPacks(baseId: string, locale: string): Promise<Pack[]> {
	const ids = Object.values(manifests)
		.filter((m) => m.audience === 'users' && m.base === baseId)
		.map((m) => m.id);
	const packs = await Promise.all(ids.map((id) => loadPack(id, locale, { roadmap: false })));
	return packs.filter((p): p is Pack => !!p);
}

export function getManifest(id: string): PackManifest | undefined {
	return manifests[`/questionnaires/${id}/pack.json`];
}

const stored = () => import('./stored-packs');

/** Built-in and imported packs, shortest first. */
export async function listAllPacks(): Promise<PackManifest[]> {
	const imported = [...(await (await stored()).storedPacks()).values()]
		.map((p) => p.manifest)
		.filter((m) => m.audience !== 'users');
	return [...listPacks(), ...imported].sort((a, b) => a.estimatedMinutes - b.estimatedMinutes);
}

/** A built-in or imported pack's manifest. */
export async function findManifest(id: string): Promise<PackManifest | undefined> {
	return getManifest(id) ?? (await (await stored()).storedPacks()).get(id)?.manifest;
}

/**
 * A built-in pack as a checked pack, as the check of a pack that names it as its base needs:
 * structure, actions and handbook, without texts (those are not needed to check references).
 */
export async function builtInBase(id: string): Promise<ValidPack | undefined> {
	const manifest = getManifest(id);
	if (!manifest) return undefined;
	const [actions, handbook] = await Promise.all([
		actionFiles[`/questionnaires/${id}/actions.json`]?.(),
		handbookFiles[`/questionnaires/${id}/handbook.json`]?.()
	]);
	return {
		manifest,
		actions: actions?.actions ?? [],
		handbook: handbook?.entries ?? [],
		texts: {},
		bodies: {},
		completeness: {}
	};
}

/**
 * Texts in `locale`, each entry falling back to the pack's default language when missing;
 * without the actions' texts unless `withActions`.
 */
export async function loadTexts(
	manifest: PackManifest,
	locale: string,
	withActions = true
): Promise<PackTexts> {
	const load = async (l: string) => {
		const file = `/questionnaires/${manifest.id}/locales/${l}.json`;
		const [texts, actions] = await Promise.all([
			questionTexts[file]?.(),
			withActions ? actionTexts[file]?.() : undefined
		]);
		return texts && { ...texts, ...actions };
	};
	const [fallback, wanted] = await Promise.all([
		load(manifest.defaultLocale),
		locale === manifest.defaultLocale ? undefined : load(locale)
	]);
	if (!fallback) throw new Error(`Pack ${manifest.id} has no ${manifest.defaultLocale} texts`);
	return mergeTexts(fallback, wanted);
}

/** `wanted` texts, each missing entry taken from `fallback`. */
export function mergeTexts(fallback: PackTexts, wanted: PackTexts | undefined): PackTexts {
	if (!wanted) return fallback;
	return {
		title: wanted.title,
		description: wanted.description,
		dimensions: { ...fallback.dimensions, ...wanted.dimensions },
		questions: { ...fallback.questions, ...wanted.questions },
		actions: { ...fallback.actions, ...wanted.actions },
		handbook: { ...fallback.handbook, ...wanted.handbook },
		retired: { ...fallback.retired, ...wanted.retired }
	};
}

/**
 * A pack with its texts in `locale` (falling back to the pack's default language). With
 * `roadmap: false` it leaves out what only the roadmap needs, its actions and the handbook's
 * details (a pack's `actions` and `handbook` are then undefined): pages where people answer
 * are spared two thirds of its texts.
 */
export async function loadPack(
	id: string,
	locale: string,
	{ roadmap = true } = {}
): Promise<Pack | undefined> {
	const manifest = getManifest(id);
	if (!manifest) return (await stored()).loadStoredPack(id, locale);
	const base = manifest.base ? getManifest(manifest.base) : undefined;
	if (manifest.base && !base) return undefined;
	const owner = base ?? manifest;
	const [texts, baseTexts, actions, handbook] = await Promise.all([
		loadTexts(manifest, locale, roadmap),
		base && loadTexts(base, locale, roadmap),
		roadmap
			? (actionFiles[`/questionnaires/${owner.id}/actions.json`]?.() ?? { actions: [] })
			: undefined,
		roadmap
			? (handbookFiles[`/questionnaires/${owner.id}/handbook.json`]?.() ?? { entries: [] })
			: undefined
	]);
	return assemblePack({
		manifest,
		texts,
		base: base && baseTexts ? { manifest: base, texts: baseTexts } : undefined,
		actions: actions?.actions,
		handbook: handbook?.entries
	});
}

/** A handbook entry's Markdown in `locale`, or in the pack's default language. */
export async function loadHandbookBody(
	packId: string,
	slug: string,
	locale: string
): Promise<string | undefined> {
	const manifest = getManifest(packId);
	if (!manifest) return undefined;
	const load = (l: string) =>
		bodyFiles[`/questionnaires/${packId}/locales/${l}/handbook/${slug}.md`]?.();
	return (await load(locale)) ?? (await load(manifest.defaultLocale));
}

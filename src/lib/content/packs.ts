/**
 * The built-in content packs, bundled from questionnaires/ at build time. They are trusted
 * data: `npm run questionnaires:check` validates them in CI, so they are not parsed again here.
 * Texts are loaded per language on demand, so a page ships only the language it shows.
 */
import type {
	Action,
	HandbookEntry,
	PackManifest,
	PackTexts,
	QuestionText
} from '$lib/domain/pack.schema';

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
const textFiles = import.meta.glob<PackTexts>('/questionnaires/*/locales/*.json', {
	import: 'default'
});
const bodyFiles = import.meta.glob<string>('/questionnaires/*/locales/*/handbook/*.md', {
	query: '?raw',
	import: 'default'
});

/** A pack's structure with its texts in one language, ready for the UI. */
export interface LoadedPack {
	manifest: PackManifest;
	/** The pack that holds dimension texts, actions and handbook (the pack itself, or its base). */
	basePackId: string;
	title: string;
	description: string;
	dimensions: { id: string; title: string; description: string }[];
	questions: Record<string, QuestionText>;
	actions: (Action & { title: string; what: string; firstStep: string })[];
	handbook: (HandbookEntry & { title: string; summary: string })[];
}

export function listPacks(): PackManifest[] {
	return Object.values(manifests).sort((a, b) => a.estimatedMinutes - b.estimatedMinutes);
}

export function getManifest(id: string): PackManifest | undefined {
	return manifests[`/questionnaires/${id}/pack.json`];
}

/** Texts in `locale`, each entry falling back to the pack's default language when missing. */
async function loadTexts(manifest: PackManifest, locale: string): Promise<PackTexts> {
	const load = (l: string) => textFiles[`/questionnaires/${manifest.id}/locales/${l}.json`]?.();
	const [fallback, wanted] = await Promise.all([
		load(manifest.defaultLocale),
		locale === manifest.defaultLocale ? undefined : load(locale)
	]);
	if (!fallback) throw new Error(`Pack ${manifest.id} has no ${manifest.defaultLocale} texts`);
	if (!wanted) return fallback;
	return {
		title: wanted.title,
		description: wanted.description,
		dimensions: { ...fallback.dimensions, ...wanted.dimensions },
		questions: { ...fallback.questions, ...wanted.questions },
		actions: { ...fallback.actions, ...wanted.actions },
		handbook: { ...fallback.handbook, ...wanted.handbook }
	};
}

export async function loadPack(id: string, locale: string): Promise<LoadedPack | undefined> {
	const manifest = getManifest(id);
	if (!manifest) return undefined;
	const base = manifest.base ? getManifest(manifest.base) : manifest;
	if (!base) return undefined;
	const [texts, baseTexts, actions, handbook] = await Promise.all([
		loadTexts(manifest, locale),
		base === manifest ? undefined : loadTexts(base, locale),
		actionFiles[`/questionnaires/${base.id}/actions.json`]?.(),
		handbookFiles[`/questionnaires/${base.id}/handbook.json`]?.()
	]);
	const shared = baseTexts ?? texts;
	// A pack with a base takes the base's dimension flags (foundational), not only its texts.
	const flags = new Map(base.dimensions.map((d) => [d.id, d.foundational]));
	return {
		manifest: {
			...manifest,
			dimensions: manifest.dimensions.map((d) => ({ ...d, foundational: flags.get(d.id) }))
		},
		basePackId: base.id,
		title: texts.title,
		description: texts.description,
		dimensions: manifest.dimensions.map((d) => ({ id: d.id, ...shared.dimensions![d.id]! })),
		questions: texts.questions,
		actions: (actions?.actions ?? []).map((a) => ({ ...a, ...shared.actions![a.id]! })),
		handbook: (handbook?.entries ?? []).map((e) => ({ ...e, ...shared.handbook![e.slug]! }))
	};
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

import { assemblePack, type FullPack } from '$lib/domain/pack';
import type { PackFiles } from '$lib/domain/pack-validate';
import type {
	Action,
	Dimension,
	HandbookEntry,
	PackManifest,
	PackTexts
} from '$lib/domain/pack.schema';

/** The smallest valid manifest: one dimension with two questions. Tests override one field. */
export function makeManifest(overrides: Partial<PackManifest> = {}): PackManifest {
	return {
		id: 'mini',
		version: '1.0.0',
		defaultLocale: 'en',
		locales: ['en'],
		estimatedMinutes: 5,
		dimensions: [makeDimension()],
		...overrides
	};
}

export function makeDimension(overrides: Partial<Dimension> = {}): Dimension {
	return {
		id: 'culture',
		questions: [{ id: 'culture-a' }, { id: 'culture-b', handbook: ['panel'] }],
		...overrides
	};
}

const levels = (q: string): [string, string, string, string, string] => [
	`${q} one`,
	`${q} two`,
	`${q} three`,
	`${q} four`,
	`${q} five`
];

/** One action for every question × level step, so that a pack made from it is complete. */
export function makeActions(manifest: PackManifest): Action[] {
	return manifest.dimensions.flatMap((d) =>
		d.questions.flatMap((q) =>
			[1, 2, 3, 4].map((from): Action => ({
				id: `${q.id}-step-${from}`,
				questions: [q.id],
				from,
				to: from + 1,
				effort: 'small',
				horizon: 'short',
				owner: 'management',
				handbook: ['panel']
			}))
		)
	);
}

export function makeTexts(manifest: PackManifest, word = 'Text'): PackTexts {
	return {
		title: `${word} title`,
		description: `${word} description`,
		dimensions: Object.fromEntries(
			manifest.dimensions.map((d) => [d.id, { title: `${word} ${d.id}`, description: word }])
		),
		questions: Object.fromEntries(
			manifest.dimensions.flatMap((d) =>
				d.questions.map((q) => [
					q.id,
					{ text: `${word} ${q.id}?`, help: word, levels: levels(q.id) }
				])
			)
		),
		actions: Object.fromEntries(
			makeActions(manifest).map((a) => [
				a.id,
				{ title: `${word} ${a.id}`, what: word, firstStep: word }
			])
		),
		handbook: { panel: { title: `${word} panel`, summary: word } }
	};
}

/** A complete valid pack folder; pass changes to break exactly one thing. */
export function makePackFiles(manifest = makeManifest()): PackFiles {
	const texts: Record<string, unknown> = {};
	const markdown: Record<string, string> = {};
	for (const locale of manifest.locales) {
		texts[`locales/${locale}.json`] = makeTexts(manifest, locale.toUpperCase());
		markdown[`locales/${locale}/handbook/panel.md`] = `A panel (${locale}).`;
	}
	return {
		folder: manifest.id,
		json: {
			'pack.json': manifest,
			'actions.json': { actions: makeActions(manifest) },
			'handbook.json': { entries: [{ slug: 'panel', kind: 'method', dimensions: ['culture'] }] },
			...texts
		},
		markdown
	};
}

/** A pack in one language, as the app uses it, from a manifest and generated texts. */
export function makePack(
	manifest = makeManifest(),
	parts: { actions?: Action[]; handbook?: HandbookEntry[]; word?: string } = {}
): FullPack {
	const pack = assemblePack({
		manifest,
		texts: makeTexts(manifest, parts.word),
		actions: parts.actions ?? [],
		handbook: parts.handbook ?? []
	});
	return { ...pack, actions: pack.actions ?? [], handbook: pack.handbook ?? [] };
}

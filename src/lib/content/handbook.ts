/**
 * The in-app handbook: the entries of every built-in pack that has one, rendered at build time
 * (handbook pages are prerendered, so Markdown never reaches the browser as code).
 */
import type { FullPack } from '$lib/domain/pack';
import type { EXAMPLE_STATUSES, HandbookEntry } from '$lib/domain/pack.schema';
import type { HandbookKind } from '$lib/domain/vocabulary';
import { listPacks, loadHandbookBody, loadPack } from './packs';
import { markdownToText, renderMarkdown } from './markdown';

type ExampleStatus = (typeof EXAMPLE_STATUSES)[number];

export interface HandbookItem {
	slug: string;
	kind: HandbookKind;
	title: string;
	summary: string;
	dimensions: string[];
	country?: string;
	/** Plain words of the body, for search. */
	text: string;
}

export interface HandbookEntryPage {
	item: Omit<HandbookItem, 'text'>;
	html: string;
	links: string[];
	/** For a good-practice example: the real project, its status and when it was last checked. */
	project?: HandbookEntry['project'] & { status?: ExampleStatus; lastChecked?: string };
	sources: { url: string; title: string }[];
	related: { slug: string; title: string; kind: HandbookKind }[];
	dimensions: { id: string; title: string }[];
}

/** Packs that hold handbook entries (packs with a base borrow theirs). */
async function handbookPacks(locale: string): Promise<FullPack[]> {
	const packs = await Promise.all(
		listPacks()
			.filter((p) => !p.base)
			.map((p) => loadPack(p.id, locale))
	);
	return packs.filter((p): p is FullPack => !!p?.actions && !!p.handbook?.length);
}

export async function handbookSlugs(): Promise<string[]> {
	return (await handbookPacks('en')).flatMap((p) => p.handbook.map((e) => e.slug));
}

export async function loadHandbook(locale: string) {
	const packs = await handbookPacks(locale);
	const entries: HandbookItem[] = [];
	for (const pack of packs) {
		for (const entry of pack.handbook) {
			const body = (await loadHandbookBody(pack.id, entry.slug, locale)) ?? '';
			entries.push({
				slug: entry.slug,
				kind: entry.kind,
				title: entry.title,
				summary: entry.summary,
				dimensions: entry.dimensions,
				country: entry.country,
				text: markdownToText(body)
			});
		}
	}
	const dimensions = packs.flatMap((p) => p.dimensions.map(({ id, title }) => ({ id, title })));
	return { entries, dimensions };
}

export async function loadHandbookEntry(
	slug: string,
	locale: string,
	handbookHref: (slug: string) => string
): Promise<HandbookEntryPage | undefined> {
	for (const pack of await handbookPacks(locale)) {
		const entry = pack.handbook.find((e) => e.slug === slug);
		if (!entry) continue;
		const body = (await loadHandbookBody(pack.id, slug, locale)) ?? '';
		const bySlug = new Map(pack.handbook.map((e) => [e.slug, e]));
		return {
			item: {
				slug,
				kind: entry.kind,
				title: entry.title,
				summary: entry.summary,
				dimensions: entry.dimensions,
				country: entry.country
			},
			html: renderMarkdown(body, { handbookHref }),
			links: entry.links ?? [],
			project: entry.project && {
				...entry.project,
				status: entry.status,
				lastChecked: entry.lastChecked
			},
			// An example's body already lists its sources with what each one shows: the list here
			// holds only those the body does not link.
			sources: (entry.sources ?? []).filter((source) => !body.includes(source.url)),
			related: (entry.related ?? [])
				.map((s) => bySlug.get(s))
				.filter((e) => e !== undefined)
				.map((e) => ({ slug: e.slug, title: e.title, kind: e.kind })),
			dimensions: pack.dimensions
				.filter((d) => entry.dimensions.includes(d.id))
				.map(({ id, title }) => ({ id, title }))
		};
	}
	return undefined;
}

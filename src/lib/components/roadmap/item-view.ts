import type { LoadedPack } from '$lib/content/packs';
import type { RoadmapItem } from '$lib/domain/assessment.schema';
import type { Results } from '$lib/domain/results';
import type { Effort } from '$lib/domain/vocabulary';
import { formatList, formatScore, importanceLabel, ownerLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';

/** What a roadmap item shows: the team's own words where they edited it, else the action's. */
export interface ItemView {
	title: string;
	what: string;
	firstStep: string;
	owner: string;
	due: string;
	effort?: Effort;
	dimension?: string;
	reason: string;
	handbook: { slug: string; title: string }[];
}

/** "Structures: now 2.3, target 4, importance high → steps 2→3 and 3→4". */
export function reasonText(
	dimensionId: string,
	pack: LoadedPack,
	results: Results,
	locale: string
): string {
	const result = results.dimensions.find((d) => d.dimensionId === dimensionId);
	const title = pack.dimensions.find((d) => d.id === dimensionId)?.title ?? dimensionId;
	if (!result || result.score === null) return title;
	const steps: string[] = [];
	for (let from = Math.floor(result.score); from < result.target; from++)
		steps.push(`${from}→${from + 1}`);
	return m.roadmap_reason({
		dimension: title,
		current: formatScore(result.score, locale),
		target: result.target,
		importance: importanceLabel[result.importance]().toLocaleLowerCase(locale),
		steps: m.roadmap_steps({ count: steps.length, list: formatList(steps, locale) })
	});
}

export function itemView(
	item: RoadmapItem,
	pack: LoadedPack,
	results: Results,
	locale: string
): ItemView {
	const action = item.actionId ? pack.actions.find((a) => a.id === item.actionId) : undefined;
	const dimensionId = item.dimensionId ?? action?.dimension;
	const titles = new Map(pack.handbook.map((e) => [e.slug, e.title]));
	return {
		title: item.title ?? action?.title ?? item.actionId ?? '',
		what: item.what ?? action?.what ?? '',
		firstStep: item.firstStep ?? action?.firstStep ?? '',
		owner: item.owner ?? (action ? ownerLabel[action.owner]() : ''),
		due: item.due
			? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(item.due))
			: '',
		effort: action?.effort,
		dimension: dimensionId && pack.dimensions.find((d) => d.id === dimensionId)?.title,
		reason:
			dimensionId && action ? reasonText(dimensionId, pack, results, locale) : m.roadmap_own_item(),
		handbook: (action?.handbook ?? []).map((slug) => ({ slug, title: titles.get(slug) ?? slug }))
	};
}

import type { RoadmapEntry, RoadmapReason } from '$lib/domain/model';
import type { Pack } from '$lib/domain/pack';
import type { Effort } from '$lib/domain/vocabulary';
import { m } from '$lib/paraglide/messages';
import { formatDate, formatList, formatScore, importanceLabel, ownerLabel } from './labels';

/** What a roadmap item shows, in the reader's language, on the page and in the PDF. */
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
export function reasonText(reason: RoadmapReason, pack: Pack, locale: string): string {
	const title = pack.dimensions.find((d) => d.id === reason.dimensionId)?.title ?? '';
	const steps = reason.steps.map(([from, to]) => `${from}→${to}`);
	return m.roadmap_reason({
		dimension: title,
		current: formatScore(reason.score, locale),
		target: reason.target,
		importance: importanceLabel[reason.importance]().toLocaleLowerCase(locale),
		steps: m.roadmap_steps({ count: steps.length, list: formatList(steps, locale) })
	});
}

export function itemView(entry: RoadmapEntry, pack: Pack, locale: string): ItemView {
	return {
		title: entry.title,
		what: entry.what,
		firstStep: entry.firstStep,
		owner: entry.owner ?? (entry.ownerRole ? ownerLabel[entry.ownerRole]() : ''),
		due: entry.item.due ? formatDate(entry.item.due, locale) : '',
		effort: entry.action?.effort,
		dimension: entry.dimensionId && pack.dimensions.find((d) => d.id === entry.dimensionId)?.title,
		reason: entry.reason ? reasonText(entry.reason, pack, locale) : m.roadmap_own_item(),
		handbook: entry.handbook
	};
}

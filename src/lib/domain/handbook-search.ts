import { HANDBOOK_KINDS } from './vocabulary';
import { idSchema } from './pack.schema';
import { z } from './zod';

/** The handbook's filters as they appear in its address (?q=…&dimension=…&kind=…). */
export const handbookFilterSchema = z.object({
	q: z.string().max(200).catch(''),
	dimension: idSchema.optional().catch(undefined),
	kind: z.enum(HANDBOOK_KINDS).optional().catch(undefined)
});
export type HandbookFilter = z.infer<typeof handbookFilterSchema>;

export interface Searchable {
	title: string;
	summary: string;
	text: string;
	kind: string;
	dimensions: string[];
}

/** Lower case without accents, so that "Voru" finds "Võru" and "uber" finds "Über". */
export function fold(text: string, locale?: string): string {
	return text
		.toLocaleLowerCase(locale)
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '');
}

/** Entries with every word of the query (in title, summary or body) and the chosen filters. */
export function searchHandbook<T extends Searchable>(
	items: readonly T[],
	filter: HandbookFilter,
	locale?: string
): T[] {
	const words = fold(filter.q, locale).split(/\s+/).filter(Boolean);
	return items.filter((item) => {
		if (filter.kind && item.kind !== filter.kind) return false;
		if (filter.dimension && !item.dimensions.includes(filter.dimension)) return false;
		if (words.length === 0) return true;
		const haystack = fold(`${item.title} ${item.summary} ${item.text}`, locale);
		return words.every((word) => haystack.includes(word));
	});
}

import { HANDBOOK_KINDS } from './vocabulary';
import { z } from './zod-mini';

/**
 * The handbook's filters as they appear in its address (?q=…&dimension=…&kind=…). zod/mini, so
 * that the handbook pages do not load the classic build; the dimension pattern is pack.schema's id.
 */
export const handbookFilterSchema = z.object({
	q: z.catch(z.string().check(z.maxLength(200)), ''),
	dimension: z.catch(
		z.optional(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))),
		undefined
	),
	kind: z.catch(z.optional(z.enum(HANDBOOK_KINDS)), undefined)
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

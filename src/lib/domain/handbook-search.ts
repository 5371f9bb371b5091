/**
 * Lower case without accents, so that "Voru" finds "Võru" and "uber" finds "Über". The handbook's
 * entries are folded when the page is built; static/handbook.js folds the query the same way.
 */
export function fold(text: string, locale?: string): string {
	return text
		.toLocaleLowerCase(locale)
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '');
}

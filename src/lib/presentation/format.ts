/** Dates and numbers in the reader's language and, where it matches, their browser's region. */

/** The languages the browser asks for, best first; none outside a browser (tests, prerendering). */
function browserLanguages(): readonly string[] {
	return typeof document === 'undefined' ? [] : navigator.languages;
}

/**
 * The locale dates and numbers are written in: the interface's language, in the browser's own
 * region when the browser asks for that language. An en-GB browser showing the English interface
 * reads "1 December 2026", an en-US one "December 1, 2026"; a German interface in an en-GB
 * browser stays German.
 */
export function formatLocale(
	ui: string,
	preferred: readonly string[] = browserLanguages()
): string {
	for (const tag of preferred) {
		try {
			const [canonical] = Intl.getCanonicalLocales(tag);
			if (canonical && new Intl.Locale(canonical).language === ui) return canonical;
		} catch {
			// Not a language tag: the browser's list is not ours to trust.
		}
	}
	return ui;
}

/** A score with one decimal in the reader's language ("2.5", "2,5"). */
export function formatScore(score: number, locale: string): string {
	return new Intl.NumberFormat(formatLocale(locale), {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(score);
}

/** A level as given ("3"), or a median between two levels with its decimal ("2,5"). */
export function formatLevel(value: number, locale: string): string {
	return Number.isInteger(value) ? String(value) : formatScore(value, locale);
}

/** A whole number in the reader's language ("1,250", "1.250"). */
export function formatNumber(value: number, locale: string): string {
	return new Intl.NumberFormat(formatLocale(locale)).format(value);
}

/** A list in the reader's language: "A, B and C" / "A, B und C". */
export function formatList(items: string[], locale: string): string {
	return new Intl.ListFormat(formatLocale(locale), { type: 'conjunction' }).format(items);
}

/** A calendar day (YYYY-MM-DD) in the reader's language: "1 December 2026" or "1 Dec 2026". */
export function formatDate(
	iso: string,
	locale: string,
	style: 'long' | 'medium' = 'medium'
): string {
	// Dates are calendar days: read and shown in UTC so that no time zone moves them.
	return new Intl.DateTimeFormat(formatLocale(locale), {
		dateStyle: style,
		timeZone: 'UTC'
	}).format(new Date(`${iso}T00:00:00Z`));
}

/** A moment (milliseconds) in the reader's language and time zone: "1 December 2026, 14:05". */
export function formatDateTime(time: number, locale: string): string {
	return new Intl.DateTimeFormat(formatLocale(locale), {
		dateStyle: 'long',
		timeStyle: 'short'
	}).format(time);
}

/** A size in the reader's language, in MB below a gigabyte: "3.2 MB", "1,5 GB". */
export function formatBytes(bytes: number, locale: string): string {
	const gb = bytes >= 1e9;
	return new Intl.NumberFormat(formatLocale(locale), {
		style: 'unit',
		unit: gb ? 'gigabyte' : 'megabyte',
		maximumFractionDigits: 1
	}).format(bytes / (gb ? 1e9 : 1e6));
}

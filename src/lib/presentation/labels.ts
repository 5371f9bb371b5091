/** Translated labels for the closed word lists in domain/vocabulary.ts. */
import type { Importance, ItemStatus, Phase } from '$lib/domain/assessment.schema';
import { m } from '$lib/paraglide/messages';
import type { Effort, HandbookKind, OrgType, Owner, SizeBand } from '$lib/domain/vocabulary';

export const orgTypeLabel: Record<OrgType, () => string> = {
	public: m.org_type_public,
	ngo: m.org_type_ngo,
	church: m.org_type_church,
	'social-enterprise': m.org_type_social_enterprise,
	other: m.org_type_other
};

const LEVEL_NAMES = [
	m.level_name_1,
	m.level_name_2,
	m.level_name_3,
	m.level_name_4,
	m.level_name_5
];

/** The scale's name for a level: 1 "Deciding for" … 5 "User-led". */
export function levelName(level: 1 | 2 | 3 | 4 | 5): string {
	return LEVEL_NAMES[level - 1]!();
}

export const handbookKindLabel: Record<HandbookKind, () => string> = {
	method: m.handbook_kind_method,
	example: m.handbook_kind_example,
	guide: m.handbook_kind_guide,
	background: m.handbook_kind_background,
	about: m.handbook_kind_about
};

/** A country's name in the current language, from the browser's own data. */
export function countryName(code: string | undefined, locale: string): string {
	if (!code) return '';
	if (code === 'other') return m.country_other();
	return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

export const sizeLabel: Record<SizeBand, () => string> = {
	volunteer: m.size_volunteer,
	small: m.size_small,
	medium: m.size_medium,
	large: m.size_large
};

export const importanceLabel: Record<Importance, () => string> = {
	low: m.importance_low,
	medium: m.importance_medium,
	high: m.importance_high
};

export const phaseLabel: Record<Phase, () => string> = {
	now: m.roadmap_phase_now,
	next: m.roadmap_phase_next,
	later: m.roadmap_phase_later
};

export const phaseTime: Record<Phase, () => string> = {
	now: m.roadmap_phase_now_time,
	next: m.roadmap_phase_next_time,
	later: m.roadmap_phase_later_time
};

export const statusLabel: Record<ItemStatus, () => string> = {
	planned: m.status_planned,
	inProgress: m.status_inProgress,
	done: m.status_done,
	dropped: m.status_dropped
};

export const effortLabel: Record<Effort, () => string> = {
	small: m.effort_small,
	medium: m.effort_medium,
	large: m.effort_large
};

export const ownerLabel: Record<Owner, () => string> = {
	board: m.owner_board,
	management: m.owner_management,
	coordinator: m.owner_coordinator,
	staff: m.owner_staff,
	users: m.owner_users,
	partners: m.owner_partners
};

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

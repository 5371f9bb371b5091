/** Translated labels for the closed word lists in domain/vocabulary.ts. */
import type { Importance, ItemStatus, Phase } from '$lib/domain/assessment.schema';
import { m } from '$lib/paraglide/messages';
import type { Effort, HandbookKind, OrgType, Owner, SizeBand } from '$lib/domain/vocabulary';
import { formatLocale } from './format';

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
	return new Intl.DisplayNames([formatLocale(locale)], { type: 'region' }).of(code) ?? code;
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

// Dates and numbers: one set of helpers for every screen, the PDF and the CSV. They live in
// format.ts, apart from the label tables, so that the landing page can show dates without
// loading every label of the app.
export {
	formatDate,
	formatDateTime,
	formatLevel,
	formatList,
	formatLocale,
	formatNumber,
	formatScore
} from './format';

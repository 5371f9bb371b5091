/** Translated labels for the closed word lists in domain/vocabulary.ts. */
import { m } from '$lib/paraglide/messages';
import type { OrgType } from '$lib/domain/vocabulary';

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

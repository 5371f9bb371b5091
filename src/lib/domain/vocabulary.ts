/**
 * Closed word lists shared by content packs, stored assessments and the UI. Each value has a
 * translated label in messages/<locale>.json, so a pack can use them without shipping text.
 */
export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export const ORG_TYPES = ['public', 'ngo', 'church', 'social-enterprise', 'other'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** Paid staff head-count bands; "volunteer" means no paid staff at all. */
export const SIZE_BANDS = ['volunteer', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** ISO 3166 codes of the Baltic Sea Region countries, plus "other". */
export const COUNTRIES = ['DK', 'EE', 'FI', 'DE', 'LV', 'LT', 'NO', 'PL', 'SE', 'other'] as const;
export type Country = (typeof COUNTRIES)[number];

export const EFFORTS = ['small', 'medium', 'large'] as const;
export type Effort = (typeof EFFORTS)[number];

/** How long an action takes to show results: up to 6 months, 6–18 months, 18–36 months. */
export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const OWNERS = ['board', 'management', 'coordinator', 'staff', 'users', 'partners'] as const;
export type Owner = (typeof OWNERS)[number];

export const HANDBOOK_KINDS = ['method', 'example', 'guide', 'background', 'about'] as const;
export type HandbookKind = (typeof HANDBOOK_KINDS)[number];

/**
 * Whose view an answer gives. "users" are the people the organisation serves and those who
 * speak for them (family members, carers); the rest are the organisation's own people.
 */
export const ROLE_GROUPS = [
	'leadership',
	'staff',
	'board',
	'volunteers',
	'users',
	'other'
] as const;
export type RoleGroup = (typeof ROLE_GROUPS)[number];

/**
 * Ids and slugs are stored with answers and used in URLs, so they are kept plain. Shared by the
 * pack schemas (classic zod) and the assessment schemas (zod/mini), which cannot share a schema.
 */
export const ID_PATTERN = {
	regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
	message: 'use lower-case letters, digits and single hyphens'
};
export const LOCALE_PATTERN = { regex: /^[a-z]{2}$/, message: 'use a two-letter language code' };

/**
 * The new-assessment form as typed so far, kept for this browser tab only. Switching the
 * language reloads the page; without this, the organisation's name and the rest would be gone.
 */
import { COUNTRIES, ORG_TYPES, ROLE_GROUPS, SIZE_BANDS } from '$lib/domain/vocabulary';
// zod/mini: this is all /new/ parses, and the classic build would double the page's JavaScript.
import { z } from '$lib/domain/zod-mini';

const KEY = 'empowerment-new-assessment';

const text = (max: number) => z.string().check(z.maxLength(max));

export const newDraftSchema = z.strictObject({
	name: text(200),
	type: z.enum(ORG_TYPES),
	size: z.union([z.enum(SIZE_BANDS), z.literal('')]),
	country: z.union([z.enum(COUNTRIES), z.literal('')]),
	region: text(200),
	packId: z.optional(text(64)),
	mode: z.enum(['solo', 'workshop']),
	participants: z
		.array(z.strictObject({ name: text(100), group: z.enum(ROLE_GROUPS) }))
		.check(z.maxLength(100)),
	date: text(10)
});

export type NewDraft = z.infer<typeof newDraftSchema>;

/** The draft of this tab, if there is a readable one. */
export function loadDraft(): NewDraft | undefined {
	try {
		const parsed = newDraftSchema.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
		return parsed.success ? parsed.data : undefined;
	} catch {
		// Storage blocked or the entry damaged: the form starts empty, as it always did.
		return undefined;
	}
}

export function saveDraft(draft: NewDraft): void {
	try {
		sessionStorage.setItem(KEY, JSON.stringify(draft));
	} catch {
		// Storage blocked: a language switch then clears the form.
	}
}

export function clearDraft(): void {
	try {
		sessionStorage.removeItem(KEY);
	} catch {
		// Nothing was kept.
	}
}

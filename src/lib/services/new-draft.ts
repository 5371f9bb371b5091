/**
 * The new-assessment form as typed so far, kept for this browser tab only. Switching the
 * language reloads the page; without this, the organisation's name and the rest would be gone.
 */
import { COUNTRIES, ORG_TYPES, ROLE_GROUPS, SIZE_BANDS } from '$lib/domain/vocabulary';
import { z } from '$lib/domain/zod';

const KEY = 'empowerment-new-assessment';

export const newDraftSchema = z
	.object({
		name: z.string().max(200),
		type: z.enum(ORG_TYPES),
		size: z.enum(SIZE_BANDS).or(z.literal('')),
		country: z.enum(COUNTRIES).or(z.literal('')),
		region: z.string().max(200),
		packId: z.string().max(64).optional(),
		mode: z.enum(['solo', 'workshop']),
		participants: z
			.array(z.object({ name: z.string().max(100), group: z.enum(ROLE_GROUPS) }).strict())
			.max(100),
		date: z.string().max(10)
	})
	.strict();

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

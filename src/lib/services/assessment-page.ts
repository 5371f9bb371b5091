import { error } from '@sveltejs/kit';
import { loadPack, type LoadedPack } from '$lib/content/packs';
import {
	recordIdSchema,
	type AssessmentSnapshot,
	type Participant
} from '$lib/domain/assessment.schema';
import { computeResults, type Results } from '$lib/domain/results';
import { participantParamSchema } from '$lib/domain/url-params';
import { m } from '$lib/paraglide/messages';
import { getStore, StoredDataError, type AssessmentData } from '$lib/storage';

export interface AssessmentPageData extends AssessmentData {
	pack: LoadedPack;
}

/** Loads an assessment and its pack for a page, or fails with a message the user can act on. */
export async function loadAssessmentPage(id: string, locale: string): Promise<AssessmentPageData> {
	// The id comes from the address bar: anything that is not an id of ours is simply not found.
	if (!recordIdSchema.safeParse(id).success) error(404, { message: m.error_not_found() });
	let data: AssessmentData | undefined;
	try {
		data = await getStore().getAssessment(id);
	} catch (cause) {
		if (cause instanceof StoredDataError) {
			error(500, {
				message: m.error_damaged(),
				details: cause.issues.map((i) => `${cause.table}: ${i.path}: ${i.message}`)
			});
		}
		throw cause;
	}
	if (!data) error(404, { message: m.error_not_found() });
	const pack = await loadPack(data.assessment.packId, locale);
	if (!pack) error(404, { message: m.error_not_found() });
	return { ...data, pack };
}

/** The participant named by `?as=`, or the first one when it is missing or unknown. */
export function pickParticipant(participants: Participant[], raw: string | null): Participant {
	const id = participantParamSchema.safeParse(raw);
	return (id.success && participants.find((p) => p.id === id.data)) || participants[0]!;
}

/**
 * `?as=<id>` in workshop mode, so that links keep the participant who is answering, and
 * `&pass=1` while the device is passed round (nobody can switch to another participant).
 */
export function participantQuery(
	data: AssessmentData,
	participant: Participant,
	isPassing = false
): string {
	if (data.assessment.mode !== 'workshop') return '';
	return `?as=${participant.id}${isPassing ? '&pass=1' : ''}`;
}

/** Whether the page was opened while passing the device round. */
export const isPassing = (url: URL): boolean => url.searchParams.get('pass') === '1';

/** Scores, targets and stage of an assessment with its pack (consensus first, then medians). */
export function resultsOf(data: AssessmentSnapshot, pack: LoadedPack): Results {
	return computeResults(
		pack.manifest.dimensions,
		data.assessment.organisation,
		data.answers,
		data.consensus,
		data.targets
	);
}

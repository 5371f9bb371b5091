import { error } from '@sveltejs/kit';
import { loadCompanionPacks, loadPack } from '$lib/content/packs';
import { recordIdSchema, type Participant } from '$lib/domain/assessment.schema';
import { m } from '$lib/paraglide/messages';
import { OpenAssessment, type EarlierRound } from '$lib/state/open-assessment.svelte';
import { getStore, StoredDataError, type AssessmentData } from '$lib/storage';

const MAX_ROUNDS = 10;

/** The earlier rounds an assessment re-assesses, oldest first, each with its own pack. */
async function loadEarlierRounds(current: AssessmentData, locale: string): Promise<EarlierRound[]> {
	const rounds: EarlierRound[] = [];
	const seen = new Set([current.assessment.id]);
	let previousId = current.assessment.previousId;
	while (previousId && !seen.has(previousId) && rounds.length < MAX_ROUNDS) {
		seen.add(previousId);
		// A damaged or deleted earlier round ends the chain rather than the page.
		const snapshot = await getStore()
			.getAssessment(previousId)
			.catch(() => undefined);
		const pack =
			snapshot && (await loadPack(snapshot.assessment.packId, locale, { roadmap: false }));
		if (!snapshot || !pack) break;
		rounds.unshift({ snapshot, pack });
		previousId = snapshot.assessment.previousId;
	}
	return rounds;
}

/** Opens an assessment with its pack and earlier rounds, or fails with a message to act on. */
export async function openAssessment(id: string, locale: string): Promise<OpenAssessment> {
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
	// Most pages need no actions (two thirds of the pack's texts): withRoadmap adds them.
	const pack = await loadPack(data.assessment.packId, locale, { roadmap: false });
	if (!pack) error(404, { message: m.error_not_found() });
	const [earlier, companions] = await Promise.all([
		loadEarlierRounds(data, locale),
		loadCompanionPacks(pack.basePackId, locale)
	]);
	const open = new OpenAssessment(getStore(), data, pack, earlier, companions);
	await open.restoreNotes();
	// Invitations need every participant's key; a failed write is shown by the open assessment.
	if (data.assessment.mode === 'workshop') await open.ensureSecrets();
	return open;
}

/**
 * Gives an open assessment its pack's actions and handbook entries, for the pages that show or
 * make the roadmap.
 */
export async function withRoadmap(open: OpenAssessment, locale: string): Promise<OpenAssessment> {
	if (!open.pack.actions || !open.pack.handbook) {
		const pack = await loadPack(open.pack.id, locale);
		if (!pack) error(404, { message: m.error_not_found() });
		open.pack = pack;
	}
	return open;
}

/**
 * The participant named by `?as=`: in a solo assessment or on a participant's own device the
 * only one; in a workshop only the one the address names (nobody is picked silently).
 */
export function pickParticipant(open: OpenAssessment, raw: string | null): Participant | undefined {
	const { participants, assessment } = open.snapshot;
	if (assessment.mode !== 'workshop') return participants[0];
	const id = recordIdSchema.safeParse(raw);
	return id.success ? participants.find((p) => p.id === id.data) : undefined;
}

/**
 * `?as=<id>` in workshop mode, so that links keep the participant who is answering, and
 * `&pass=1` while the device is passed round (nobody can switch to another participant).
 */
export function participantQuery(
	open: OpenAssessment,
	participant: Participant | undefined,
	isPassing = false
): string {
	if (open.snapshot.assessment.mode !== 'workshop' || !participant) return '';
	return `?as=${participant.id}${isPassing ? '&pass=1' : ''}`;
}

/** Whether the page was opened while passing the device round. */
export const isPassing = (url: URL): boolean => url.searchParams.get('pass') === '1';

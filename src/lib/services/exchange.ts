/** Workshop exchange on the facilitator's and the participants' devices. */
import {
	applyResponses,
	makeResponse,
	MAX_RESPONSE_BYTES,
	planImport,
	type ExchangeProblem,
	type ImportPlan
} from '$lib/domain/exchange';
import { invitationFile, type FullInvitation, type Invitation } from '$lib/domain/invitation';
import { encodeInvitationLink } from '$lib/domain/invitation-link';
import type { AssessmentSnapshot, Participant } from '$lib/domain/assessment.schema';
import type { Pack } from '$lib/domain/pack';
import { getLocale, href, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { getStore } from '$lib/storage';
import type { OpenAssessment } from '$lib/state/open-assessment.svelte';
import { today } from './dates';
import { downloadBlob, downloadJson, fileName } from './download';

/** What an import did; `failed` says why nothing was stored when the write failed. */
export type ImportResult = ImportPlan & { failed?: string };

/** An invitation as the facilitator sends it: the link takes only part of it, a file all. */
export type OutgoingInvitation = FullInvitation & { locale: Locale };

export function invitationFor(
	data: AssessmentSnapshot,
	participant: Participant,
	companions: readonly Pack[],
	locale = getLocale()
): OutgoingInvitation {
	const { assessment } = data;
	const { type, size } = assessment.organisation;
	const companion = companions.find((p) => p.id === participant.packId);
	return {
		assessmentId: assessment.id,
		participantId: participant.id,
		packId: companion?.id ?? assessment.packId,
		packVersion: companion?.version ?? assessment.packVersion,
		locale,
		profile: { type, ...(size && { size }) },
		participantName: participant.name,
		...(participant.group && { group: participant.group }),
		organisation: assessment.organisation,
		date: assessment.date,
		...(participant.secret && { secret: participant.secret })
	};
}

/** The link to send; the invitation travels after `#`, which browsers never send to a server. */
export function invitationLink(
	invitation: Invitation & { locale: Locale },
	origin = location.origin
): string {
	return `${origin}${href('/respond/', invitation.locale)}#${encodeInvitationLink(invitation)}`;
}

export function downloadInvitation(invitation: FullInvitation): void {
	downloadJson(
		fileName(invitation.organisation.name, invitation.participantName, 'invitation.json'),
		invitationFile(invitation)
	);
}

/**
 * On a participant's own device: keeps their answers in a local copy of the assessment with
 * the same ids, so that the response file fits the facilitator's assessment. A short link
 * carries no names: the participant gives their own, and the copy is named after the pack.
 *
 * An invitation never replaces or changes an assessment this device runs itself (a workshop
 * or a solo assessment, damaged or not), and never takes a participant id that another
 * assessment here uses: either would leave answers without their participant.
 */
export async function acceptInvitation(
	invitation: Invitation,
	name: string,
	packTitle: string
): Promise<{ ok: true; id: string } | { ok: false; problem: ExchangeProblem }> {
	const store = getStore();
	const { assessmentId, participantId } = invitation;
	const participant = {
		id: participantId,
		assessmentId,
		name,
		...(invitation.group && { group: invitation.group }),
		order: 0,
		...(invitation.secret && { secret: invitation.secret })
	};
	const owner = await store.participantOwner(participantId);
	if (owner !== undefined && owner !== assessmentId) {
		return { ok: false, problem: { code: 'participantElsewhere' } };
	}
	const isStored = (await store.assessmentIds()).includes(assessmentId);
	if (isStored) {
		const existing = await store.getAssessment(assessmentId).catch(() => undefined);
		if (!existing) return { ok: false, problem: { code: 'damagedAssessment' } };
		const known = existing.participants.find((p) => p.id === participantId);
		if (existing.assessment.mode !== 'response') {
			// The facilitator's own device: answering as someone of the team changes nobody.
			return known
				? { ok: true, id: assessmentId }
				: { ok: false, problem: { code: 'notInWorkshop' } };
		}
		if (known?.name !== name || (invitation.secret && known.secret !== invitation.secret)) {
			await store.saveParticipants([
				{ ...known, ...participant, order: known?.order ?? existing.participants.length }
			]);
		}
		return { ok: true, id: assessmentId };
	}
	const now = Date.now();
	await store.putSnapshot({
		assessment: {
			id: assessmentId,
			...(!invitation.organisation && { label: m.respond_copy_label({ pack: packTitle }) }),
			organisation: invitation.organisation ?? {
				name: m.respond_workshop(),
				...invitation.profile
			},
			packId: invitation.packId,
			packVersion: invitation.packVersion,
			locale: invitation.locale ?? getLocale(),
			mode: 'response',
			date: invitation.date ?? today(),
			createdAt: now,
			updatedAt: now
		},
		participants: [participant],
		answers: [],
		consensus: [],
		targets: [],
		roadmapItems: []
	});
	return { ok: true, id: assessmentId };
}

/** Saves (or, on a phone, offers to share) one participant's response file. */
export async function exportResponse(
	data: AssessmentSnapshot,
	participantId: string
): Promise<string> {
	const response = makeResponse(data, participantId, Date.now());
	const name = fileName(
		data.assessment.organisation.name,
		response.participantName,
		'answers.json'
	);
	const blob = new Blob([JSON.stringify(response, null, 2)], { type: 'application/json' });
	const file = new File([blob], name, { type: 'application/json' });
	if (navigator.canShare?.({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title: name });
			return name;
		} catch {
			// Sharing cancelled or refused: fall back to saving the file.
		}
	}
	downloadBlob(name, blob);
	return name;
}

/**
 * Reads dropped response files and stores the accepted ones in one transaction. A file that
 * would remove every answer of a participant is stored only if `confirmEmptying` says so.
 */
export async function importResponseFiles(
	files: File[],
	open: OpenAssessment,
	confirmEmptying: (names: string[]) => Promise<boolean>
): Promise<ImportResult> {
	// Huge files are refused before they are read into memory.
	const fitting = files.filter((file) => file.size <= MAX_RESPONSE_BYTES);
	const texts = await Promise.all(
		fitting.map(async (file) => ({ name: file.name, text: await file.text() }))
	);
	const known = new Map(
		[open.pack, ...open.companions].map((pack) => [
			pack.id,
			{
				version: pack.version,
				questionIds: new Set(pack.dimensions.flatMap((d) => d.questions.map((q) => q.id)))
			}
		])
	);
	const plan = planImport(texts, open.snapshot, (id) => known.get(id));
	for (const file of files.filter((f) => f.size > MAX_RESPONSE_BYTES)) {
		plan.rejected.push({ file: file.name, problem: { code: 'tooLarge' } });
	}
	if (plan.emptying.length > 0) {
		const names = plan.emptying.map(
			(e) => open.snapshot.participants.find((p) => p.id === e.response.participantId)!.name
		);
		if (await confirmEmptying(names)) {
			plan.accepted.push(...plan.emptying);
			plan.emptying = [];
		}
	}
	if (plan.accepted.length > 0) {
		const responses = plan.accepted.map((a) => a.response);
		const saved = await open.replaceAnswers(
			responses.map((r) => r.participantId),
			applyResponses([], responses)
		);
		// The open assessment shows why the write failed; nothing was imported.
		if (!saved) return { ...plan, accepted: [], failed: open.status.error ?? '' };
	}
	return plan;
}

/** Workshop exchange on the facilitator's and the participants' devices. */
import {
	applyResponses,
	encodeInvitation,
	INVITATION_FORMAT,
	makeResponse,
	MAX_RESPONSE_BYTES,
	planImport,
	type ImportPlan,
	type Invitation
} from '$lib/domain/exchange';
import type { AssessmentSnapshot, Participant } from '$lib/domain/assessment.schema';
import { href } from '$lib/i18n';
import { getStore } from '$lib/storage';
import type { OpenAssessment } from '$lib/state/open-assessment.svelte';
import { downloadBlob, downloadJson, fileName } from './download';

export function invitationFor(data: AssessmentSnapshot, participant: Participant): Invitation {
	const { assessment } = data;
	return {
		format: INVITATION_FORMAT,
		version: 1,
		assessmentId: assessment.id,
		participantId: participant.id,
		participantName: participant.name,
		organisation: assessment.organisation,
		packId: assessment.packId,
		packVersion: assessment.packVersion,
		date: assessment.date
	};
}

/** The link to send; the invitation travels after `#`, which browsers never send to a server. */
export function invitationLink(invitation: Invitation, origin = location.origin): string {
	return `${origin}${href('/respond/')}#${encodeInvitation(invitation)}`;
}

export function downloadInvitation(invitation: Invitation): void {
	downloadJson(
		fileName(invitation.organisation.name, invitation.participantName, 'invitation.json'),
		invitation
	);
}

/**
 * On a participant's own device: keeps their answers in a local copy of the assessment with
 * the same ids, so that the response file fits the facilitator's assessment.
 */
export async function acceptInvitation(invitation: Invitation, locale: string): Promise<string> {
	const store = getStore();
	const existing = await store.getAssessment(invitation.assessmentId).catch(() => undefined);
	if (existing) {
		if (!existing.participants.some((p) => p.id === invitation.participantId)) {
			await store.saveParticipants([
				{
					id: invitation.participantId,
					assessmentId: invitation.assessmentId,
					name: invitation.participantName,
					order: existing.participants.length
				}
			]);
		}
		return invitation.assessmentId;
	}
	const now = Date.now();
	await store.putSnapshot({
		assessment: {
			id: invitation.assessmentId,
			organisation: invitation.organisation,
			packId: invitation.packId,
			packVersion: invitation.packVersion,
			locale,
			mode: 'response',
			date: invitation.date,
			createdAt: now,
			updatedAt: now
		},
		participants: [
			{
				id: invitation.participantId,
				assessmentId: invitation.assessmentId,
				name: invitation.participantName,
				order: 0
			}
		],
		answers: [],
		consensus: [],
		targets: [],
		roadmapItems: []
	});
	return invitation.assessmentId;
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

/** Reads dropped response files and stores the accepted ones in one transaction. */
export async function importResponseFiles(
	files: File[],
	open: OpenAssessment
): Promise<ImportPlan> {
	// Huge files are refused before they are read into memory.
	const fitting = files.filter((file) => file.size <= MAX_RESPONSE_BYTES);
	const texts = await Promise.all(
		fitting.map(async (file) => ({ name: file.name, text: await file.text() }))
	);
	const questionIds = new Set(open.pack.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
	const plan = planImport(texts, open.snapshot, questionIds);
	for (const file of files.filter((f) => f.size > MAX_RESPONSE_BYTES)) {
		plan.rejected.push({ file: file.name, problem: { code: 'tooLarge' } });
	}
	if (plan.accepted.length > 0) {
		const responses = plan.accepted.map((a) => a.response);
		const saved = await open.replaceAnswers(
			responses.map((r) => r.participantId),
			applyResponses([], responses)
		);
		// The open assessment shows why the write failed; nothing was imported.
		if (!saved) return { ...plan, accepted: [] };
	}
	return plan;
}

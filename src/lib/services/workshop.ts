import type { AnswerValue, Participant } from '$lib/domain/assessment.schema';
import { newId } from '$lib/domain/new-id';
import { getStore } from '$lib/storage';

/** What the facilitator view and the live round change, each saved at once. */
export const workshop = {
	addParticipant: (assessmentId: string, name: string, order: number) =>
		getStore().saveParticipants([{ id: newId(), assessmentId, name, order }]),
	renameParticipant: (participant: Participant, name: string) =>
		getStore().saveParticipants([{ ...participant, name }]),
	removeParticipant: (participant: Participant) =>
		getStore().deleteParticipant(participant.assessmentId, participant.id),
	agree: (assessmentId: string, questionId: string, value: AnswerValue, reason: string) =>
		getStore().saveConsensus({ assessmentId, questionId, value, reason }),
	clearAgreement: (assessmentId: string, questionId: string) =>
		getStore().deleteConsensus(assessmentId, questionId)
};

import type { Answer } from '$lib/domain/assessment.schema';

/** One participant's answer to one question in assessment "a", with no note. */
export const makeAnswer = (
	participantId: string,
	questionId: string,
	value: Answer['value']
): Answer => ({
	assessmentId: 'a',
	participantId,
	questionId,
	value,
	note: '',
	updatedAt: 0
});

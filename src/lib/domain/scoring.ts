import type { Question } from './pack.schema';
import type { OrgType, SizeBand } from './vocabulary';

/** What the scoring needs to know about the organisation. */
export interface Profile {
	type: OrgType;
	size?: SizeBand;
}

/**
 * The team's value for one question: a level (a median may fall between two levels),
 * "don't know", "not applicable", or nothing yet.
 */
export type QuestionValue = number | 'dontKnow' | 'notApplicable' | undefined;

/** Whether a question fits the organisation; a size is only checked when one is known. */
export function appliesTo(question: Question, profile: Profile): boolean {
	const { orgTypes, sizes } = question.applicability ?? {};
	if (orgTypes && !orgTypes.includes(profile.type)) return false;
	if (sizes && profile.size && !sizes.includes(profile.size)) return false;
	return true;
}

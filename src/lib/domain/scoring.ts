import type { Dimension, Question } from './pack.schema';
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

export interface DimensionScore {
	dimensionId: string;
	/** Weighted mean of the answered levels, 1 … 5; null while nothing is answered. */
	score: number | null;
	/** Questions with a level. */
	answered: number;
	/** Questions that fit the organisation and were not marked "not applicable". */
	applicable: number;
	/** answered / applicable, 0 … 1 (0 when nothing applies). */
	coverage: number;
	dontKnow: number;
}

/** Whether a question fits the organisation; a size is only checked when one is known. */
export function appliesTo(question: Question, profile: Profile): boolean {
	const { orgTypes, sizes } = question.applicability ?? {};
	if (orgTypes && !orgTypes.includes(profile.type)) return false;
	if (sizes && profile.size && !sizes.includes(profile.size)) return false;
	return true;
}

/**
 * Scores one dimension. "Don't know" and "not applicable" never count as a level: they only
 * lower coverage (don't know) or the number of applicable questions (not applicable).
 */
export function scoreDimension(
	dimension: Dimension,
	values: ReadonlyMap<string, QuestionValue>,
	profile: Profile
): DimensionScore {
	let answered = 0;
	let applicable = 0;
	let dontKnow = 0;
	let weightSum = 0;
	let weighted = 0;
	for (const question of dimension.questions) {
		if (!appliesTo(question, profile)) continue;
		const value = values.get(question.id);
		if (value === 'notApplicable') continue;
		applicable++;
		if (value === 'dontKnow') dontKnow++;
		else if (typeof value === 'number') {
			const weight = question.weight ?? 1;
			answered++;
			weightSum += weight;
			weighted += weight * value;
		}
	}
	return {
		dimensionId: dimension.id,
		score: answered === 0 ? null : weighted / weightSum,
		answered,
		applicable,
		coverage: applicable === 0 ? 0 : answered / applicable,
		dontKnow
	};
}

/** Questions of a pack that fit the organisation (before any "not applicable" answer). */
export function applicableQuestions(
	dimensions: readonly Dimension[],
	profile: Profile
): Question[] {
	return dimensions.flatMap((d) => d.questions.filter((q) => appliesTo(q, profile)));
}

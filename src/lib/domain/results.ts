import { teamValue } from './aggregate';
import type {
	Answer,
	AnswerValue,
	Consensus,
	Importance,
	LevelValue,
	Target
} from './assessment.schema';
import { defaultTarget } from './assessment-ops';
import type { Dimension } from './pack.schema';
import { scoreDimension, type DimensionScore, type Profile, type QuestionValue } from './scoring';

/** Where each question's value comes from: the team's agreed level, or the participants' median. */
export type ValueSource = 'consensus' | 'median';

export interface QuestionResult {
	value: QuestionValue;
	source: ValueSource;
}

/** A dimension's score with the team's target and importance (suggested ones when unset). */
export interface DimensionResult extends DimensionScore {
	target: LevelValue;
	importance: Importance;
	isTargetSet: boolean;
	/** target − score, never below 0; 0 while unscored. */
	gap: number;
}

export interface Results {
	questions: Map<string, QuestionResult>;
	dimensions: DimensionResult[];
	/** Mean of the scored dimensions, or null when none is scored. */
	overall: number | null;
	/** The level whose name describes the organisation overall (1 … 5), or null. */
	stage: LevelValue | null;
}

/**
 * Each question's value: the consensus where the team recorded one, otherwise the median of the
 * participants' levels ("don't know" or "not applicable" only when nobody gave a level).
 */
export function questionResults(
	answers: readonly Answer[],
	consensus: readonly Consensus[] = []
): Map<string, QuestionResult> {
	const byQuestion = new Map<string, (AnswerValue | null)[]>();
	for (const answer of answers) {
		byQuestion.set(answer.questionId, [...(byQuestion.get(answer.questionId) ?? []), answer.value]);
	}
	const results = new Map<string, QuestionResult>();
	for (const [id, values] of byQuestion) {
		results.set(id, { value: teamValue(values), source: 'median' });
	}
	for (const agreed of consensus) {
		results.set(agreed.questionId, { value: agreed.value, source: 'consensus' });
	}
	return results;
}

/** Scores, targets and the overall stage of an assessment. */
export function computeResults(
	dimensions: readonly Dimension[],
	profile: Profile,
	answers: readonly Answer[],
	consensus: readonly Consensus[] = [],
	targets: readonly Target[] = []
): Results {
	const questions = questionResults(answers, consensus);
	const values = new Map([...questions].map(([id, r]) => [id, r.value]));
	const results = dimensions.map((dimension): DimensionResult => {
		const score = scoreDimension(dimension, values, profile);
		const set = targets.find((t) => t.dimensionId === dimension.id);
		const target = set?.target ?? defaultTarget(score.score);
		return {
			...score,
			target,
			importance: set?.importance ?? 'medium',
			isTargetSet: !!set,
			gap: score.score === null ? 0 : Math.max(0, target - score.score)
		};
	});
	const scored = results.flatMap((d) => (d.score === null ? [] : [d.score]));
	const overall = scored.length === 0 ? null : scored.reduce((a, b) => a + b, 0) / scored.length;
	return {
		questions,
		dimensions: results,
		overall,
		stage: overall === null ? null : (Math.min(5, Math.max(1, Math.floor(overall))) as LevelValue)
	};
}

/** The highest-scoring dimensions (at most `count`), best first; ties keep the pack's order. */
export function strengths(results: Results, count = 3): DimensionResult[] {
	return results.dimensions
		.filter((d) => d.score !== null)
		.map((d, i) => ({ d, i }))
		.sort((a, b) => b.d.score! - a.d.score! || a.i - b.i)
		.slice(0, count)
		.map(({ d }) => d);
}

/** The dimensions furthest below their target (at most `count`), largest gap first. */
export function gaps(results: Results, count = 3): DimensionResult[] {
	return results.dimensions
		.map((d, i) => ({ d, i }))
		.filter(({ d }) => d.gap > 0)
		.sort((a, b) => b.d.gap - a.d.gap || a.i - b.i)
		.slice(0, count)
		.map(({ d }) => d);
}

import { median } from './aggregate';
import type { Answer, LevelValue } from './assessment.schema';

/** How far apart the team's answers to one question are. */
export interface QuestionSpread {
	questionId: string;
	/** Participants who gave a level. */
	count: number;
	dontKnow: number;
	notApplicable: number;
	min: LevelValue | null;
	median: number | null;
	max: LevelValue | null;
	/** max − min in levels; 0 with fewer than two levels. */
	range: number;
	/** Two levels apart or more: worth discussing. */
	isFlagged: boolean;
}

export const DISAGREEMENT_THRESHOLD = 2;

/**
 * Spread per question over all participants' answers, in one pass over the answers
 * (50 participants × 60 questions stays instant: see `npm run bench`).
 */
export function spreadByQuestion(
	questionIds: readonly string[],
	answers: readonly Answer[]
): Map<string, QuestionSpread> {
	const levels = new Map<string, LevelValue[]>(questionIds.map((id) => [id, []]));
	const others = new Map(questionIds.map((id) => [id, { dontKnow: 0, notApplicable: 0 }]));
	for (const answer of answers) {
		const list = levels.get(answer.questionId);
		if (!list) continue;
		if (typeof answer.value === 'number') list.push(answer.value);
		else if (answer.value === 'dontKnow') others.get(answer.questionId)!.dontKnow++;
		else if (answer.value === 'notApplicable') others.get(answer.questionId)!.notApplicable++;
	}
	const result = new Map<string, QuestionSpread>();
	for (const id of questionIds) {
		const list = levels.get(id)!;
		const min = list.length ? (Math.min(...list) as LevelValue) : null;
		const max = list.length ? (Math.max(...list) as LevelValue) : null;
		const range = min === null || max === null ? 0 : max - min;
		result.set(id, {
			questionId: id,
			count: list.length,
			...others.get(id)!,
			min,
			median: list.length ? median(list) : null,
			max,
			range,
			isFlagged: range >= DISAGREEMENT_THRESHOLD
		});
	}
	return result;
}

/**
 * Questions to talk about, most disagreement first: the widest range, then the most answers
 * (a split among many weighs more), then "don't know" answers, then the pack's order.
 */
export function discussionOrder(spreads: readonly QuestionSpread[]): QuestionSpread[] {
	return spreads
		.map((spread, index) => ({ spread, index }))
		.filter(({ spread }) => spread.range > 0 || spread.dontKnow > 0)
		.sort(
			(a, b) =>
				b.spread.range - a.spread.range ||
				b.spread.count - a.spread.count ||
				b.spread.dontKnow - a.spread.dontKnow ||
				a.index - b.index
		)
		.map(({ spread }) => spread);
}

/** Every question for the discussion: those in discussionOrder first, then the rest in order. */
export function discussionList<T extends { spread: QuestionSpread }>(questions: readonly T[]): T[] {
	const first = discussionOrder(questions.map((q) => q.spread)).map((spread) =>
		questions.find((q) => q.spread === spread)!
	);
	return [...first, ...questions.filter((q) => !first.includes(q))];
}

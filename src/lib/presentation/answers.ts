import type { AnswerValue } from '$lib/domain/assessment.schema';
import type { QuestionModel } from '$lib/domain/model';
import type { QuestionValue } from '$lib/domain/scoring';
import { m } from '$lib/paraglide/messages';
import { formatScore, levelName } from './labels';

/**
 * An answer or team value in words: "3 · Involving", "2,5" (a median between two levels),
 * "Don't know", "Not applicable"; `empty` when there is none.
 */
export function answerText(
	value: AnswerValue | QuestionValue | null,
	locale: string,
	empty: string = m.results_not_answered()
): string {
	if (value === null || value === undefined) return empty;
	if (value === 'dontKnow') return m.answer_dont_know();
	if (value === 'notApplicable') return m.answer_not_applicable();
	if (!Number.isInteger(value)) return formatScore(value, locale);
	return `${value} · ${levelName(value as 1 | 2 | 3 | 4 | 5)}`;
}

/** Where a team value comes from: "agreed by the team" or "median of 4 answers". */
export function sourceText(question: QuestionModel): string {
	if (question.team.source === 'consensus') return m.results_source_consensus();
	return m.results_source_median({ count: question.spread.count });
}

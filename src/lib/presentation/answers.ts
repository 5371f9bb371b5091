import type { AnswerValue } from '$lib/domain/assessment.schema';
import type { QuestionModel } from '$lib/domain/model';
import type { QuestionValue } from '$lib/domain/scoring';
import type { QuestionSpread } from '$lib/domain/spread';
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

/** "⚠ Lowest 1 · median 3.0 · highest 5 · spread 4", or that nobody gave a level yet. */
export function spreadText(spread: QuestionSpread, locale: string): string {
	if (spread.count === 0) return m.workshop_stats_none();
	const stats = m.workshop_stats({
		min: spread.min!,
		median: formatScore(spread.median!, locale),
		max: spread.max!,
		range: spread.range
	});
	return spread.isFlagged ? `⚠ ${stats}` : stats;
}

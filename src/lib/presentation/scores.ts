import type { AssessmentModel, DimensionModel } from '$lib/domain/model';
import { m } from '$lib/paraglide/messages';
import { formatScore, levelName } from './labels';

/** A topic's figures as text: the same strings on the results page, in the PDF and the CSV. */
export interface ScoreCells {
	score: string;
	target: string;
	gap: string;
	coverage: string;
}

export function scoreText(dimension: DimensionModel, locale: string): string {
	if (dimension.status === 'notApplicable') return m.results_topic_not_applicable();
	if (dimension.score === null) return m.results_not_enough();
	return formatScore(dimension.score, locale);
}

export function scoreCells(dimension: DimensionModel, locale: string): ScoreCells {
	return {
		score: scoreText(dimension, locale),
		target: dimension.target === null ? '–' : String(dimension.target),
		gap: dimension.gap === null ? '–' : formatScore(dimension.gap, locale),
		coverage: coverageText(dimension)
	};
}

/** "3 of 5", and how many were answered "don't know": they count as work to do, not as a level. */
export function coverageText(dimension: DimensionModel): string {
	const { answered, applicable, dontKnow } = dimension;
	return dontKnow > 0
		? m.results_coverage_dont_know({ answered, applicable, count: dontKnow })
		: m.results_coverage_value({ answered, applicable });
}

/** "Consulting (2.5 of 5)", or that there are not enough answers yet. */
export function stageText(model: AssessmentModel, locale: string): string {
	const { score, stage } = model.overall;
	if (score === null || stage === null) return m.results_overall_none();
	return m.results_overall_value({ stage: levelName(stage), score: formatScore(score, locale) });
}

/** "2.8 now, target 4" for a list of gaps. */
export function gapText(dimension: DimensionModel, locale: string): string {
	return m.results_gap_value({
		score: scoreText(dimension, locale),
		target: dimension.target ?? '–'
	});
}

import type { AssessmentModel } from '$lib/domain/model';
import { separatorFor, toCsv } from '$lib/domain/csv';
import { m } from '$lib/paraglide/messages';
import { answerText } from '$lib/presentation/answers';
import { formatLocale, importanceLabel } from '$lib/presentation/labels';
import { displayName } from '$lib/presentation/names';
import { scoreCells } from '$lib/presentation/scores';

/** One row per participant × question, in the pack's order, texts in the reader's language. */
export function answersCsv(model: AssessmentModel, locale: string): string {
	const { assessment, participants } = model.snapshot;
	// Answers to questions an earlier version asked come last, so that nothing is lost.
	const retired = model.retired.map((question) => ({
		...question,
		dimensionTitle: m.csv_retired_topic()
	}));
	const rows = participants.flatMap((participant) =>
		[...model.questions, ...retired].map((question) => {
			const answer = question.answers.find((a) => a.participantId === participant.id);
			const value = answer?.value ?? null;
			return [
				displayName(assessment),
				assessment.organisation.name,
				assessment.date,
				participant.name,
				'dimensionTitle' in question
					? question.dimensionTitle
					: (model.dimensionById.get(question.dimensionId)?.title ?? question.dimensionId),
				question.id,
				question.text,
				typeof value === 'number' ? value : null,
				answerText(value, locale, ''),
				answer?.note ?? ''
			];
		})
	);
	return toCsv(
		[
			m.csv_assessment(),
			m.csv_organisation(),
			m.csv_date(),
			m.csv_participant(),
			m.csv_dimension(),
			m.csv_question_id(),
			m.csv_question(),
			m.csv_level(),
			m.csv_answer(),
			m.csv_note()
		],
		rows,
		separatorFor(formatLocale(locale))
	);
}

/** One row per topic: the figures exactly as the results page and the PDF show them. */
export function scoresCsv(model: AssessmentModel, locale: string): string {
	const rows = model.dimensions.map((dimension) => {
		const cells = scoreCells(dimension, locale);
		return [
			dimension.id,
			dimension.title,
			cells.score,
			cells.target,
			cells.gap,
			cells.coverage,
			importanceLabel[dimension.importance]()
		];
	});
	return toCsv(
		[
			m.csv_dimension_id(),
			m.csv_dimension(),
			m.results_score(),
			m.results_target(),
			m.results_gap(),
			m.results_coverage(),
			m.targets_importance()
		],
		rows,
		separatorFor(formatLocale(locale))
	);
}

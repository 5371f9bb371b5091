import type { LoadedPack } from '$lib/content/packs';
import type { AnswerValue, AssessmentSnapshot } from '$lib/domain/assessment.schema';
import { separatorFor, toCsv } from '$lib/domain/csv';
import { levelName } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { displayName } from '$lib/services/assessment-list';

function answerText(value: AnswerValue | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (value === 'dontKnow') return m.answer_dont_know();
	if (value === 'notApplicable') return m.answer_not_applicable();
	return levelName(value);
}

/** One row per participant × question, in the pack's order, texts in the reader's language. */
export function answersCsv(data: AssessmentSnapshot, pack: LoadedPack, locale: string): string {
	const { assessment } = data;
	const titles = new Map(pack.dimensions.map((d) => [d.id, d.title]));
	const answers = new Map(data.answers.map((a) => [`${a.participantId}|${a.questionId}`, a]));
	const rows = data.participants.flatMap((participant) =>
		pack.manifest.dimensions.flatMap((dimension) =>
			dimension.questions.map((question) => {
				const answer = answers.get(`${participant.id}|${question.id}`);
				return [
					displayName(assessment),
					assessment.organisation.name,
					assessment.date,
					participant.name,
					titles.get(dimension.id) ?? dimension.id,
					question.id,
					pack.questions[question.id]?.text ?? '',
					typeof answer?.value === 'number' ? answer.value : null,
					answerText(answer?.value),
					answer?.note ?? ''
				];
			})
		)
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
		separatorFor(locale)
	);
}

import type { AssessmentModel, QuestionModel } from '$lib/domain/model';
import { separatorFor, toCsv } from '$lib/domain/csv';
import { toIcs } from '$lib/domain/ics';
import { ROLE_GROUPS } from '$lib/domain/vocabulary';
import { m } from '$lib/paraglide/messages';
import { answerText } from '$lib/presentation/answers';
import { groupLabel } from '$lib/presentation/groups';
import {
	formatLocale,
	formatScore,
	importanceLabel,
	phaseLabel,
	statusLabel
} from '$lib/presentation/labels';
import { displayName } from '$lib/presentation/names';
import { itemView } from '$lib/presentation/roadmap-item';
import { scoreCells } from '$lib/presentation/scores';

/**
 * One row per participant × question, in the pack's order, texts in the reader's language; each
 * row also carries the question's agreed level with its reason and each group's median, so that
 * a spreadsheet can filter by them.
 */
export function answersCsv(model: AssessmentModel, locale: string): string {
	const { assessment, participants } = model.snapshot;
	const visible = ROLE_GROUPS.filter((g) => model.visibleGroups.has(g));
	// With one group, its median is the team's: the columns would only repeat it.
	const groups = model.isTeam && visible.length > 1 ? visible : [];
	const agreed = (question: object) => {
		const team = 'team' in question ? (question as QuestionModel).team : undefined;
		if (team?.source !== 'consensus') return [null, ''];
		return [
			typeof team.value === 'number' ? team.value : answerText(team.value, locale, ''),
			team.reason
		];
	};
	const medians = (question: object) =>
		groups.map((group) => {
			const values = 'groups' in question ? (question as QuestionModel).groups : [];
			const value = values.find((g) => g.group === group)?.value ?? null;
			return value === null ? '' : formatScore(value, locale);
		});
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
				answer?.note ?? '',
				...agreed(question),
				...medians(question)
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
			m.csv_note(),
			m.csv_agreed_level(),
			m.csv_agreed_reason(),
			...groups.map((g) => m.csv_group_median({ group: groupLabel[g]() }))
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

/** The handbook's address for an entry, in the reader's language. */
export function handbookLink(base: string, locale: string, slug: string): string {
	return `${base.replace(/\/+$/, '')}${locale === 'en' ? '' : `/${locale}`}/handbook/${slug}/`;
}

/** The roadmap as the roadmap page lists it: one row per item, by phase then order. */
export function roadmapCsv(model: AssessmentModel, locale: string, handbookBase: string): string {
	const rows = model.roadmap.map((entry) => {
		const view = itemView(entry, model.pack, locale);
		const { item } = entry;
		return [
			phaseLabel[item.phase](),
			view.title,
			view.firstStep,
			view.owner,
			// As a date a spreadsheet can sort, not in words.
			item.due ?? '',
			statusLabel[item.status](),
			item.note,
			view.reason,
			view.handbook.map((h) => handbookLink(handbookBase, locale, h.slug)).join(' ')
		];
	});
	return toCsv(
		[
			m.csv_phase(),
			m.csv_action(),
			m.csv_first_step(),
			m.csv_owner(),
			m.csv_due(),
			m.csv_status(),
			m.csv_note(),
			m.csv_reason(),
			m.csv_handbook()
		],
		rows,
		separatorFor(formatLocale(locale))
	);
}

/** The roadmap's due dates as all-day calendar events; undefined when no item has one. */
export function roadmapIcs(
	model: AssessmentModel,
	locale: string,
	now: number
): string | undefined {
	const events = model.roadmap.flatMap((entry) => {
		if (!entry.item.due || entry.item.status === 'done' || entry.item.status === 'dropped')
			return [];
		const view = itemView(entry, model.pack, locale);
		return [
			{
				uid: `${entry.item.id}@empowerment-roadmap`,
				date: entry.item.due,
				summary: view.title,
				description: [
					view.firstStep && `${view.firstStepLabel}: ${view.firstStep}`,
					view.owner && `${m.csv_owner()}: ${view.owner}`,
					entry.item.note
				]
					.filter(Boolean)
					.join('\n')
			}
		];
	});
	return events.length === 0 ? undefined : toIcs(events, now);
}

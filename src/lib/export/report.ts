/**
 * The PDF's content as plain text and tables, in the reader's language. Kept apart from the
 * drawing (pdf.ts) so that what the PDF says can be tested without a browser.
 */
import type { LoadedPack } from '$lib/content/packs';
import type { AnswerValue, AssessmentSnapshot } from '$lib/domain/assessment.schema';
import { PHASES } from '$lib/domain/assessment.schema';
import { gaps, strengths, type Results } from '$lib/domain/results';
import { appliesTo } from '$lib/domain/scoring';
import { spreadByQuestion } from '$lib/domain/spread';
import { itemView } from '$lib/components/roadmap/item-view';
import {
	countryName,
	formatList,
	formatScore,
	levelName,
	orgTypeLabel,
	phaseLabel,
	phaseTime,
	statusLabel
} from '$lib/labels';
import { languageName, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { displayName } from '$lib/services/assessment-list';

export interface Table {
	head: string[];
	body: string[][];
}

/** One roadmap item: a row of facts, and its first step and note underneath. */
export interface RoadmapRow {
	title: string;
	details: string;
	owner: string;
	due: string;
	status: string;
	why: string;
}

export interface Report {
	title: string;
	organisation: string;
	label?: string;
	facts: [string, string][];
	prepared: string;
	summary: { heading: string; stage: string; text: string[]; strengths: string[]; gaps: string[] };
	scores: Table;
	chartTitles: { radar: string; bar: string };
	dimensions: { title: string; score: string; table: Table }[];
	roadmap: {
		title: string;
		head: string[];
		phases: { title: string; items: RoadmapRow[] }[];
	};
	handbook: { intro: string; links: { title: string; url: string }[] };
	footer: string;
	headings: {
		summary: string;
		strengths: string;
		gaps: string;
		charts: string;
		detail: string;
		handbook: string;
	};
	page: (page: number, pages: number) => string;
}

function answerText(value: AnswerValue | number | undefined, locale: string): string {
	if (value === undefined) return m.results_not_answered();
	if (value === 'dontKnow') return m.answer_dont_know();
	if (value === 'notApplicable') return m.answer_not_applicable();
	if (!Number.isInteger(value)) return formatScore(value, locale);
	return `${value} · ${levelName(value as 1)}`;
}

/**
 * Everything the PDF says. `handbookBase` is the address the app is served from (or the one
 * the user set), so that handbook links work from the printed file.
 */
export function buildReport(
	data: AssessmentSnapshot,
	pack: LoadedPack,
	results: Results,
	locale: string,
	handbookBase: string,
	today: string
): Report {
	const { assessment } = data;
	const date = (iso: string) =>
		new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
	const title = (id: string) => pack.dimensions.find((d) => d.id === id)?.title ?? id;
	const isTeam = data.participants.length > 1;
	const score = (value: number | null) =>
		value === null ? m.results_no_score() : formatScore(value, locale);

	const facts: [string, string][] = [
		[m.new_org_type(), orgTypeLabel[assessment.organisation.type]()],
		[m.pdf_questionnaire(), `${pack.title} (${assessment.packVersion})`],
		[m.pdf_date(), date(assessment.date)],
		[m.pdf_language(), languageName(locale as Locale)]
	];
	const place = [
		assessment.organisation.region,
		countryName(assessment.organisation.country, locale)
	]
		.filter(Boolean)
		.join(', ');
	if (place) facts.push([m.pdf_region(), place]);
	if (isTeam) facts.push([m.pdf_participants(), data.participants.map((p) => p.name).join(', ')]);

	const top = strengths(results);
	const lacking = gaps(results);
	const text: string[] = [];
	if (top.length)
		text.push(
			m.results_summary_strengths({
				list: formatList(
					top.map((d) => title(d.dimensionId)),
					locale
				)
			})
		);
	text.push(
		lacking.length
			? m.results_summary_gaps({
					list: formatList(
						lacking.map((d) => title(d.dimensionId)),
						locale
					)
				})
			: m.results_summary_no_gaps()
	);
	if (isTeam) {
		const sources = [...results.questions.values()];
		text.push(
			m.results_sources({
				consensus: sources.filter((q) => q.source === 'consensus').length,
				median: sources.filter((q) => q.source === 'median').length
			})
		);
	}

	const spreads = spreadByQuestion(
		pack.manifest.dimensions.flatMap((d) => d.questions.map((q) => q.id)),
		data.answers
	);
	const names = new Map(data.participants.map((p) => [p.id, p.name]));
	const dimensions = pack.manifest.dimensions.map((dimension, i) => {
		const result = results.dimensions[i]!;
		const head = [
			m.csv_question(),
			m.results_answer(),
			...(isTeam ? [m.pdf_spread()] : []),
			m.results_notes()
		];
		const body = dimension.questions
			.filter((q) => appliesTo(q, assessment.organisation))
			.map((question) => {
				const value = results.questions.get(question.id);
				const spread = spreads.get(question.id)!;
				const consensus = data.consensus.find((c) => c.questionId === question.id);
				const notes = data.answers
					.filter((a) => a.questionId === question.id && a.note.trim())
					.map((a) => (isTeam ? `${names.get(a.participantId)}: ${a.note}` : a.note));
				if (consensus?.reason)
					notes.unshift(`${m.results_source_consensus()}: ${consensus.reason}`);
				const answer =
					answerText(value?.value, locale) +
					(isTeam && value?.value !== undefined
						? ` (${value.source === 'consensus' ? m.results_source_consensus() : m.results_source_median({ count: spread.count })})`
						: '');
				const team =
					spread.count === 0
						? '–'
						: m.pdf_spread_value({
								min: spread.min!,
								max: spread.max!,
								median: formatScore(spread.median!, locale)
							});
				return [
					pack.questions[question.id]?.text ?? question.id,
					answer,
					...(isTeam ? [team] : []),
					notes.join('\n')
				];
			});
		return {
			title: pack.dimensions[i]!.title,
			score: `${m.results_score()}: ${score(result.score)} · ${m.results_target()}: ${result.target} · ${m.results_coverage()}: ${m.results_coverage_value({ answered: result.answered, applicable: result.applicable })}`,
			table: { head, body }
		};
	});

	const base = handbookBase.replace(/\/+$/, '');
	const prefix = locale === 'en' ? '' : `/${locale}`;
	const referenced = new Set<string>();
	const phases = PHASES.map((phase) => ({
		title: `${phaseLabel[phase]()} (${phaseTime[phase]()})`,
		items: data.roadmapItems
			.filter((i) => i.phase === phase)
			.sort((a, b) => a.order - b.order)
			.map((item): RoadmapRow => {
				const view = itemView(item, pack, results, locale);
				view.handbook.forEach((h) => referenced.add(h.slug));
				return {
					title: view.title,
					details: [view.firstStep && `${m.roadmap_first_step()}: ${view.firstStep}`, item.note]
						.filter(Boolean)
						.join('\n'),
					owner: view.owner,
					due: view.due,
					status: statusLabel[item.status](),
					why: view.reason
				};
			})
	}));

	return {
		title: m.pdf_title(),
		organisation: assessment.organisation.name,
		label:
			assessment.label && assessment.label !== assessment.organisation.name
				? displayName(assessment)
				: undefined,
		facts,
		prepared: m.pdf_prepared({ date: date(today) }),
		summary: {
			heading: m.results_overall(),
			stage:
				results.stage === null || results.overall === null
					? m.results_overall_none()
					: m.results_overall_value({
							stage: levelName(results.stage),
							score: formatScore(results.overall, locale)
						}),
			text,
			strengths: top.map((d) => `${title(d.dimensionId)} (${score(d.score)})`),
			gaps: lacking.map(
				(d) =>
					`${title(d.dimensionId)} (${m.results_gap_value({ score: score(d.score), target: d.target })})`
			)
		},
		scores: {
			head: [
				m.results_dimension(),
				m.results_score(),
				m.results_target(),
				m.results_gap(),
				m.results_coverage()
			],
			body: results.dimensions.map((d) => [
				title(d.dimensionId),
				score(d.score),
				String(d.target),
				d.score === null ? '–' : formatScore(d.gap, locale),
				m.results_coverage_value({ answered: d.answered, applicable: d.applicable })
			])
		},
		chartTitles: { radar: m.results_radar_title(), bar: m.results_bar_title() },
		dimensions,
		roadmap: {
			title: m.pdf_roadmap(),
			head: [m.pdf_action(), m.pdf_owner(), m.roadmap_due(), m.roadmap_status(), m.roadmap_why()],
			phases
		},
		handbook: {
			intro: m.pdf_handbook_intro(),
			links: pack.handbook
				.filter((entry) => referenced.has(entry.slug))
				.map((entry) => ({ title: entry.title, url: `${base}${prefix}/handbook/${entry.slug}/` }))
		},
		footer: `${assessment.organisation.name} · ${date(assessment.date)}`,
		headings: {
			summary: m.pdf_summary(),
			strengths: m.results_strengths(),
			gaps: m.results_gaps(),
			charts: m.pdf_charts(),
			detail: m.pdf_detail(),
			handbook: m.pdf_handbook()
		},
		page: (page, pages) => m.pdf_page({ page, pages })
	};
}

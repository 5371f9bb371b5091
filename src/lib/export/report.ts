/**
 * The PDF's content as plain text and tables, in the reader's language, one function per
 * section. Built from the assessment model only, and kept apart from the drawing (pdf.ts), so
 * that what the PDF says can be tested without a browser.
 */
import type { AssessmentModel, DimensionModel } from '$lib/domain/model';
import { PHASES } from '$lib/domain/assessment.schema';
import { languageName, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { answerText, sourceText } from '$lib/presentation/answers';
import {
	countryName,
	formatDate,
	formatScore,
	orgTypeLabel,
	phaseLabel,
	phaseTime,
	statusLabel
} from '$lib/presentation/labels';
import { whoTookPart } from '$lib/presentation/groups';
import { displayName } from '$lib/presentation/names';
import { itemView } from '$lib/presentation/roadmap-item';
import { gapText, scoreCells, scoreText, stageText } from '$lib/presentation/scores';
import { sourcesSentence, summarySentences } from '$lib/presentation/summary';

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

export interface Cover {
	title: string;
	organisation: string;
	label?: string;
	facts: [string, string][];
	prepared: string;
}

export interface Summary {
	title: string;
	heading: string;
	stage: string;
	text: string[];
	strengths: { heading: string; items: string[] };
	gaps: { heading: string; items: string[] };
	scores: Table;
}

/** Service users beside the organisation's own people (only when both may be shown). */
export interface UsersSection {
	heading: string;
	tookPart: string;
	intro?: string;
	table?: Table;
	questionsHeading?: string;
	questions: string[];
}

export interface Report {
	cover: Cover;
	summary: Summary;
	users?: UsersSection;
	charts: { heading: string; radar: string; bar: string };
	detail: { heading: string; dimensions: { title: string; score: string; table: Table }[] };
	roadmap: { heading: string; head: string[]; phases: { title: string; items: RoadmapRow[] }[] };
	handbook: { heading: string; intro: string; links: { title: string; url: string }[] };
	footer: string;
	page: (page: number, pages: number) => string;
}

export interface ReportOptions {
	locale: string;
	/** Where the app is served, so that handbook links work from the printed file. */
	handbookBase: string;
	/** Today, YYYY-MM-DD. */
	today: string;
}

export function coverSection(model: AssessmentModel, { locale, today }: ReportOptions): Cover {
	const { assessment, participants } = model.snapshot;
	const facts: [string, string][] = [
		[m.new_org_type(), orgTypeLabel[assessment.organisation.type]()],
		[m.pdf_questionnaire(), `${model.pack.title} (${assessment.packVersion})`],
		[m.pdf_date(), formatDate(assessment.date, locale, 'long')],
		[m.pdf_language(), languageName(locale as Locale)]
	];
	const place = [
		assessment.organisation.region,
		countryName(assessment.organisation.country, locale)
	]
		.filter(Boolean)
		.join(', ');
	if (place) facts.push([m.pdf_region(), place]);
	if (model.isTeam) facts.push([m.pdf_participants(), participants.map((p) => p.name).join(', ')]);
	return {
		title: m.pdf_title(),
		organisation: assessment.organisation.name,
		label:
			assessment.label && assessment.label !== assessment.organisation.name
				? displayName(assessment)
				: undefined,
		facts,
		prepared: m.pdf_prepared({ date: formatDate(today, locale, 'long') })
	};
}

export function usersSection(model: AssessmentModel, locale: string): UsersSection | undefined {
	if (!model.isTeam) return undefined;
	const score = (value: number) => formatScore(value, locale);
	const { topics, questions } = model.usersView;
	if (topics.length === 0) {
		const one = model.groupSizes.get('users') === 1;
		return {
			heading: m.results_users_title(),
			tookPart: whoTookPart(model),
			intro: one ? m.results_users_hidden() : undefined,
			questions: []
		};
	}
	return {
		heading: m.results_users_title(),
		tookPart: whoTookPart(model),
		intro: m.results_users_intro(),
		table: {
			head: [
				m.results_dimension(),
				m.group_users_short(),
				m.group_organisation(),
				m.results_users_difference()
			],
			body: topics.map((t) => [
				model.dimensionById.get(t.dimensionId)!.title,
				score(t.users),
				score(t.organisation),
				score(t.difference)
			])
		},
		questionsHeading: m.results_users_questions(),
		questions:
			questions.length === 0
				? [m.results_users_none()]
				: questions.map(
						(q) =>
							`${model.questionById.get(q.questionId)!.text} (${m.group_users_short()} ${score(q.users)} · ${m.group_organisation()} ${score(q.organisation)})`
					)
	};
}

export function scoresTable(model: AssessmentModel, locale: string): Table {
	return {
		head: [
			m.results_dimension(),
			m.results_score(),
			m.results_target(),
			m.results_gap(),
			m.results_coverage()
		],
		body: model.dimensions.map((d) => {
			const cells = scoreCells(d, locale);
			return [d.title, cells.score, cells.target, cells.gap, cells.coverage];
		})
	};
}

export function summarySection(model: AssessmentModel, locale: string): Summary {
	const text = summarySentences(model, locale);
	if (model.isTeam) text.push(sourcesSentence(model));
	return {
		title: m.pdf_summary(),
		heading: m.results_overall(),
		stage: stageText(model, locale),
		text,
		strengths: {
			heading: m.results_strengths(),
			items: model.strengths.map((d) => `${d.title} (${scoreText(d, locale)})`)
		},
		gaps: {
			heading: m.results_gaps(),
			items: model.gaps.map((d) => `${d.title} (${gapText(d, locale)})`)
		},
		scores: scoresTable(model, locale)
	};
}

function dimensionTable(model: AssessmentModel, dimension: DimensionModel, locale: string): Table {
	const names = new Map(model.snapshot.participants.map((p) => [p.id, p.name]));
	const head = [
		m.csv_question(),
		m.results_answer(),
		...(model.isTeam ? [m.pdf_spread()] : []),
		m.results_notes()
	];
	const body = dimension.questions.map((question) => {
		const { spread, team } = question;
		const notes = question.answers
			.filter((a) => a.note.trim())
			.map((a) => (model.isTeam ? `${names.get(a.participantId)}: ${a.note}` : a.note));
		if (team.reason) notes.unshift(`${m.results_source_consensus()}: ${team.reason}`);
		const answer =
			answerText(team.value, locale) +
			(model.isTeam && team.source !== 'none' ? ` (${sourceText(question)})` : '');
		const range =
			spread.count === 0
				? '–'
				: m.pdf_spread_value({
						min: spread.min!,
						max: spread.max!,
						median: formatScore(spread.median!, locale)
					});
		return [question.text, answer, ...(model.isTeam ? [range] : []), notes.join('\n')];
	});
	return { head, body };
}

export function detailSection(model: AssessmentModel, locale: string): Report['detail'] {
	return {
		heading: m.pdf_detail(),
		dimensions: model.dimensions.map((dimension) => {
			const cells = scoreCells(dimension, locale);
			return {
				title: dimension.title,
				score: `${m.results_score()}: ${cells.score} · ${m.results_target()}: ${cells.target} · ${m.results_gap()}: ${cells.gap} · ${m.results_coverage()}: ${cells.coverage}`,
				table: dimensionTable(model, dimension, locale)
			};
		})
	};
}

export function roadmapSection(model: AssessmentModel, locale: string): Report['roadmap'] {
	return {
		heading: m.pdf_roadmap(),
		head: [m.pdf_action(), m.pdf_owner(), m.roadmap_due(), m.roadmap_status(), m.roadmap_why()],
		phases: PHASES.map((phase) => ({
			title: `${phaseLabel[phase]()} (${phaseTime[phase]()})`,
			items: model.roadmap
				.filter((entry) => entry.item.phase === phase)
				.map((entry): RoadmapRow => {
					const view = itemView(entry, model.pack, locale);
					return {
						title: view.title,
						details: [
							view.firstStep && `${view.firstStepLabel}: ${view.firstStep}`,
							entry.item.note
						]
							.filter(Boolean)
							.join('\n'),
						owner: view.owner,
						due: view.due,
						status: statusLabel[entry.item.status](),
						why: view.reason
					};
				})
		}))
	};
}

export function handbookSection(
	model: AssessmentModel,
	{ locale, handbookBase }: ReportOptions
): Report['handbook'] {
	const base = handbookBase.replace(/\/+$/, '');
	const prefix = locale === 'en' ? '' : `/${locale}`;
	const referenced = new Set(model.roadmap.flatMap((e) => e.handbook.map((h) => h.slug)));
	return {
		heading: m.pdf_handbook(),
		intro: m.pdf_handbook_intro(),
		links: model.pack.handbook
			.filter((entry) => referenced.has(entry.slug))
			.map((entry) => ({ title: entry.title, url: `${base}${prefix}/handbook/${entry.slug}/` }))
	};
}

/** Everything the PDF says. */
export function buildReport(model: AssessmentModel, options: ReportOptions): Report {
	const { assessment } = model.snapshot;
	return {
		cover: coverSection(model, options),
		summary: summarySection(model, options.locale),
		users: usersSection(model, options.locale),
		charts: {
			heading: m.pdf_charts(),
			radar: m.results_radar_title(),
			bar: m.results_bar_title()
		},
		detail: detailSection(model, options.locale),
		roadmap: roadmapSection(model, options.locale),
		handbook: handbookSection(model, options),
		footer: `${assessment.organisation.name} · ${formatDate(assessment.date, options.locale, 'long')}`,
		page: (page, pages) => m.pdf_page({ page, pages })
	};
}

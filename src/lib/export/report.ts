/**
 * The board report's content as plain text and tables, in the reader's language, one function
 * per section, in the order a board reads it: the summary on page one, then the roadmap, the
 * five levels, the results, progress over rounds and the answers as an appendix. Built from the
 * assessment model only, and kept apart from the drawing (pdf.ts, html.ts), so that the PDF and
 * the accessible report say the same and what they say can be tested without a browser.
 */
import type { AssessmentModel, DimensionModel, RoadmapEntry } from '$lib/domain/model';
import { PHASES, type LevelValue } from '$lib/domain/assessment.schema';
import { CLEARLY_LOWER } from '$lib/domain/groups';
import { languageName, type Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { handbookLink } from './csv';
import { answerText, sourceText } from '$lib/presentation/answers';
import {
	countryName,
	formatDate,
	formatScore,
	levelName,
	orgTypeLabel,
	phaseLabel,
	phaseTime,
	statusLabel
} from '$lib/presentation/labels';
import { floorHeading, floorStatusText } from '$lib/presentation/floor';
import { whoTookPart } from '$lib/presentation/groups';
import { displayName } from '$lib/presentation/names';
import { itemView } from '$lib/presentation/roadmap-item';
import { gapText, scoreCells, scoreText, stageText } from '$lib/presentation/scores';
import { sourcesSentence, summarySentences } from '$lib/presentation/summary';

export interface Table {
	head: string[];
	body: string[][];
}

export interface Cover {
	title: string;
	organisation: string;
	label?: string;
	/** One line under the title: questionnaire, date and how many took part. */
	line: string;
	facts: [string, string][];
	prepared: string;
}

export interface Priority {
	title: string;
	firstStep: string;
	owner: string;
	due: string;
}

/** Page one: what a board reads when it reads nothing else. */
export interface Board {
	title: string;
	stage: { heading: string; value: string; explanation: string };
	text: string[];
	priorities: { heading: string; items: Priority[]; none?: string };
	/** Rights and safety: how many are met (each one is listed with the results). */
	floor?: string;
	changes?: { heading: string; lines: string[] };
	ask?: { heading: string; text: string };
	users?: { heading: string; lines: string[] };
}

export interface Summary {
	title: string;
	intro: string;
	strengths: { heading: string; items: string[] };
	gaps: { heading: string; items: string[] };
	scores: Table;
	/** Rights and safety: the count, then each one not met or not known (the met ones are counted). */
	floor?: { heading: string; lines: string[] };
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

export interface RoadmapPhase {
	title: string;
	/** One row per item, in the columns of `head`. */
	rows: string[][];
	none?: string;
}

export type RoadmapColumn = 'action' | 'firstStep' | 'owner' | 'due' | 'status';

export interface Report {
	meta: { title: string; subject: string; author: string; creator: string; language: string };
	cover: Cover;
	board: Board;
	/**
	 * Only the columns some item fills: an empty "Due" column says nothing, and nor does a
	 * status column that says "Planned" in every row (`status` says it once instead).
	 */
	roadmap: {
		heading: string;
		status?: string;
		head: string[];
		columns: RoadmapColumn[];
		phases: RoadmapPhase[];
	};
	legend: {
		heading: string;
		intro: string;
		levels: { level: number; name: string; text: string }[];
	};
	summary: Summary;
	users?: UsersSection;
	charts: { radar: string; bar: string };
	progress?: { heading: string; table: Table; done?: { heading: string; items: string[] } };
	detail: {
		heading: string;
		facts: [string, string][];
		dimensions: { title: string; score: string; table: Table }[];
	};
	handbook: {
		heading: string;
		intro: string;
		/** Where the handbook is, for a reader of the printed page. */
		address: string;
		links: { title: string; url: string }[];
	};
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

const CREATOR = 'Empowerment Roadmap';

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
		line: m.pdf_facts({
			questionnaire: model.pack.title,
			date: formatDate(assessment.date, locale, 'long'),
			people: m.pdf_people({ count: participants.length })
		}),
		facts,
		prepared: m.pdf_prepared({ date: formatDate(today, locale, 'long') })
	};
}

const LEVEL_ABOUT = [
	m.level_about_1,
	m.level_about_2,
	m.level_about_3,
	m.level_about_4,
	m.level_about_5
];

const LEVELS: LevelValue[] = [1, 2, 3, 4, 5];

/**
 * The priorities a board is asked to back: the first three open items of "Now", in the order
 * the team put them on the roadmap page.
 */
export function priorityEntries(model: AssessmentModel): RoadmapEntry[] {
	return model.roadmap
		.filter(
			(e) =>
				e.item.phase === 'now' && (e.item.status === 'planned' || e.item.status === 'inProgress')
		)
		.slice(0, 3);
}

function changesSection(model: AssessmentModel, locale: string): Board['changes'] {
	if (model.rounds.length < 2) return undefined;
	const before = model.rounds.at(-2)!;
	const now = model.rounds.at(-1)!;
	const score = (value: number | null | undefined) =>
		value === null || value === undefined ? '–' : formatScore(value, locale);
	const changed = model.dimensions
		.map((d) => ({ d, from: before.scores[d.id] ?? null, to: now.scores[d.id] ?? null }))
		.filter((c) => c.from !== c.to)
		// Largest changes first; a topic scored for the first time (or no longer) comes last.
		.sort((a, b) => size(b) - size(a));
	const lines = changed.slice(0, 3).map((c) => `${c.d.title}: ${score(c.from)} → ${score(c.to)}`);
	if (changed.length === 0) lines.push(m.pdf_changes_none());
	if (changed.length > 3) lines.push(m.pdf_changes_more({ count: changed.length - 3 }));
	if (model.doneEarlier) lines.push(m.pdf_done_count({ count: model.doneEarlier.titles.length }));
	return { heading: m.pdf_changes({ date: formatDate(before.date, locale, 'long') }), lines };
}

function size(change: { from: number | null; to: number | null }): number {
	return change.from === null || change.to === null ? -1 : Math.abs(change.to - change.from);
}

function boardUsers(model: AssessmentModel, locale: string): Board['users'] {
	if (!model.isTeam) return undefined;
	const score = (value: number) => formatScore(value, locale);
	const { topics } = model.usersView;
	const lower = topics.filter((t) => t.difference >= CLEARLY_LOWER).slice(0, 3);
	const lines = [whoTookPart(model)];
	if (lower.length > 0) {
		lines.push(
			m.pdf_users_lower(),
			...lower.map(
				(t) =>
					`${model.dimensionById.get(t.dimensionId)!.title}: ${m.group_users_short()} ${score(t.users)} · ${m.group_organisation()} ${score(t.organisation)}`
			)
		);
	} else if (topics.length > 0) {
		lines.push(m.pdf_users_same());
	}
	return { heading: m.results_users_title(), lines };
}

export function boardSection(model: AssessmentModel, locale: string): Board {
	const { stage } = model.overall;
	const ask = model.snapshot.assessment.boardAsk?.trim();
	const priorities = priorityEntries(model).map((entry): Priority => {
		const view = itemView(entry, model.pack, locale);
		return {
			title: view.title,
			firstStep: view.firstStep ? `${view.firstStepLabel}: ${view.firstStep}` : '',
			owner: `${m.pdf_owner()}: ${view.owner || m.pdf_no_owner()}`,
			due: `${m.roadmap_due()}: ${view.due || m.pdf_no_due()}`
		};
	});
	return {
		title: m.pdf_board_title(),
		stage: {
			heading: m.pdf_where_we_stand(),
			value: stageText(model, locale),
			explanation: stage === null ? '' : LEVEL_ABOUT[stage - 1]!()
		},
		text: summarySentences(model, locale),
		priorities: {
			heading: m.pdf_priorities(),
			items: priorities,
			none: priorities.length === 0 ? m.pdf_priorities_none() : undefined
		},
		floor: model.floor.length > 0 ? floorHeading(model) : undefined,
		changes: changesSection(model, locale),
		ask: ask ? { heading: m.pdf_board_ask(), text: ask } : undefined,
		users: boardUsers(model, locale)
	};
}

export function legendSection(): Report['legend'] {
	return {
		heading: m.pdf_legend(),
		intro: m.pdf_legend_intro(),
		levels: LEVELS.map((level) => ({
			level,
			name: levelName(level),
			text: LEVEL_ABOUT[level - 1]!()
		}))
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

function floorList(model: AssessmentModel, locale: string): Summary['floor'] {
	return {
		heading: floorHeading(model),
		lines: model.floor
			.filter((f) => f.status !== 'met')
			.map((f) => `${floorStatusText(f, locale)} – ${f.question.text}`)
	};
}

export function summarySection(model: AssessmentModel, locale: string): Summary {
	return {
		title: m.pdf_results(),
		intro: [m.pdf_results_intro(), ...(model.isTeam ? [sourcesSentence(model)] : [])].join(' '),
		strengths: {
			heading: m.results_strengths(),
			items: model.strengths.map((d) => `${d.title} (${scoreText(d, locale)})`)
		},
		gaps: {
			heading: m.results_gaps(),
			items: model.gaps.map((d) => `${d.title} (${gapText(d, locale)})`)
		},
		scores: scoresTable(model, locale),
		floor: model.floor.length > 0 ? floorList(model, locale) : undefined
	};
}

export function progressSection(model: AssessmentModel, locale: string): Report['progress'] {
	if (model.rounds.length < 2) return undefined;
	const dates = model.rounds.map((r) => formatDate(r.date, locale));
	return {
		heading: m.results_progress(),
		table: {
			head: [
				m.results_dimension(),
				...model.rounds.map((r, i) =>
					r.isCurrent ? `${dates[i]} (${m.results_this_round()})` : dates[i]!
				)
			],
			body: model.dimensions.map((d) => [
				d.title,
				...model.rounds.map((r) => {
					const score = r.scores[d.id] ?? null;
					return score === null ? '–' : formatScore(score, locale);
				})
			])
		},
		done: model.doneEarlier && {
			heading: m.results_completed({ date: formatDate(model.doneEarlier.date, locale) }),
			items:
				model.doneEarlier.titles.length === 0
					? [m.results_completed_none()]
					: model.doneEarlier.titles
		}
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
		// A median needs no label here: the next column gives the range and its middle value.
		const answer =
			answerText(team.value, locale) +
			(model.isTeam && team.source === 'consensus' ? ` (${sourceText(question)})` : '');
		const range =
			spread.count === 0
				? '–'
				: m.pdf_spread_text({
						min: spread.min!,
						max: spread.max!,
						median: formatScore(spread.median!, locale)
					});
		return [question.text, answer, ...(model.isTeam ? [range] : []), notes.join('\n')];
	});
	return { head, body };
}

export function detailSection(model: AssessmentModel, options: ReportOptions): Report['detail'] {
	const { locale } = options;
	return {
		heading: m.pdf_appendix(),
		facts: coverSection(model, options).facts,
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
	const views = model.roadmap.map((entry) => ({
		entry,
		view: itemView(entry, model.pack, locale)
	}));
	const columns: {
		key: RoadmapColumn;
		head: string;
		cell: (v: (typeof views)[number]) => string;
		always?: true;
	}[] = [
		{ key: 'action', head: m.pdf_action(), cell: ({ view }) => view.title, always: true },
		{
			key: 'firstStep',
			head: m.roadmap_first_step_later(),
			cell: ({ view, entry }) => [view.firstStep, entry.item.note].filter(Boolean).join('\n')
		},
		{ key: 'owner', head: m.pdf_owner(), cell: ({ view }) => view.owner },
		{ key: 'due', head: m.roadmap_due(), cell: ({ view }) => view.due },
		{
			key: 'status',
			head: m.roadmap_status(),
			cell: ({ entry }) => statusLabel[entry.item.status]()
		}
	];
	const statuses = new Set(views.map((v) => v.entry.item.status));
	const same = statuses.size === 1 ? [...statuses][0]! : undefined;
	const shown = columns.filter((c) =>
		c.key === 'status' ? !same : c.always || views.some((v) => c.cell(v).trim())
	);
	return {
		heading: m.pdf_roadmap(),
		status: same && m.pdf_status_all({ status: statusLabel[same]() }),
		head: shown.map((c) => c.head),
		columns: shown.map((c) => c.key),
		phases: PHASES.map((phase) => {
			const rows = views
				.filter((v) => v.entry.item.phase === phase)
				.map((v) => shown.map((c) => c.cell(v)));
			return {
				title: `${phaseLabel[phase]()} (${phaseTime[phase]()})`,
				rows,
				none: rows.length === 0 ? m.pdf_no_items() : undefined
			};
		})
	};
}

export function handbookSection(
	model: AssessmentModel,
	{ locale, handbookBase }: ReportOptions
): Report['handbook'] {
	const referenced = new Set(model.roadmap.flatMap((e) => e.handbook.map((h) => h.slug)));
	const address = handbookLink(handbookBase, locale, '').replace(/\/+$/, '/');
	return {
		heading: m.pdf_handbook(),
		intro: m.pdf_handbook_intro({ address }),
		address,
		links: (model.pack.handbook ?? [])
			.filter((entry) => referenced.has(entry.slug))
			.map((entry) => ({ title: entry.title, url: handbookLink(handbookBase, locale, entry.slug) }))
	};
}

/** Everything the board report says, in the order it says it. */
export function buildReport(model: AssessmentModel, options: ReportOptions): Report {
	const { assessment } = model.snapshot;
	const cover = coverSection(model, options);
	return {
		meta: {
			title: `${cover.title} – ${assessment.organisation.name}`,
			subject: m.html_description(),
			author: assessment.organisation.name,
			creator: CREATOR,
			language: options.locale
		},
		cover,
		board: boardSection(model, options.locale),
		roadmap: roadmapSection(model, options.locale),
		legend: legendSection(),
		summary: summarySection(model, options.locale),
		users: usersSection(model, options.locale),
		charts: { radar: m.results_radar_title(), bar: m.results_bar_title() },
		progress: progressSection(model, options.locale),
		detail: detailSection(model, options),
		handbook: handbookSection(model, options),
		footer: `${assessment.organisation.name} · ${formatDate(assessment.date, options.locale, 'long')}`,
		page: (page, pages) => m.pdf_page({ page, pages })
	};
}

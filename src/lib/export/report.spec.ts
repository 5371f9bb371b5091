import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '$lib/domain/model';
import { baseLocale, getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { scoreCells } from '$lib/presentation/scores';
import { makeExample } from '$lib/test-data/example';
import { makeManifest, makePack } from '$lib/test-data/pack';
import { makeSnapshot } from '$lib/test-data/snapshot';
import { answersCsv, roadmapCsv, roadmapIcs, scoresCsv } from './csv';
import { reportHtml } from './html';
import {
	boardSection,
	buildReport,
	coverSection,
	detailSection,
	handbookSection,
	legendSection,
	priorityEntries,
	progressSection,
	roadmapSection,
	summarySection,
	usersSection
} from './report';

const options = { locale: 'en', handbookBase: 'https://example.org/app/', today: '2026-12-01' };
const example = makeExample();
const model = buildModel({
	snapshot: example.current,
	pack: example.pack,
	earlier: [{ snapshot: example.previous, pack: example.pack }]
});

afterEach(() => overwriteGetLocale(() => baseLocale));

describe('the report’s content', () => {
	it('opens with the organisation, the questionnaire and, for a team, its participants', () => {
		const cover = coverSection(model, options);
		expect(cover.organisation).toBe('Familienzentrum Seenland e. V.');
		expect(Object.fromEntries(cover.facts)).toMatchObject({
			'Date of the assessment': 'November 25, 2026',
			Participants: example.current.participants.map((p) => p.name).join(', ')
		});
		expect(cover.prepared).toContain('December 1, 2026');
		expect(cover.line).toBe('Full assessment · November 25, 2026 · 5 people');
	});

	it('opens with the board’s page: the stage explained, three priorities and the ask', () => {
		const board = boardSection(model, 'en');
		expect(board.stage.value).toMatch(/^Consulting \(2\.\d of 5\)$/);
		expect(board.stage.explanation).toBe(legendSection().levels[1]!.text);
		const first = priorityEntries(model);
		expect(first).toHaveLength(3);
		expect(first.every((e) => e.item.phase === 'now' && e.item.status !== 'done')).toBe(true);
		// The first open items of "Now", in the roadmap page's order.
		const now = model.roadmap.filter((e) => e.item.phase === 'now');
		expect(first.map((e) => e.item.id)).toEqual(now.slice(0, 3).map((e) => e.item.id));
		expect(board.priorities.items.map((p) => p.owner)).toEqual([
			'Owner: Jonas (social worker)',
			'Owner: Marta (volunteer coordinator)',
			'Owner: Anna (managing director)'
		]);
		expect(board.priorities.items[0]!.due).toBe('Due: Jan 1, 2027');
		expect(board.ask?.text).toMatch(/^We ask the board to fund lifts/);
		expect(board.changes?.heading).toBe('What changed since November 25, 2025');
		expect(board.changes?.lines.at(-1)).toBe('3 items of the last roadmap are done.');
		// Every change quotes the figures of the rounds as the progress table shows them.
		const progress = progressSection(model, 'en')!;
		for (const line of board.changes!.lines.filter((l) => l.includes('→'))) {
			const [title, figures] = line.split(': ');
			const row = progress.table.body.find((r) => r[0] === title)!;
			expect(figures).toBe(`${row.at(-2)} → ${row.at(-1)}`);
		}
	});

	it('counts the rights met on page one and lists those not met with the results', () => {
		const met = model.floor.filter((f) => f.status === 'met').length;
		const heading = `Rights and safety: the floor – ${met} of ${model.floor.length} met`;
		expect(boardSection(model, 'en').floor).toBe(heading);
		const floor = summarySection(model, 'en').floor!;
		expect(floor.heading).toBe(heading);
		// Those not met or not known are listed; the met ones are in the count.
		const open = model.floor.filter((f) => f.status !== 'met');
		expect(open.length).toBeGreaterThan(0);
		expect(floor.lines).toHaveLength(open.length);
		expect(floor.lines[0]).toMatch(/^Not met: level \d, at least 3 needed – /);
		expect(floor.lines[0]).toContain(open[0]!.question.text);
		// Nothing at all for a questionnaire without foundations.
		const mini = buildModel({ snapshot: makeSnapshot(), pack: makePack(makeManifest()) });
		expect(boardSection(mini, 'en').floor).toBeUndefined();
		expect(summarySection(mini, 'en').floor).toBeUndefined();
	});

	it('leaves out what a board report has nothing to say about', () => {
		const solo = buildModel({
			snapshot: {
				...example.current,
				assessment: { ...example.current.assessment, boardAsk: undefined }
			},
			pack: example.pack
		});
		const board = boardSection(solo, 'en');
		expect(board.ask).toBeUndefined();
		expect(board.changes).toBeUndefined();
		expect(progressSection(solo, 'en')).toBeUndefined();
	});

	it('explains the five levels in one sentence each', () => {
		const legend = legendSection();
		expect(legend.levels.map((l) => l.name)).toEqual([
			'Deciding for people',
			'Consulting',
			'Involving',
			'Co-producing',
			'User-led'
		]);
		expect(legend.levels.every((l) => l.text.split('. ').length === 1)).toBe(true);
	});

	it('shows every topic’s figures exactly as the results page does', () => {
		const summary = summarySection(model, 'en');
		expect(summary.scores.body).toEqual(
			model.dimensions.map((d) => {
				const cells = scoreCells(d, 'en');
				return [d.title, cells.score, cells.target, cells.gap, cells.coverage];
			})
		);
		expect(summary.gaps.items).toHaveLength(model.gaps.length);
		expect(summary.strengths.items.map((s) => s.split(' (')[0])).toEqual(
			model.strengths.map((d) => d.title)
		);
	});

	it('tells agreed levels from medians and keeps the reasons and notes', () => {
		const power = detailSection(model, options).dimensions.find(
			(d) => d.title === 'Structures and decision-making power'
		)!;
		const rows = power.table.body.map((row) => row.join(' | '));
		expect(rows.some((row) => row.includes('(agreed by the team)'))).toBe(true);
		expect(rows.some((row) => / \| [1-5] to [1-5], middle value [1-5]\.[05] \| /.test(row))).toBe(
			true
		);
		expect(rows.join('\n')).not.toContain('median of');
		expect(rows.join('\n')).toContain('has no budget and no say');
	});

	it('says when a topic has too few answers instead of a score of 0', () => {
		const thin = buildModel({
			snapshot: makeSnapshot({ answers: { p: { 'culture-a': 'dontKnow', 'culture-b': 2 } } }),
			pack: makePack(
				makeManifest({
					dimensions: [
						{
							id: 'culture',
							questions: [{ id: 'culture-a' }, { id: 'culture-b' }, { id: 'culture-c' }]
						}
					]
				})
			)
		});
		const [detail] = detailSection(thin, options).dimensions;
		expect(detail!.score).toBe(
			'Score: Not enough answers · Target: – · Gap: – · Coverage: 1 of 3, 1 “Don’t know”'
		);
		expect(summarySection(thin, 'en').scores.body[0]).toEqual([
			'Text culture',
			'Not enough answers',
			'–',
			'–',
			'1 of 3, 1 “Don’t know”'
		]);
	});

	it('lists the roadmap by phase, in the page’s order, with only the columns that have content', () => {
		const roadmap = roadmapSection(model, 'en');
		expect(roadmap.phases.map((p) => p.title)).toEqual([
			'Now (0–6 months)',
			'Next (6–18 months)',
			'Later (18–36 months)'
		]);
		expect(roadmap.head).toEqual(['Action', 'First step', 'Owner', 'Due', 'Status']);
		const rows = roadmap.phases.flatMap((p) => p.rows);
		expect(rows).toHaveLength(model.roadmap.length);
		expect(rows.map((r) => r[0])).toContain('Ask the district about an evening bus on Thursdays');
		// Without owners and dates, those columns are left out.
		const bare = buildModel({
			snapshot: {
				...example.current,
				roadmapItems: example.current.roadmapItems.map((i) => ({
					...i,
					owner: undefined,
					due: undefined
				}))
			},
			pack: example.pack
		});
		const plain = roadmapSection(bare, 'en');
		expect(plain.columns).not.toContain('due');
		expect(plain.head).not.toContain('Due');
		// Items in several states keep the status column; the example's are.
		expect(roadmap.status).toBeUndefined();
	});

	it('says a status once, above the roadmap, when every item has it', () => {
		const planned = buildModel({
			snapshot: {
				...example.current,
				roadmapItems: example.current.roadmapItems.map((i) => ({
					...i,
					status: 'planned' as const
				}))
			},
			pack: example.pack
		});
		const roadmap = roadmapSection(planned, 'en');
		expect(roadmap.status).toBe('Status of every item: Planned.');
		expect(roadmap.columns).not.toContain('status');
		expect(roadmap.head).toEqual(['Action', 'First step', 'Owner', 'Due']);
		for (const row of roadmap.phases.flatMap((p) => p.rows)) expect(row).toHaveLength(4);
	});

	it('links only the handbook entries the roadmap refers to, in the report’s language', () => {
		const referenced = new Set(model.roadmap.flatMap((e) => e.handbook.map((h) => h.slug)));
		const { links } = handbookSection(model, { ...options, locale: 'de' });
		expect(links.map((l) => l.url.split('/').at(-2))).toEqual(
			model.pack.handbook!.filter((e) => referenced.has(e.slug)).map((e) => e.slug)
		);
		expect(links[0]!.url).toMatch(/^https:\/\/example\.org\/app\/de\/handbook\/[a-z-]+\/$/);
		// A reader of the printed page finds the handbook by its address, given once.
		const handbook = handbookSection(model, { ...options, locale: 'de' });
		expect(handbook.address).toBe('https://example.org/app/de/handbook/');
		expect(handbook.intro).toContain('https://example.org/app/de/handbook/');
		expect(handbookSection(model, options).address).toBe('https://example.org/app/handbook/');
	});

	it('is written in the language asked for, plurals included', () => {
		overwriteGetLocale(() => 'de');
		const deExample = makeExample('de');
		const report = buildReport(buildModel({ snapshot: deExample.current, pack: deExample.pack }), {
			...options,
			locale: 'de'
		});
		expect(getLocale()).toBe('de');
		expect(report.board.stage.heading).toBe('Wo wir stehen');
		expect(report.board.ask?.heading).toBe('Was das Team vom Vorstand braucht');
		expect(report.meta).toMatchObject({ language: 'de', author: 'Familienzentrum Seenland e. V.' });
		expect(report.footer).toBe('Familienzentrum Seenland e. V. · 25. November 2026');
		expect(report.page(2, 9)).toBe('Seite 2 von 9');
	});
});

describe('the users’ view in the report', () => {
	const pack = makePack(
		makeManifest({ dimensions: [{ id: 'power', questions: [{ id: 'p1' }, { id: 'p2' }] }] })
	);
	const workshop = (users: string[]) =>
		buildModel({
			snapshot: makeSnapshot({
				participants: ['s1', 's2', ...users],
				groups: Object.fromEntries([
					['s1', 'staff'],
					['s2', 'leadership'],
					...users.map((u) => [u, 'users'])
				]),
				answers: {
					s1: { p1: 4, p2: 4 },
					s2: { p1: 3, p2: 4 },
					...Object.fromEntries(users.map((u) => [u, { p1: 1, p2: 2 }]))
				}
			}),
			pack
		});

	it('puts service users beside the organisation and lists the questions they rate lower', () => {
		const users = usersSection(workshop(['u1', 'u2']), 'en')!;
		expect(users.tookPart).toBe('2 service users or their representatives answered.');
		expect(users.table!.body).toEqual([['Text power', '1.5', '3.8', '2.3']]);
		expect(users.questions).toEqual([
			'Text p1? (Service users 1.0 · Your own people 3.5)',
			'Text p2? (Service users 2.0 · Your own people 4.0)'
		]);
	});

	it('puts each group’s median beside every answer in the CSV', () => {
		const model = buildModel({
			snapshot: makeSnapshot({
				participants: ['s1', 's2', 'u1', 'u2'],
				groups: { s1: 'staff', s2: 'staff', u1: 'users', u2: 'users' },
				answers: {
					s1: { p1: 4, p2: 4 },
					s2: { p1: 3, p2: 4 },
					u1: { p1: 1, p2: 2 },
					u2: { p1: 1, p2: 2 }
				}
			}),
			pack
		});
		const lines = answersCsv(model, 'en').trim().split('\r\n');
		expect(lines[0]).toMatch(/"Median: Staff","Median: Service users and their representatives"$/);
		const p1 = lines.find((l) => l.includes('"p1"'))!;
		expect(p1).toMatch(/"3\.5","1\.0"$/);
	});

	it('says a lone service user’s view is not shown, and shows no figures', () => {
		const users = usersSection(workshop(['u1']), 'en')!;
		expect(users.table).toBeUndefined();
		expect(users.intro).toMatch(/Only one service user answered/);
	});
});

describe('the CSV files', () => {
	it('hold the topics’ figures as the results page shows them', () => {
		const lines = scoresCsv(model, 'en').trim().split('\r\n');
		expect(lines).toHaveLength(model.dimensions.length + 1);
		const leadership = model.dimensionById.get('leadership')!;
		const cells = scoreCells(leadership, 'en');
		expect(lines[1]).toBe(
			`"leadership","Leadership and strategy","${cells.score}","${cells.target}","${cells.gap}","${cells.coverage}","High"`
		);
	});

	it('hold one row per participant and question, with the agreed level and the groups’ medians', () => {
		const lines = answersCsv(model, 'de').trim().split('\r\n');
		expect(lines).toHaveLength(1 + model.snapshot.participants.length * model.questions.length);
		expect(lines[0]).toMatch(/;"Note";"Agreed level";"Reason for the agreed level"$/);
		const agreed = model.questions.find((q) => q.team.source === 'consensus')!;
		const row = lines.find((l) => l.includes(`"${agreed.id}"`))!;
		expect(row).toContain(`;${agreed.team.value as number};"${agreed.team.reason}"`);
	});

	it('hold the roadmap as the roadmap page lists it', () => {
		const lines = roadmapCsv(model, 'en', 'https://example.org/app').trim().split('\r\n');
		expect(lines[0]).toBe(
			'"Phase","Action","First step","Owner","Due","Status","Note","Reason","Handbook"'
		);
		expect(lines).toHaveLength(model.roadmap.length + 1);
		expect(lines[1]).toMatch(
			/^"Now","[^"]+","[^"]*","Jonas \(social worker\)","2027-01-01","In progress"/
		);
		expect(lines.join('\n')).toMatch(/"https:\/\/example\.org\/app\/handbook\/[a-z-]+\/ /);
	});

	it('hold the due dates as calendar events', () => {
		const ics = roadmapIcs(model, 'en', Date.UTC(2026, 10, 25))!;
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
		expect(ics).toContain('DTSTART;VALUE=DATE:20270101');
		expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
			true
		);
	});
});

describe('the accessible report', () => {
	it('says what the PDF says, in one page with its language and no script', () => {
		const report = buildReport(model, options);
		const html = reportHtml(report, {
			radar: 'data:image/png;base64,AA==',
			bar: 'data:image/png;base64,AA==',
			pdf: { radar: 'data:image/jpeg;base64,AA==', bar: 'data:image/jpeg;base64,AA==' },
			sizes: { radar: { width: 800, height: 800 }, bar: { width: 640, height: 760 } }
		});
		expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
		expect(html).not.toMatch(/<script|<link|src="http/);
		for (const text of [
			report.board.stage.value,
			report.board.ask!.text,
			...report.board.priorities.items.map((p) => p.title),
			report.roadmap.heading,
			report.legend.levels[4]!.text,
			report.summary.scores.body[0]![0]!,
			report.progress!.heading,
			report.detail.heading
		]) {
			expect(html).toContain(text.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
		}
	});
});

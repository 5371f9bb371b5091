import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '$lib/domain/model';
import { baseLocale, getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { scoreCells } from '$lib/presentation/scores';
import { makeExample } from '$lib/test-data/example';
import { makeManifest, makePack } from '$lib/test-data/pack';
import { makeSnapshot } from '$lib/test-data/snapshot';
import { answersCsv, scoresCsv } from './csv';
import {
	buildReport,
	coverSection,
	detailSection,
	handbookSection,
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
		expect(summary.stage).toMatch(/^Consulting \(2\.\d of 5\)$/);
	});

	it('tells agreed levels from medians and keeps the reasons and notes', () => {
		const power = detailSection(model, 'en').dimensions.find(
			(d) => d.title === 'Structures and decision-making power'
		)!;
		const rows = power.table.body.map((row) => row.join(' | '));
		expect(rows.some((row) => row.includes('(agreed by the team)'))).toBe(true);
		expect(rows.some((row) => /median of 5 answers/.test(row))).toBe(true);
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
		const [detail] = detailSection(thin, 'en').dimensions;
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

	it('lists the roadmap by phase, with a reason for generated items and none for own ones', () => {
		const roadmap = roadmapSection(model, 'en');
		expect(roadmap.phases.map((p) => p.title)).toEqual([
			'Now (0–6 months)',
			'Next (6–18 months)',
			'Later (18–36 months)'
		]);
		const items = roadmap.phases.flatMap((p) => p.items);
		expect(items).toHaveLength(model.roadmap.length);
		expect(items.some((i) => i.why === 'Your own item')).toBe(true);
		expect(items.filter((i) => i.why !== 'Your own item')).not.toHaveLength(0);
		// A priority states the topic's figures; a foundation states the question's level.
		for (const item of items.filter((i) => i.why !== 'Your own item'))
			expect(item.why).toMatch(/now \d\.\d, target \d|stands at level \d/);
	});

	it('links only the handbook entries the roadmap refers to, in the report’s language', () => {
		const referenced = new Set(model.roadmap.flatMap((e) => e.handbook.map((h) => h.slug)));
		const { links } = handbookSection(model, { ...options, locale: 'de' });
		expect(links.map((l) => l.url.split('/').at(-2))).toEqual(
			model.pack.handbook.filter((e) => referenced.has(e.slug)).map((e) => e.slug)
		);
		expect(links[0]!.url).toMatch(/^https:\/\/example\.org\/app\/de\/handbook\/[a-z-]+\/$/);
	});

	it('is written in the language asked for, plurals included', () => {
		overwriteGetLocale(() => 'de');
		const deExample = makeExample('de');
		const report = buildReport(buildModel({ snapshot: deExample.current, pack: deExample.pack }), {
			...options,
			locale: 'de'
		});
		expect(getLocale()).toBe('de');
		expect(report.summary.heading).toBe('Gesamtstand');
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

	it('hold one row per participant and question', () => {
		const lines = answersCsv(model, 'de').trim().split('\r\n');
		expect(lines).toHaveLength(1 + model.snapshot.participants.length * model.questions.length);
	});
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeExample } from '$lib/test-data/example';
import { makeManifest, makePack, makeTexts } from '$lib/test-data/pack';
import { shippedPack } from '$lib/test-data/shipped';
import { makeSnapshot } from '$lib/test-data/snapshot';
import {
	assessmentSnapshotSchema,
	type AnswerValue,
	type AssessmentSnapshot
} from './assessment.schema';
import {
	buildModel,
	MIN_COVERAGE,
	roundScore,
	suggestedTarget,
	type AssessmentModel
} from './model';
import { assemblePack } from './pack';
import type { PackManifest } from './pack.schema';

/** Three topics: lead (2 questions, foundational), needs (4 questions), money (1 question). */
const manifest: PackManifest = makeManifest({
	dimensions: [
		{ id: 'lead', foundational: true, questions: [{ id: 'l1' }, { id: 'l2', weight: 3 }] },
		{ id: 'needs', questions: [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }, { id: 'n4' }] },
		{
			id: 'money',
			questions: [{ id: 'm1' }, { id: 'm2', applicability: { orgTypes: ['public'] } }]
		}
	]
});
const pack = makePack(manifest);
const dimension = (model: AssessmentModel, id: string) => model.dimensionById.get(id)!;

describe('topic scores', () => {
	it('are the weighted mean of the team’s levels, rounded once to one decimal', () => {
		const model = buildModel({
			snapshot: makeSnapshot({ answers: { p: { l1: 1, l2: 2, n1: 3, n2: 4, n3: 4 } } }),
			pack
		});
		// (1 + 3·2) / 4 = 1.75 → 1.8; the gap uses the score as shown: 2 − 1.8 = 0.2.
		expect(dimension(model, 'lead')).toMatchObject({ score: 1.8, target: 2, gap: 0.2 });
		expect(dimension(model, 'needs')).toMatchObject({ score: 3.7, answered: 3, applicable: 4 });
	});

	it('leave out questions that do not fit the organisation', () => {
		const model = buildModel({ snapshot: makeSnapshot({ answers: { p: { m1: 2 } } }), pack });
		expect(dimension(model, 'money').questions.map((q) => q.id)).toEqual(['m1']);
		expect(dimension(model, 'money')).toMatchObject({ score: 2, coverage: 1 });
	});

	it('never count “don’t know” as a level: it lowers coverage and can leave a topic unscored', () => {
		// One level and three "don't know": a quarter of the topic is not the topic.
		const model = buildModel({
			snapshot: makeSnapshot({
				answers: { p: { n1: 3, n2: 'dontKnow', n3: 'dontKnow', n4: 'dontKnow' } }
			}),
			pack
		});
		expect(dimension(model, 'needs')).toMatchObject({
			status: 'notEnough',
			score: null,
			target: null,
			gap: null,
			answered: 1,
			dontKnow: 3,
			coverage: 0.25
		});
		// Topics with no answers at all have not enough answers either.
		expect(model.notEnough.map((d) => d.id)).toEqual(['lead', 'needs', 'money']);
	});

	it('are given from half the topic’s questions on', () => {
		const half = buildModel({
			snapshot: makeSnapshot({ answers: { p: { n1: 3, n2: 4, n3: 'dontKnow' } } }),
			pack
		});
		expect(MIN_COVERAGE).toBe(0.5);
		expect(dimension(half, 'needs')).toMatchObject({ status: 'scored', score: 3.5 });
	});

	it('treat a topic answered “not applicable” throughout as not applicable, with no target', () => {
		const model = buildModel({
			snapshot: makeSnapshot({ answers: { p: { l1: 'notApplicable', l2: 'notApplicable' } } }),
			pack
		});
		expect(dimension(model, 'lead')).toMatchObject({
			status: 'notApplicable',
			score: null,
			target: null,
			gap: null,
			applicable: 0
		});
	});

	it('take the team’s own target and importance over the suggestion', () => {
		const model = buildModel({
			snapshot: makeSnapshot({ answers: { p: { m1: 2 } }, targets: { money: [5, 'high'] } }),
			pack
		});
		expect(dimension(model, 'money')).toMatchObject({
			target: 5,
			importance: 'high',
			isTargetSet: true,
			gap: 3
		});
		expect(dimension(model, 'lead')).toMatchObject({ target: null, isTargetSet: false });
	});
});

describe('the floor of rights and safety', () => {
	const rightsPack = makePack(
		makeManifest({
			dimensions: [
				{
					id: 'rights',
					questions: [
						{ id: 'complain', foundation: true },
						{ id: 'records', foundation: true },
						{ id: 'consent', foundation: true },
						{ id: 'interpreters', foundation: true, ceiling: { ngo: 2 } },
						{ id: 'transport', foundation: true },
						{ id: 'panel' },
						{ id: 'budget' }
					]
				}
			]
		})
	);

	it('shows each foundation met or not on its own, not averaged into the topic', () => {
		const model = buildModel({
			snapshot: makeSnapshot({
				answers: {
					p: {
						complain: 1,
						records: 4,
						consent: 'dontKnow',
						interpreters: 2,
						transport: 'notApplicable',
						panel: 5,
						budget: 5
					}
				}
			}),
			pack: rightsPack
		});
		// The topic averages to 3.4 ("Involving"), yet there is no way to complain.
		expect(dimension(model, 'rights').score).toBe(3.4);
		expect(model.floor.map((f) => [f.question.id, f.status, f.floor])).toEqual([
			['complain', 'notMet', 3],
			['consent', 'unknown', 3],
			['records', 'met', 3],
			// Met at its ceiling: this kind of organisation cannot go above level 2 here.
			['interpreters', 'met', 2]
		]);
	});

	it('uses the agreed level where there is one, and lists nothing for a pack without foundations', () => {
		const agreed = buildModel({
			snapshot: makeSnapshot({
				participants: ['p', 'q'],
				answers: { p: { complain: 1 }, q: { complain: 5 } },
				consensus: { complain: 2 }
			}),
			pack: rightsPack
		});
		expect(agreed.floor.find((f) => f.question.id === 'complain')?.status).toBe('notMet');
		expect(buildModel({ snapshot: makeSnapshot(), pack }).floor).toEqual([]);
	});
});

describe('suggested targets', () => {
	it('are the next whole level up, at most 5', () => {
		expect([2, 2.3, 4.6, 5].map((score) => suggestedTarget(score))).toEqual([3, 3, 5, 5]);
		// A public body's committee question stops at 3: so does the suggestion.
		expect(suggestedTarget(3.2, 3)).toBe(3);
	});
});

describe('team values', () => {
	const snapshot = makeSnapshot({
		participants: ['a', 'b', 'c'],
		answers: {
			a: { l1: 1, l2: 2, n1: ['dontKnow', 'Ask the board'] },
			b: { l1: 4, l2: 2 },
			c: { l1: 2, l2: 5 }
		},
		consensus: { l2: [3, 'We settled on 3 after talking it through'] }
	});
	const model = buildModel({ snapshot, pack });

	it('use the agreed level where recorded, and say so, keeping the reason', () => {
		expect(model.questionById.get('l2')!.team).toEqual({
			value: 3,
			source: 'consensus',
			reason: 'We settled on 3 after talking it through'
		});
		expect(model.questionById.get('l1')!.team).toEqual({ value: 2, source: 'median', reason: '' });
		expect(model.sources).toEqual({ consensus: 1, median: 2 });
	});

	it('keep every participant’s answer and note in the participants’ order', () => {
		expect(model.questionById.get('n1')!.answers).toEqual([
			{ participantId: 'a', value: 'dontKnow', note: 'Ask the board' },
			{ participantId: 'b', value: null, note: '' },
			{ participantId: 'c', value: null, note: '' }
		]);
		expect(model.questionById.get('l1')!.spread).toMatchObject({ min: 1, max: 4, range: 3 });
	});

	it('count answered questions one way everywhere', () => {
		expect(model.progress).toMatchObject({ answered: 3, total: 7, firstOpen: 'needs' });
		expect(model.participants.map((p) => [p.participant.id, p.answered, p.firstOpen])).toEqual([
			['a', 3, 'needs'],
			['b', 2, 'needs'],
			['c', 2, 'needs']
		]);
		expect(dimension(model, 'lead').responded).toBe(2);
	});
});

describe('strengths and gaps', () => {
	it('never list a topic as both; a strength scores above the overall mean', () => {
		const model = buildModel({
			snapshot: makeSnapshot({
				answers: { p: { l1: 3, l2: 3, n1: 2, n2: 2, m1: 4 } },
				targets: { lead: 4, needs: 3, money: 4 }
			}),
			pack
		});
		expect(model.overall).toEqual({ score: 3, stage: 3 });
		expect(model.gaps.map((d) => [d.id, d.gap])).toEqual([
			['lead', 1],
			['needs', 1]
		]);
		// money (4.0) is above the mean 3.0 and has no gap; lead is in the gaps.
		expect(model.strengths.map((d) => d.id)).toEqual(['money']);
	});

	it('hold for any answers: no overlap, strengths above the mean, gap = target − shown score', () => {
		const value = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'dontKnow', 'notApplicable');
		const ids = manifest.dimensions.flatMap((d) => d.questions.map((q) => q.id));
		fc.assert(
			fc.property(
				fc.array(fc.dictionary(fc.constantFrom(...ids), value), { minLength: 1, maxLength: 4 }),
				fc.dictionary(
					fc.constantFrom('lead', 'needs', 'money'),
					fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>
				),
				(people, targets) => {
					const answers = Object.fromEntries(people.map((a, i) => [`p${i}`, a]));
					const model = buildModel({
						snapshot: makeSnapshot({ participants: Object.keys(answers), answers, targets }),
						pack
					});
					for (const d of model.strengths) {
						expect(model.gaps).not.toContain(d);
						expect(d.score!).toBeGreaterThan(model.overall.score!);
					}
					for (const d of model.dimensions) {
						if (d.score === null) expect([d.gap, d.status === 'scored']).toEqual([null, false]);
						else {
							expect(roundScore(d.score)).toBe(d.score);
							expect(d.gap).toBe(roundScore(Math.max(0, d.target! - d.score)));
						}
					}
				}
			)
		);
	});
});

describe('the example assessment', () => {
	const { pack: shipped, previous, current } = makeExample();
	const model = buildModel({
		snapshot: current,
		pack: shipped,
		earlier: [{ snapshot: previous, pack: shipped }]
	});

	it('shows every gap as the target minus the score as shown', () => {
		for (const d of model.dimensions) {
			expect(d.gap, d.id).toBe(roundScore(d.target! - d.score!));
			// One decimal, no floating-point tail: "1.2", never "1.2000000000000002".
			expect(String(d.gap)).toMatch(/^\d(\.\d)?$/);
		}
	});

	it('lists progress over rounds and what the first round marked done', () => {
		expect(model.rounds.map((r) => r.isCurrent)).toEqual([false, true]);
		expect(model.rounds[1]!.scores.leadership).toBe(dimension(model, 'leadership').score);
		expect(model.doneEarlier?.titles).toHaveLength(3);
	});
});

describe('ids, never positions', () => {
	it('joins texts to questions by id, whatever order the locale file has', () => {
		const texts = makeTexts(manifest);
		const reversed = {
			...texts,
			dimensions: Object.fromEntries(Object.entries(texts.dimensions!).reverse()),
			questions: Object.fromEntries(Object.entries(texts.questions).reverse())
		};
		const shuffled = assemblePack({ manifest, texts: reversed, actions: [], handbook: [] });
		const snapshot = makeSnapshot({ answers: { p: { l1: 2, n1: 4, m1: 1 } } });
		const a = buildModel({ snapshot, pack });
		const b = buildModel({ snapshot, pack: shuffled });
		expect(b.dimensions.map((d) => [d.id, d.title, d.score])).toEqual(
			a.dimensions.map((d) => [d.id, d.title, d.score])
		);
		expect(b.questions.map((q) => [q.id, q.text, q.levels[0]])).toEqual(
			a.questions.map((q) => [q.id, q.text, q.levels[0]])
		);
		expect(b.questionById.get('n1')!.text).toBe('Text n1?');
	});
});

describe('assessments answered with an earlier major version of the pack', () => {
	// The example as the app stored it with empowerment 1.0.0, before questions were reworded.
	const fixture = JSON.parse(
		readFileSync('tests/fixtures/assessments/example-1.0.0.json', 'utf8')
	) as { assessments: AssessmentSnapshot[] };

	it('open with the current pack and show every answer, scored or kept read-only', () => {
		const pack = shippedPack('empowerment');
		for (const snapshot of fixture.assessments) {
			expect(assessmentSnapshotSchema.parse(snapshot)).toEqual(snapshot);
			const model = buildModel({ snapshot, pack });
			const current = new Set(model.questions.map((q) => q.id));
			const renamed = new Map(pack.retired.map((r) => [r.id, r.replacedBy]));
			const kept = new Set(model.retired.map((r) => r.id));
			for (const answer of snapshot.answers) {
				const shownAs = renamed.get(answer.questionId) ?? answer.questionId;
				const where = current.has(shownAs)
					? model.questionById.get(shownAs)!.answers
					: kept.has(answer.questionId)
						? model.retired.find((r) => r.id === answer.questionId)!.answers
						: [];
				expect(
					where.find((a) => a.participantId === answer.participantId),
					`${answer.questionId} of ${answer.participantId}`
				).toMatchObject({ value: answer.value, note: answer.note });
			}
		}
	});

	it('carry a renamed question’s answers to its new id, and keep removed ones as they were', () => {
		const v2 = makeManifest({
			version: '2.0.0',
			dimensions: [{ id: 'culture', questions: [{ id: 'culture-a' }, { id: 'culture-b' }] }],
			retired: {
				'culture-gone': { since: '2.0.0' },
				'culture-b-old': { since: '2.0.0', replacedBy: 'culture-b' }
			}
		});
		const texts = { ...makeTexts(v2), retired: { 'culture-gone': 'A question we no longer ask?' } };
		const pack = assemblePack({ manifest: v2, texts, actions: [], handbook: [] });
		const model = buildModel({
			snapshot: makeSnapshot({
				answers: { p: { 'culture-a': 2, 'culture-b-old': 4, 'culture-gone': [3, 'Kept'] } }
			}),
			pack
		});
		expect(model.questionById.get('culture-b')!.team.value).toBe(4);
		expect(model.dimensionById.get('culture')!.score).toBe(3);
		expect(model.retired).toEqual([
			{
				id: 'culture-gone',
				text: 'A question we no longer ask?',
				answers: [{ participantId: 'p', value: 3, note: 'Kept' }]
			}
		]);
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAnswer } from '$lib/test-data/answers';
import type { Consensus } from './assessment.schema';
import type { Dimension } from './pack.schema';
import { computeResults, gaps, questionResults, strengths } from './results';
import { scoreDimension, type QuestionValue } from './scoring';

const answer = makeAnswer;
const agreed = (questionId: string, value: Consensus['value']): Consensus => ({
	assessmentId: 'a',
	questionId,
	value,
	reason: '',
	updatedAt: 0
});
const ngo = { type: 'ngo' as const };
const dims: Dimension[] = [
	{ id: 'lead', foundational: true, questions: [{ id: 'l1' }, { id: 'l2' }] },
	{ id: 'needs', questions: [{ id: 'n1' }] },
	{ id: 'money', questions: [{ id: 'm1' }] }
];

describe('questionResults', () => {
	it('uses the consensus where set and the participants’ median elsewhere, and says which', () => {
		const results = questionResults(
			[answer('p1', 'l1', 1), answer('p2', 'l1', 4), answer('p1', 'l2', 2), answer('p2', 'l2', 5)],
			[agreed('l2', 3)]
		);
		expect(results.get('l1')).toEqual({ value: 2.5, source: 'median' });
		expect(results.get('l2')).toEqual({ value: 3, source: 'consensus' });
	});
});

describe('computeResults', () => {
	it('gives scores, suggested targets, gaps and the overall stage', () => {
		const results = computeResults(dims, ngo, [
			answer('p', 'l1', 2),
			answer('p', 'l2', 3),
			answer('p', 'n1', 4),
			answer('p', 'm1', 'dontKnow')
		]);
		expect(results.dimensions.map((d) => [d.dimensionId, d.score, d.target, d.gap])).toEqual([
			['lead', 2.5, 3, 0.5],
			['needs', 4, 5, 1],
			['money', null, 2, 0]
		]);
		expect(results.overall).toBe(3.25);
		expect(results.stage).toBe(3);
	});

	it('takes the team’s targets and importance when they are set', () => {
		const results = computeResults(
			dims,
			ngo,
			[answer('p', 'n1', 2)],
			[],
			[{ assessmentId: 'a', dimensionId: 'needs', target: 5, importance: 'high', updatedAt: 0 }]
		);
		expect(results.dimensions[1]).toMatchObject({
			target: 5,
			importance: 'high',
			isTargetSet: true,
			gap: 3
		});
		expect(results.dimensions[0]).toMatchObject({ isTargetSet: false, importance: 'medium' });
	});

	it('names no stage while nothing is scored', () => {
		expect(computeResults(dims, ngo, [])).toMatchObject({ overall: null, stage: null });
	});

	it('lists strengths (highest first) and gaps (largest first)', () => {
		const results = computeResults(
			dims,
			ngo,
			[answer('p', 'l1', 4), answer('p', 'l2', 4), answer('p', 'n1', 2), answer('p', 'm1', 3)],
			[],
			[{ assessmentId: 'a', dimensionId: 'needs', target: 5, importance: 'low', updatedAt: 0 }]
		);
		expect(strengths(results, 2).map((d) => d.dimensionId)).toEqual(['lead', 'money']);
		expect(gaps(results).map((d) => [d.dimensionId, d.gap])).toEqual([
			['needs', 3],
			['lead', 1],
			['money', 1]
		]);
	});
});

// Property tests: these hold for any pack and any answers.
const level = fc.integer({ min: 1, max: 5 });
const questionValue: fc.Arbitrary<QuestionValue> = fc.oneof(
	level,
	fc.constant('dontKnow' as const),
	fc.constant('notApplicable' as const),
	fc.constant(undefined)
);
const dimensionWithValues = fc
	.array(
		fc.record({
			weight: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
			value: questionValue
		}),
		{
			minLength: 1,
			maxLength: 8
		}
	)
	.map((questions) => ({
		dimension: {
			id: 'd',
			questions: questions.map((q, i) => ({
				id: `q${i}`,
				...(q.weight ? { weight: q.weight } : {})
			}))
		} satisfies Dimension,
		values: new Map(questions.map((q, i) => [`q${i}`, q.value]))
	}));

describe('scoring properties', () => {
	it('raising one answer never lowers its dimension’s score', () => {
		fc.assert(
			fc.property(dimensionWithValues, fc.nat(), level, ({ dimension, values }, pick, raised) => {
				const id = `q${pick % dimension.questions.length}`;
				const before = values.get(id);
				if (typeof before !== 'number' || raised <= before) return;
				const after = new Map(values).set(id, raised);
				const a = scoreDimension(dimension, values, { type: 'ngo' }).score!;
				const b = scoreDimension(dimension, after, { type: 'ngo' }).score!;
				expect(b).toBeGreaterThanOrEqual(a);
			})
		);
	});

	it('"don’t know" and "not applicable" never change a score, only coverage', () => {
		fc.assert(
			fc.property(
				dimensionWithValues,
				fc.nat(),
				fc.constantFrom('dontKnow' as const, 'notApplicable' as const),
				({ dimension, values }, pick, other) => {
					const id = `q${pick % dimension.questions.length}`;
					if (typeof values.get(id) === 'number') return;
					const before = scoreDimension(dimension, values, { type: 'ngo' });
					const after = scoreDimension(dimension, new Map(values).set(id, other), { type: 'ngo' });
					expect(after.score).toBe(before.score);
					expect(after.answered).toBe(before.answered);
				}
			)
		);
	});
});

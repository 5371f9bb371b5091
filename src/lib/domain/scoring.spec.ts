import { describe, expect, it } from 'vitest';
import { makeDimension } from '$lib/test-data/pack';
import { applicableQuestions, appliesTo, scoreDimension, type QuestionValue } from './scoring';

const ngo = { type: 'ngo' as const };
const values = (entries: [string, QuestionValue][]) => new Map(entries);

describe('scoreDimension', () => {
	const dimension = makeDimension({
		questions: [{ id: 'a' }, { id: 'b' }, { id: 'c', weight: 2 }]
	});

	it('is the weighted mean of the answered levels', () => {
		const score = scoreDimension(
			dimension,
			values([
				['a', 1],
				['b', 2],
				['c', 4]
			]),
			ngo
		);
		// (1 + 2 + 2 × 4) / 4
		expect(score.score).toBe(2.75);
		expect(score).toMatchObject({ answered: 3, applicable: 3, coverage: 1, dontKnow: 0 });
	});

	it('has no score and no coverage while nothing is answered', () => {
		expect(scoreDimension(dimension, values([]), ngo)).toMatchObject({
			score: null,
			answered: 0,
			applicable: 3,
			coverage: 0
		});
	});

	it('never counts "don\'t know" as a level, only as lower coverage', () => {
		const score = scoreDimension(
			dimension,
			values([
				['a', 4],
				['b', 'dontKnow']
			]),
			ngo
		);
		expect(score.score).toBe(4);
		expect(score).toMatchObject({ answered: 1, applicable: 3, dontKnow: 1 });
		expect(score.coverage).toBeCloseTo(1 / 3);
	});

	it('leaves "not applicable" questions out of the count', () => {
		const score = scoreDimension(
			dimension,
			values([
				['a', 3],
				['b', 'notApplicable']
			]),
			ngo
		);
		expect(score).toMatchObject({ score: 3, answered: 1, applicable: 2, coverage: 0.5 });
	});

	it('uses fractional team values (medians) as they are', () => {
		expect(scoreDimension(dimension, values([['a', 2.5]]), ngo).score).toBe(2.5);
	});

	it('skips questions that do not fit the organisation', () => {
		const withBoard = makeDimension({
			questions: [{ id: 'a' }, { id: 'board', applicability: { sizes: ['medium', 'large'] } }]
		});
		const small = { type: 'ngo' as const, size: 'volunteer' as const };
		const score = scoreDimension(
			withBoard,
			values([
				['a', 2],
				['board', 5]
			]),
			small
		);
		expect(score).toMatchObject({ score: 2, answered: 1, applicable: 1 });
	});
});

describe('appliesTo', () => {
	const question = {
		id: 'q',
		applicability: { orgTypes: ['public' as const], sizes: ['large' as const] }
	};

	it('checks the organisation type', () => {
		expect(appliesTo(question, { type: 'public', size: 'large' })).toBe(true);
		expect(appliesTo(question, { type: 'ngo', size: 'large' })).toBe(false);
	});

	it('checks the size only when the size is known', () => {
		expect(appliesTo(question, { type: 'public', size: 'small' })).toBe(false);
		expect(appliesTo(question, { type: 'public' })).toBe(true);
	});

	it('lets a question without applicability fit everyone', () => {
		expect(appliesTo({ id: 'q' }, { type: 'other' })).toBe(true);
	});

	it('lists the applicable questions of several dimensions', () => {
		const dims = [
			makeDimension({ id: 'x', questions: [{ id: 'x1' }, question] }),
			makeDimension({ id: 'y', questions: [{ id: 'y1' }] })
		];
		expect(applicableQuestions(dims, { type: 'ngo' }).map((q) => q.id)).toEqual(['x1', 'y1']);
	});
});

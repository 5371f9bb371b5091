import { describe, expect, it } from 'vitest';
import { makeAnswer } from '$lib/test-data/answers';
import { discussionList, discussionOrder, spreadByQuestion } from './spread';

const answer = makeAnswer;

describe('spreadByQuestion', () => {
	const spreads = spreadByQuestion(
		['q1', 'q2', 'q3', 'q4'],
		[
			answer('a', 'q1', 1),
			answer('b', 'q1', 4),
			answer('c', 'q1', 2),
			answer('a', 'q2', 3),
			answer('b', 'q2', 3),
			answer('c', 'q2', 'dontKnow'),
			answer('a', 'q3', 'notApplicable'),
			answer('x', 'other', 5)
		]
	);

	it('gives min, median, max and range per question', () => {
		expect(spreads.get('q1')).toMatchObject({
			min: 1,
			median: 2,
			max: 4,
			range: 3,
			count: 3,
			isFlagged: true
		});
		expect(spreads.get('q2')).toMatchObject({
			min: 3,
			median: 3,
			max: 3,
			range: 0,
			dontKnow: 1,
			isFlagged: false
		});
		expect(spreads.get('q3')).toMatchObject({
			count: 0,
			notApplicable: 1,
			min: null,
			median: null,
			range: 0
		});
		expect(spreads.get('q4')).toMatchObject({ count: 0, range: 0 });
		expect(spreads.has('other')).toBe(false);
	});

	it('orders the discussion by disagreement, then "don\'t know"', () => {
		expect(discussionOrder([...spreads.values()]).map((s) => s.questionId)).toEqual(['q1', 'q2']);
		// The rest keep their order, after the questions worth discussing.
		const questions = [...spreads.values()]
			.map((spread) => ({ id: spread.questionId, spread }))
			.reverse();
		expect(discussionList(questions).map((q) => q.id)).toEqual(['q1', 'q2', 'q4', 'q3']);
	});
});

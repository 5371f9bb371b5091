import { describe, expect, it } from 'vitest';
import { median, teamValue } from './aggregate';

describe('median', () => {
	it('takes the middle value of an odd count', () => {
		expect(median([5, 1, 3])).toBe(3);
	});

	it('falls between the two middle values of an even count', () => {
		expect(median([4, 1, 2, 5])).toBe(3);
		expect(median([2, 3])).toBe(2.5);
	});
});

describe('teamValue', () => {
	it('is the median of the levels given, ignoring other answers', () => {
		expect(teamValue([1, 'dontKnow', 4, 'notApplicable', 5, null])).toBe(4);
	});

	it('is "don\'t know" when nobody gave a level and someone did not know', () => {
		expect(teamValue(['dontKnow', 'notApplicable'])).toBe('dontKnow');
	});

	it('is "not applicable" only when nobody gave a level or did not know', () => {
		expect(teamValue(['notApplicable', null])).toBe('notApplicable');
	});

	it('is empty when there is nothing but notes', () => {
		expect(teamValue([null])).toBeUndefined();
	});
});

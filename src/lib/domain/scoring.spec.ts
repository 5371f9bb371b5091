import { describe, expect, it } from 'vitest';
import { appliesTo } from './scoring';

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
});

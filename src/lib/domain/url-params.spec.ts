import { describe, expect, it } from 'vitest';
import { questionReturnPath, returnToQuestionSchema } from './url-params';

describe('returnToQuestionSchema', () => {
	it('accepts a question page of this app, with or without a language prefix', () => {
		const path = questionReturnPath(
			'/de/assessment/ab12/questions/leadership/',
			'leadership-goals'
		);
		expect(returnToQuestionSchema.safeParse(path).success).toBe(true);
		expect(returnToQuestionSchema.safeParse('/assessment/ab12/questions/needs/').success).toBe(
			true
		);
		expect(
			returnToQuestionSchema.safeParse('/assessment/ab12/questions/needs/?as=p1#question-needs-a')
				.success
		).toBe(true);
	});

	// An open redirect would let a link in an email send people to a look-alike site.
	it.each([
		'https://evil.example/assessment/a/questions/b/',
		'//evil.example/assessment/a/questions/b/',
		'/assessment/a/questions/b/"><script>',
		'javascript:alert(1)',
		'/settings/',
		'/assessment/a/questions/b/?as=x&next=https://evil.example'
	])('rejects %s', (value) => {
		expect(returnToQuestionSchema.safeParse(value).success).toBe(false);
	});
});

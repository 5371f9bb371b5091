import { describe, expect, it } from 'vitest';
import { isKioskPath, questionReturnPath, returnToQuestionSchema } from './url-params';

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

describe('isKioskPath', () => {
	const url = (path: string) => new URL(path, 'https://app.example');

	it('lets the cover screen start anyone, in pass mode only', () => {
		for (const path of [
			'/assessment/a1/pass/',
			'/de/assessment/a1/pass/',
			'/assessment/a1/questions/needs/?as=p1&pass=1',
			'/assessment/a1/questions/needs/?as=p2&pass=1#question-needs-a'
		])
			expect(isKioskPath(url(path), 'a1'), path).toBe(true);
	});

	it('keeps a participant on their own questions and the cover screen', () => {
		expect(isKioskPath(url('/assessment/a1/questions/power/?as=p1&pass=1'), 'a1', 'p1')).toBe(true);
		expect(isKioskPath(url('/assessment/a1/pass/'), 'a1', 'p1')).toBe(true);
	});

	// Each of these would show another person's answers, the team's results or another page.
	it.each([
		'/assessment/a1/questions/power/?as=p2&pass=1',
		'/assessment/a1/questions/power/?as=p1',
		'/assessment/a1/questions/power/?as=p1&pass=1&x=1',
		'/assessment/a1/results/',
		'/assessment/a1/workshop/',
		'/assessment/a1/review/?as=p1&pass=1',
		'/assessment/b2/questions/power/?as=p1&pass=1',
		'/assessment/a1/pass/?as=p1',
		'/handbook/user-panels/',
		'/'
	])('refuses %s', (path) => {
		expect(isKioskPath(url(path), 'a1', 'p1')).toBe(false);
	});
});

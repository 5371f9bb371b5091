import { describe, expect, it } from 'vitest';
import { isKioskPath } from './url-params';

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

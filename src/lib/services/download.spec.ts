import { describe, expect, it } from 'vitest';
import { fileName } from './download';

describe('fileName', () => {
	it('keeps letters of every language and drops characters that break paths', () => {
		expect(fileName('Fundacja Żółta Łódź', '2026-11-25', 'roadmap.pdf')).toBe(
			'Fundacja-Żółta-Łódź-2026-11-25-roadmap.pdf'
		);
		expect(fileName('Центр поддержки', 'answers.json')).toBe('Центр-поддержки-answers.json');
		expect(fileName('../../etc/passwd: "x"')).toBe('....etcpasswd-x');
	});
});

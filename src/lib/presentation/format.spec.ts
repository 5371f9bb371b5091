import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatLocale, formatScore } from './format';

describe('formatLocale', () => {
	it('takes the browser’s region when the browser asks for the interface’s language', () => {
		expect(formatLocale('en', ['en-GB', 'de-DE'])).toBe('en-GB');
		expect(formatLocale('de', ['en-GB', 'de-AT'])).toBe('de-AT');
		expect(formatLocale('en', ['de-DE', 'en-us'])).toBe('en-US');
	});

	it('keeps the interface’s language when the browser asks for another one', () => {
		expect(formatLocale('de', ['en-GB'])).toBe('de');
		expect(formatLocale('en', [])).toBe('en');
	});

	// navigator.languages is the browser's; a broken entry must not break every date.
	it('skips what is not a language tag', () => {
		expect(formatLocale('en', ['not a tag!', 'en-IE'])).toBe('en-IE');
	});
});

describe('dates and numbers', () => {
	it('read as people in that region write them', () => {
		expect(formatDate('2026-12-01', 'en-GB', 'long')).toBe('1 December 2026');
		expect(formatDate('2026-12-01', 'en-US', 'long')).toBe('December 1, 2026');
		expect(formatDate('2026-12-01', 'de', 'long')).toBe('1. Dezember 2026');
		expect(formatScore(2.5, 'de')).toBe('2,5');
	});

	it('give sizes in MB, or GB from a gigabyte on', () => {
		expect(formatBytes(3_240_000, 'en-GB')).toBe('3.2 MB');
		expect(formatBytes(1_500_000_000, 'de')).toBe('1,5\u00a0GB');
	});
});

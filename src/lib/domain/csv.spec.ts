import { describe, expect, it } from 'vitest';
import { BOM, separatorFor, toCsv } from './csv';

describe('toCsv', () => {
	it('starts with a byte-order mark and quotes text, doubling quotes', () => {
		expect(toCsv(['a', 'b'], [['Šeimų "bendruomenė"', 3]])).toBe(
			`${BOM}"a","b"\r\n"Šeimų ""bendruomenė""",3\r\n`
		);
	});

	it('keeps line breaks and separators inside a quoted note', () => {
		expect(toCsv(['note'], [['one; two\nthree']], ';')).toBe(
			`${BOM}"note"\r\n"one; two\nthree"\r\n`
		);
	});

	// A note like "=HYPERLINK(…)" must stay text when the file is opened in a spreadsheet.
	it('defuses cells a spreadsheet would run as a formula', () => {
		expect(toCsv(['x'], [['=1+1'], ['@SUM(A1)'], ['-2'], ['ok']])).toBe(
			`${BOM}"x"\r\n"'=1+1"\r\n"'@SUM(A1)"\r\n"'-2"\r\n"ok"\r\n`
		);
	});

	it('writes empty cells for missing values', () => {
		expect(toCsv(['a', 'b'], [[null, undefined]])).toBe(`${BOM}"a","b"\r\n"",""\r\n`);
	});
});

describe('separatorFor', () => {
	it('uses a semicolon where the decimal mark is a comma', () => {
		expect(separatorFor('en')).toBe(',');
		expect(separatorFor('de')).toBe(';');
		expect(separatorFor('pl')).toBe(';');
	});
});

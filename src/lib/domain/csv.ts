/**
 * CSV for spreadsheets. UTF-8 with a byte-order mark (Excel then shows every letter right),
 * CRLF line ends, every field quoted, and cells that a spreadsheet would run as a formula
 * (=, +, -, @) prefixed with an apostrophe, because notes come from participants.
 */
export const BOM = '\uFEFF';

function field(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '""';
	if (typeof value === 'number') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return `"${safe.replace(/"/g, '""')}"`;
}

/** The separator spreadsheets expect in a language: ";" where the decimal mark is a comma. */
export function separatorFor(locale: string): ',' | ';' {
	return new Intl.NumberFormat(locale).format(1.5).includes(',') ? ';' : ',';
}

export function toCsv(
	header: string[],
	rows: (string | number | null | undefined)[][],
	separator: ',' | ';' = ','
): string {
	return BOM + [header, ...rows].map((row) => row.map(field).join(separator)).join('\r\n') + '\r\n';
}

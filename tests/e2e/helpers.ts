import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { readPdf } from './pdf';

/** Clicks a download button and returns the saved file's path and name. */
export async function download(page: Page, button: RegExp, path: string) {
	const event = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file = await event;
	await file.saveAs(path);
	return { path, name: file.suggestedFilename() };
}

export const pdfText = async (path: string) => (await readPdf(path)).text;

export async function loadExample(page: Page, locale: 'en' | 'de') {
	await page.goto(locale === 'en' ? '/' : '/de/');
	await page
		.getByRole('button', { name: locale === 'en' ? 'Try the example' : 'Beispiel ansehen' })
		.click();
	await expect(page).toHaveURL(/assessment\/[0-9a-f]+\/$/);
	return page.url();
}

/**
 * The rows of a CSV file as the app writes it (RFC 4180): a cell in quotes may hold the
 * separator, as topic titles like “Resources, access and safety” do, and "" stands for a quote.
 */
export function parseCsv(text: string, separator: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"') quoted = true;
		else if (char === separator) {
			row.push(cell);
			cell = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			rows.push([...row, cell]);
			row = [];
			cell = '';
			i++;
		} else cell += char;
	}
	if (cell || row.length) rows.push([...row, cell]);
	return rows;
}

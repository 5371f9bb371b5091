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

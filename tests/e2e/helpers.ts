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

export interface BackupSpec {
	id: string;
	name: string;
	packId: string;
	packVersion: string;
	locale: 'en' | 'de';
	mode: 'solo' | 'workshop';
	people: string[];
	/** Each person's level for a question, by the person's and the question's position. */
	answers?: { questions: string[]; level: (person: number, question: number) => number };
	note?: (question: number) => string;
}

/** A backup file with one assessment, as the app writes them, for tests that restore one. */
export function backupOf(spec: BackupSpec) {
	const { id, people } = spec;
	return {
		format: 'empowerment-roadmap/backup',
		version: 1,
		exportedAt: 1,
		assessments: [
			{
				assessment: {
					id,
					organisation: { name: spec.name, type: 'ngo' },
					packId: spec.packId,
					packVersion: spec.packVersion,
					locale: spec.locale,
					mode: spec.mode,
					date: '2026-11-20',
					createdAt: 1,
					updatedAt: 1
				},
				participants: people.map((name, order) => ({
					id: `${id}p${order}`,
					assessmentId: id,
					name,
					order
				})),
				answers: people.flatMap((_, person) =>
					(spec.answers?.questions ?? []).map((questionId, question) => ({
						assessmentId: id,
						participantId: `${id}p${person}`,
						questionId,
						value: spec.answers!.level(person, question),
						note: spec.note?.(question) ?? '',
						updatedAt: 1
					}))
				),
				consensus: [],
				targets: [],
				roadmapItems: []
			}
		]
	};
}

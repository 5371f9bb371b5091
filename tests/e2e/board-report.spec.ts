import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible, expect, test } from './fixtures';
import { backupOf, download, loadExample } from './helpers';
import { readPdf, type Pdf } from './pdf';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The roadmap page's items in its order: titles, and first steps where an item has one. */
async function roadmapOnPage(page: Page, overview: string) {
	await page.goto(`${overview}roadmap/`);
	const items = page.locator('.phases article');
	await expect(items.first()).toBeVisible();
	return items.evaluateAll((articles) =>
		articles.map((a) => ({
			title: a.querySelector('h3')!.textContent!.trim(),
			firstStep:
				a
					.querySelector(':scope > p:not(.why, .print-only, .dimension, .from-users)')
					?.textContent!.replace(/^[^:]+:\s*/, '')
					.trim() ?? ''
		}))
	);
}

/** The page (1-based) whose text holds every piece, or 0 when no single page holds them all. */
const pageWithAll = (pdf: Pdf, pieces: string[]) =>
	pdf.pages.findIndex((p) => pieces.every((piece) => squash(p.text).includes(squash(piece)))) + 1;

/**
 * The report's headings of phases and sections. (The charts' titles are drawn in one block with
 * the charts, pictures the text extractor does not see.)
 */
const HEADINGS = {
	en: /^((Now|Next|Later) \(|Roadmap$|The five levels$|Results by topic$|Progress over rounds$|Appendix: answers by topic$|Handbook$)/,
	de: /^((Jetzt|Als Nächstes|Später) \(|Fahrplan$|Die fünf Stufen$|Ergebnisse nach Thema$|Entwicklung über die Runden$|Anhang: Antworten nach Thema$|Handbuch$)/
};

/**
 * What holds for every report: both charts embedded as drawn pictures, every roadmap item's
 * row whole on one page, the five levels together, and no heading at the foot of a page.
 */
function expectWellLaidOut(
	pdf: Pdf,
	file: string,
	items: { title: string; firstStep: string }[],
	locale: 'en' | 'de'
) {
	// A blank chart is a few KB of white.
	const images = [
		...readFileSync(file, 'latin1').matchAll(/\/Subtype \/Image[^>]*?\/Length (\d+)/g)
	].map((match) => Number(match[1]));
	expect(images).toHaveLength(2);
	for (const bytes of images) expect(bytes).toBeGreaterThan(30_000);

	expect(items.length).toBeGreaterThan(3);
	for (const item of items) {
		const pieces = [item.title, ...(item.firstStep ? [item.firstStep] : [])];
		expect(pageWithAll(pdf, pieces), item.title).toBeGreaterThan(0);
	}
	const heading = locale === 'en' ? 'The five levels' : 'Die fünf Stufen';
	const legend = pdf.pages.filter((p) => p.items.some((i) => i.text === heading));
	expect(legend).toHaveLength(1);
	expect(squash(legend[0]!.text)).toMatch(/1 .* 2 .* 3 .* 4 .* 5 /);
	// The last line above the footer is never a heading.
	for (const [n, p] of pdf.pages.entries()) {
		const body = p.items.filter((i) => i.y < 780).sort((a, b) => a.y - b.y);
		const last = body.filter((i) => i.y >= body.at(-1)!.y - 2);
		for (const item of last) expect(item.text, `page ${n + 1}`).not.toMatch(HEADINGS[locale]);
	}
}

test.describe('the board report', () => {
	for (const [locale, t] of [
		[
			'en',
			{
				button: /Download PDF/,
				stage: /Where we stand Consulting \(2\.\d of 5\)/,
				priorities: 'Our three priorities',
				ask: 'What the team asks of the board',
				askText: 'We ask the board to fund lifts',
				roadmap: 'Roadmap',
				html: /accessible report/,
				// 7 before the list of rights not met; its last page is the handbook list's end.
				pages: 8
			}
		],
		[
			'de',
			{
				button: /PDF herunterladen/,
				stage: /Wo wir stehen Befragen \(2,\d von 5\)/,
				priorities: 'Unsere drei Schwerpunkte',
				ask: 'Was das Team vom Vorstand braucht',
				askText: 'Wir bitten den Vorstand',
				roadmap: 'Fahrplan',
				html: /barrierefreien Bericht/,
				pages: 8
			}
		]
	] as const) {
		test(`page one tells the story, and no row is split (${locale})`, async ({
			page
		}, testInfo) => {
			const overview = await loadExample(page, locale);
			const items = await roadmapOnPage(page, overview);
			await page.goto(`${overview}export/`);
			const file = await download(page, t.button, testInfo.outputPath('report.pdf'));
			const pdf = await readPdf(file.path);

			const one = squash(pdf.pages[0]!.text);
			expect(one).toMatch(t.stage);
			expect(one).toContain(t.priorities);
			// The first three open items of "Now", with their first steps.
			for (const item of items.slice(0, 3)) {
				expect(one).toContain(squash(item.title));
			}
			expect(one).toContain(t.ask);
			expect(one).toContain(t.askText);
			expect(pdf.info).toMatchObject({
				Title: expect.stringContaining('Familienzentrum Seenland e. V.'),
				Author: 'Familienzentrum Seenland e. V.',
				Creator: 'Empowerment Roadmap'
			});
			expect(readFileSync(file.path, 'latin1')).toMatch(new RegExp(`/Lang \\(${locale}\\)`));

			// Right after page one's summary, where there is room for its start (below the
			// board's line), or on the page after.
			const roadmapPage = pdf.pages.findIndex((p) => p.items.some((i) => i.text === t.roadmap)) + 1;
			expect(roadmapPage).toBeGreaterThan(0);
			expect(roadmapPage).toBeLessThanOrEqual(2);
			if (roadmapPage === 1) {
				const y = (text: string) => pdf.pages[0]!.items.find((i) => i.text.startsWith(text))!.y;
				expect(y(t.roadmap)).toBeGreaterThan(y(t.ask));
			}
			expectWellLaidOut(pdf, file.path, items, locale);
			// 10 and 11 pages before the board report was made compact.
			expect(pdf.pages.length).toBeLessThanOrEqual(t.pages);
		});
	}

	test('the accessible report has the same story and passes axe', async ({ page }, testInfo) => {
		const overview = await loadExample(page, 'en');
		await page.goto(`${overview}export/`);
		await expectAccessible(page);
		const file = await download(page, /accessible report/, testInfo.outputPath('report.html'));
		expect(file.name).toMatch(/-report\.html$/);
		const html = readFileSync(file.path, 'utf8');
		expect(html).not.toMatch(/<script|<link|https?:\/\/localhost[^"]*\.(js|css)/);
		await page.goto('about:blank');
		await page.setContent(html);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Familienzentrum Seenland e. V.'
		);
		await expect(
			page.getByRole('heading', { name: 'What the team asks of the board' })
		).toBeVisible();
		await expect(page.getByRole('heading', { name: 'The five levels' })).toBeVisible();
		await expect(page.getByRole('img').first()).toHaveAttribute('alt', /Leadership and strategy/);
		await expectAccessible(page);
	});

	test('the board’s line is saved with the assessment', async ({ page }) => {
		const overview = await loadExample(page, 'de');
		await page.goto(`${overview}export/`);
		const field = page.getByLabel('Was das Team vom Vorstand braucht');
		await expect(field).toHaveValue(/^Wir bitten den Vorstand/);
		await field.fill('Bitte beschließen Sie das Budget für Fahrten.');
		await field.blur();
		await expect(page.getByText(/Gespeichert\. Das PDF/)).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('Was das Team vom Vorstand braucht')).toHaveValue(
			'Bitte beschließen Sie das Budget für Fahrten.'
		);
	});

	test('the roadmap as a spreadsheet lists the page’s items in its order', async ({
		page
	}, testInfo) => {
		const overview = await loadExample(page, 'en');
		const items = await roadmapOnPage(page, overview);
		await page.goto(`${overview}export/`);
		const csv = await download(page, /Download roadmap/, testInfo.outputPath('roadmap.csv'));
		const lines = readFileSync(csv.path, 'utf8').slice(1).trim().split('\r\n');
		expect(lines[0]).toBe(
			'"Phase","Action","First step","Owner","Due","Status","Note","Reason","Handbook"'
		);
		const titles = lines.slice(1).map((line) => line.split('","')[1]);
		expect(titles).toEqual(items.map((i) => i.title));
		const ics = await download(page, /calendar/, testInfo.outputPath('roadmap.ics'));
		expect(readFileSync(ics.path, 'utf8')).toContain('BEGIN:VEVENT');
	});

	for (const locale of ['en', 'de'] as const) {
		test(`a quick check’s report takes at most 5 pages (${locale})`, async ({ page }, testInfo) => {
			const pack = JSON.parse(readFileSync('questionnaires/quick-check/pack.json', 'utf8')) as {
				version: string;
				dimensions: { questions: { id: string }[] }[];
			};
			const questions = pack.dimensions.flatMap((d) => d.questions.map((q) => q.id));
			const id = 'quickcheckboard';
			const backup = backupOf({
				id,
				name: 'Quick Village Aid',
				packId: 'quick-check',
				packVersion: pack.version,
				locale,
				mode: 'workshop',
				people: ['Ada', 'Ben', 'Cleo'],
				answers: { questions, level: (person, question) => ((question + person) % 3) + 1 },
				note: (question) =>
					question % 4 === 0 ? 'We talked about this for a long time at the meeting.' : ''
			});
			const path = testInfo.outputPath('quick.json');
			writeFileSync(path, JSON.stringify(backup));
			const root = locale === 'en' ? '/' : '/de/';
			await page.goto(root);
			await page.locator('#restore-file').setInputFiles(path);
			await page.getByRole('button', { name: locale === 'en' ? 'Import' : 'Einlesen' }).click();
			await expect(
				page.getByText(
					locale === 'en' ? 'Restored 1 assessment.' : '1 Einschätzung wiederhergestellt.'
				)
			).toBeVisible();
			const items = await roadmapOnPage(page, `${root}assessment/${id}/`);
			await page.goto(`${root}assessment/${id}/export/`);
			const file = await download(
				page,
				locale === 'en' ? /Download PDF/ : /PDF herunterladen/,
				testInfo.outputPath('quick.pdf')
			);
			const pdf = await readPdf(file.path);
			// 7 pages (8 in German) before the report was made compact.
			expect(pdf.pages.length).toBeLessThanOrEqual(5);
			expect(squash(pdf.pages[0]!.text)).toContain(
				locale === 'en' ? 'Our three priorities' : 'Unsere drei Schwerpunkte'
			);
			expectWellLaidOut(pdf, file.path, items, locale);
		});
	}
});

import { readFileSync } from 'node:fs';
import { expectAccessible, expect, test } from './fixtures';
import { download, loadExample, parseCsv } from './helpers';
import { readPdf } from './pdf';

/**
 * One assessment model: every topic's score, target and gap read the same on the results page,
 * in the PDF and in the CSV, and the heatmap shows the level a team agreed on.
 */
test.describe('every screen and export tells the same numbers', () => {
	for (const locale of ['en', 'de'] as const) {
		test(`results table, PDF and scores CSV agree (${locale})`, async ({ page }, testInfo) => {
			const overview = await loadExample(page, locale);
			await page.goto(`${overview}results/`);
			const table = page.locator('table.scores');
			await expect(table.locator('tbody tr')).toHaveCount(10);
			const rows = await table.locator('tbody tr').evaluateAll((trs) =>
				trs.map((tr) => {
					const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
					return { title: cells[0]!, score: cells[1]!, target: cells[2]!, gap: cells[3]! };
				})
			);
			// A gap is the target minus the score as shown, in every row.
			for (const row of rows) {
				const number = (text: string) => Number(text.replace(',', '.'));
				expect(number(row.gap), row.title).toBeCloseTo(
					Math.max(0, number(row.target) - number(row.score)),
					9
				);
			}

			// Page one's figures: the overall stage as the results page states it, and each change
			// since the last round as the progress table shows both rounds.
			const stage = (await page.locator('.overall .stage').textContent())!
				.replace(/^\s*\d\s*/, '')
				.trim();
			const progress = await page
				.locator('table[aria-labelledby="progress-table-title"] tbody tr')
				.evaluateAll((trs) =>
					trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
				);
			expect(progress).toHaveLength(10);
			// The rights floor's count, as the results page heads it.
			const floor = (await page.locator('#floor-title').textContent())!.trim();
			expect(floor).toMatch(/\d+ (of|von) \d+/);

			await page.goto(`${overview}export/`);
			const pdf = await download(
				page,
				locale === 'en' ? /Download PDF/ : /PDF herunterladen/,
				testInfo.outputPath('roadmap.pdf')
			);
			const report = await readPdf(pdf.path);
			const text = report.text.replace(/\s+/g, ' ');
			const one = report.pages[0]!.text.replace(/\s+/g, ' ');
			expect(one).toContain(stage);
			expect(one).toContain(floor);
			const changes = [...one.matchAll(/([^•:]+?): (\d[.,]\d|–) → (\d[.,]\d|–)/g)];
			expect(changes.length).toBeGreaterThan(0);
			for (const [, title, before, now] of changes) {
				const row = progress.find((cells) => title!.trim().endsWith(cells[0]!));
				expect(row, title).toBeDefined();
				expect([before, now], title).toEqual([row!.at(-2), row!.at(-1)]);
			}
			const csv = await download(
				page,
				locale === 'en' ? /Download scores/ : /Werte herunterladen/,
				testInfo.outputPath('scores.csv')
			);
			// After the byte-order mark and the header.
			const csvRows = parseCsv(
				readFileSync(csv.path, 'utf8').slice(1),
				locale === 'en' ? ',' : ';'
			).slice(1);
			expect(csvRows).toHaveLength(rows.length);

			const [score, target, gap] =
				locale === 'en' ? ['Score', 'Target', 'Gap'] : ['Wert', 'Ziel', 'Abstand'];
			for (const row of rows) {
				// The PDF's detail section states each topic's figures in one line.
				expect(text, row.title).toContain(
					`${row.title} · ${score}: ${row.score} · ${target}: ${row.target} · ${gap}: ${row.gap}`
				);
				const csvRow = csvRows.find((cells) => cells[1] === row.title);
				expect(csvRow?.slice(2, 5), row.title).toEqual([row.score, row.target, row.gap]);
			}
		});
	}

	test('the heatmap shows the agreed level where the team agreed on one', async ({ page }) => {
		const overview = await loadExample(page, 'en');
		await page.goto(`${overview}workshop/`);
		const agreed = page.locator('.heatmap a[data-agreed="true"]');
		await expect(agreed).toHaveCount(3);
		for (const cell of await agreed.all()) {
			const id = (await cell.getAttribute('href'))!.replace('#discuss-', '');
			const level = await page.locator(`#agree-${id}`).inputValue();
			await expect(cell).toHaveText(new RegExp(`^${level}( ⚠)? ✓$`));
		}
		await expectAccessible(page);
	});
});

import { readFileSync, writeFileSync } from 'node:fs';
import { expectAccessible, expect, test } from './fixtures';
import { NewAssessmentPage, QuestionnairePage } from './page-models/app';
import { backupOf, download, loadExample, pdfText } from './helpers';

test.describe('export', () => {
	for (const [locale, texts] of [
		[
			'en',
			{
				dimension: 'Leadership and strategy',
				roadmap: 'Roadmap',
				phase: 'Now (0–6 months)',
				button: /Download PDF/
			}
		],
		[
			'de',
			{
				dimension: 'Leitung und Strategie',
				roadmap: 'Fahrplan',
				phase: 'Jetzt (0–6 Monate)',
				button: /PDF herunterladen/
			}
		]
	] as const) {
		test(`the example's roadmap as a PDF, in ${locale}`, async ({ page }, testInfo) => {
			const overview = await loadExample(page, locale);
			await page.goto(`${overview}roadmap/`);
			const action = (await page
				.getByRole('region')
				.first()
				.getByRole('heading', { level: 3 })
				.nth(1)
				.textContent())!.trim();
			await page.goto(`${overview}export/`);
			await expectAccessible(page);
			const pdf = await download(page, texts.button, testInfo.outputPath('roadmap.pdf'));
			expect(pdf.name).toMatch(/^Familienzentrum-Seenland-e\.-V\.-\d{4}-\d{2}-\d{2}-roadmap\.pdf$/);
			expect(readFileSync(pdf.path).subarray(0, 4).toString()).toBe('%PDF');
			const text = (await pdfText(pdf.path)).replace(/\s+/g, ' ');
			expect(text).toContain('Familienzentrum Seenland e. V.');
			expect(text).toContain(texts.dimension);
			expect(text).toContain(texts.roadmap);
			expect(text).toContain(texts.phase);
			expect(text).toContain(action.replace(/\s+/g, ' ').slice(0, 30));
			// The handbook's address in print, and each entry's title a link to it.
			expect(text).toMatch(/localhost:\d+\/(de\/)?handbook\//);
			expect(readFileSync(pdf.path, 'latin1')).toMatch(
				new RegExp(
					`/URI \\(http://localhost:\\d+/${locale === 'de' ? 'de/' : ''}handbook/[a-z-]+/\\)`
				)
			);
		});
	}

	test('a PDF with Polish, Lithuanian and Russian names and notes', async ({ page }, testInfo) => {
		const letters = 'ą ę ł ā ē ī ū č š ž ė į ų õ ä ö ü å æ ø';
		await page.goto('/new/');
		await new NewAssessmentPage(page).create({
			name: 'Fundacja Żółta Łódź',
			type: /NGO/,
			region: 'Šeimų bendruomenė, Kuldīga',
			pack: /Quick check/,
			submit: /^Start$/,
			workshop: { mode: /As a workshop/, participants: ['Центр поддержки', 'Šeimų bendruomenė'] }
		});
		await page.getByRole('link', { name: /Центр поддержки/ }).click();
		const q = new QuestionnairePage(page);
		await q.choose(/clear goal of your leadership/, 2);
		const note = `Центр поддержки семей. ${letters}`;
		await page.getByLabel('Note (optional)').first().fill(note);
		await page.keyboard.press('Tab');
		// Stored, not only on screen: it is still there after a reload.
		await expect
			.poll(async () => {
				await page.reload();
				return page.getByLabel('Note (optional)').first().inputValue();
			})
			.toBe(note);
		await page.goto(page.url().replace(/questions\/.*$/, 'export/'));
		const pdf = await download(page, /Download PDF/, testInfo.outputPath('roadmap.pdf'));
		expect(pdf.name).toMatch(/^Fundacja-Żółta-Łódź-\d{4}-\d{2}-\d{2}-roadmap\.pdf$/);
		expect(readFileSync(pdf.path).subarray(0, 4).toString()).toBe('%PDF');
		const text = (await pdfText(pdf.path)).replace(/\s+/g, ' ');
		for (const expected of [
			'Fundacja Żółta Łódź',
			'Šeimų bendruomenė',
			'Центр поддержки',
			'Leadership and strategy',
			letters
		]) {
			expect(text).toContain(expected);
		}
	});

	test('answers as CSV with a byte-order mark, and a backup that restores', async ({
		page
	}, testInfo) => {
		const overview = await loadExample(page, 'de');
		await page.goto(`${overview}export/`);
		const csv = await download(page, /CSV herunterladen/, testInfo.outputPath('answers.csv'));
		const bytes = readFileSync(csv.path);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'"Einschätzung";"Organisation";"Datum";"Person";"Thema";"Fragen-ID";"Frage";"Stufe";"Antwort";"Notiz";"Vereinbarte Stufe";"Begründung der vereinbarten Stufe"'
		);
		// 5 participants × 48 questions (those for a small association), a header and the final line end.
		expect(lines).toHaveLength(5 * 48 + 2);
		expect(
			lines.some(
				(l) => l.includes('"Olga (Mutter, Elternrat)"') && l.includes('Elternrat trifft sich')
			)
		).toBe(true);

		// Back up everything, then restore it as copies.
		await page.goto('/de/');
		const backup = await download(
			page,
			/Alle Einschätzungen sichern/,
			testInfo.outputPath('backup.json')
		);
		await page.locator('#restore-file').setInputFiles(backup.path);
		await expect(page.getByText(/Diese Sicherung enthält 2 Einschätzungen/)).toBeVisible();
		await expect(page.getByText(/Schon in diesem Browser/)).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Einlesen' }).click();
		await expect(page.getByText('2 Einschätzungen wiederhergestellt.')).toBeVisible();
		await expect(
			page.getByRole('heading', { level: 3, name: 'Strategietag im Frühjahr' })
		).toHaveCount(2);
	});

	test('a bad backup is refused with the reason, and nothing changes', async ({
		page
	}, testInfo) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Try the example' }).click();
		await page.goto('/');
		const count = await page.getByRole('heading', { level: 3 }).count();
		const truncated = testInfo.outputPath('truncated.json');
		writeFileSync(
			truncated,
			'{"format":"empowerment-roadmap/backup","version":1,"assessments":[{"assess'
		);
		await page.locator('#restore-file').setInputFiles(truncated);
		await expect(
			page.getByText(
				/This file cannot be restored: This is not a file from this app.*Nothing was changed\./
			)
		).toBeVisible();
		const hostile = testInfo.outputPath('hostile.json');
		writeFileSync(
			hostile,
			JSON.stringify({
				format: 'empowerment-roadmap/backup',
				version: 1,
				exportedAt: 1,
				assessments: [{ assessment: { id: '<img src=x onerror=alert(1)>' } }]
			})
		);
		await page.locator('#restore-file').setInputFiles(hostile);
		await expect(page.getByText(/assessments\[0\]\.assessment\.id/)).toBeVisible();
		const newer = testInfo.outputPath('newer.json');
		writeFileSync(
			newer,
			JSON.stringify({ format: 'empowerment-roadmap/backup', version: 7, assessments: [] })
		);
		await page.locator('#restore-file').setInputFiles(newer);
		await expect(page.getByText(/made by a newer version of the app \(format 7\)/)).toBeVisible();
		await page.reload();
		await expect(page.getByRole('heading', { level: 3 })).toHaveCount(count);
	});

	test('a backup this browser cannot open is refused whole, in the reader’s language', async ({
		page
	}, testInfo) => {
		const backupFor = (id: string, mode: 'solo' | 'workshop', packId: string, people: string[]) =>
			backupOf({
				id,
				name: `Verein ${id}`,
				packId,
				packVersion: '2.0.0',
				locale: 'de',
				mode,
				people
			});
		const choose = async (name: string, backup: unknown) => {
			const path = testInfo.outputPath(name);
			writeFileSync(path, JSON.stringify(backup));
			await page.locator('#restore-file').setInputFiles(path);
		};
		await page.goto('/de/');
		const before = await page.getByRole('heading', { level: 3 }).count();

		await choose('unknown-pack.json', backupFor('fremd', 'workshop', 'village-survey', ['Ada']));
		await expect(
			page.getByText(
				/assessments\[0\]\.assessment\.packId: Sie nutzt den Fragebogen „village-survey“.*Importieren Sie diesen Fragebogen zuerst.*Es wurde nichts geändert\./
			)
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'Zu den Fragebögen' })).toHaveAttribute(
			'href',
			'/de/questionnaires/'
		);
		await expect(page.getByRole('button', { name: 'Einlesen' })).toHaveCount(0);
		await expectAccessible(page);

		await choose('solo-nobody.json', backupFor('allein', 'solo', 'quick-check', []));
		await expect(
			page.getByText(
				/assessments\[0\]\.participants: Diese Einschätzung beantwortet eine einzelne Person.*Es wurde nichts geändert\./
			)
		).toBeVisible();
		await page.reload();
		await expect(page.getByRole('heading', { level: 3 })).toHaveCount(before);

		// A workshop nobody has joined yet is what the app makes when all are removed: it
		// restores, and its questions lead to the facilitator view, where people are added.
		await choose('workshop-nobody.json', backupFor('leer', 'workshop', 'quick-check', []));
		await page.getByRole('button', { name: 'Einlesen' }).click();
		await expect(page.getByText('1 Einschätzung wiederhergestellt.')).toBeVisible();
		await page.goto('/de/assessment/leer/questions/leadership/');
		await expect(page.getByText('Noch nimmt niemand teil.', { exact: false })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Verein leer' }).locator('..')).toHaveText(
			'Verein leer · Schnell-Check'
		);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Moderationsansicht' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Moderationsansicht' })).toBeVisible();
		await page.goto('/de/assessment/leer/review/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('results and roadmap print cleanly from the browser', async ({ page }) => {
		const overview = await loadExample(page, 'en');
		for (const path of ['results/', 'roadmap/']) {
			await page.goto(`${overview}${path}`);
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('banner')).toBeHidden();
			await expect(page.getByText('Familienzentrum Seenland e. V. ·').first()).toBeVisible();
			await expect(page.getByRole('button', { name: /Regenerate|Edit/ }).first()).toBeHidden();
			// Values as text, never form controls: no drop-down, no empty note box on paper.
			for (const control of await page.locator('main select, main textarea, main input').all()) {
				await expect(control).toBeHidden();
			}
			if (path === 'roadmap/') {
				await expect(page.getByText(/^Status: (In progress|Planned)$/).first()).toBeVisible();
				await expect(
					page.getByText('Note: Olga and Marta prepare the first meeting.')
				).toBeVisible();
			}
			await page.emulateMedia({ media: 'screen' });
		}
	});
});

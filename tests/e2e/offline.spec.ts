import { expect, test } from './fixtures';
import { download, pdfText } from './helpers';
import { NewAssessmentPage, QuestionnairePage } from './page-models/app';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app works without a network', async ({ page, context }, testInfo) => {
	test.slow();
	await page.goto('/de/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// Wait until the service worker controls the page (it claims clients when activated).
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Organisation');

	// A new assessment, answered, with no network at all.
	await page.goto('/de/new/');
	await new NewAssessmentPage(page).create({
		name: 'Dorfhilfe ohne Netz',
		type: /Verein/,
		pack: /Schnell-Check/,
		submit: /Los geht/
	});
	await page.getByRole('link', { name: 'Weiter', exact: true }).click();
	await new QuestionnairePage(page).choose(/klares Ziel Ihrer Leitung/, 3);
	// Reloading a page that only exists in the browser comes from the fallback in the cache.
	await page.reload();
	await expect(new QuestionnairePage(page).level(/klares Ziel Ihrer Leitung/, 3)).toBeChecked();

	// On to the results (chart.js comes from the cache) and the PDF (jspdf and its fonts too).
	const overview = page.url().replace(/questions\/.*$/, '');
	await page.goto(`${overview}results/`);
	await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
	await expect(page.locator('canvas').first()).toBeVisible();
	await page.goto(`${overview}export/`);
	const pdf = await download(page, /PDF herunterladen/, testInfo.outputPath('offline.pdf'));
	expect(await pdfText(pdf.path)).toContain('Dorfhilfe ohne Netz');

	await page.goto('/de/handbook/reaching-rural-areas/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await context.setOffline(false);
});

test('a first visit to a handbook page, which has no app client, installs the offline copy too', async ({
	page
}) => {
	await page.goto('/handbook/user-panels/');
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
});

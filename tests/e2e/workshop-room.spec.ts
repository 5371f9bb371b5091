import { EXAMPLE_ORGANISATION, questionCount } from './content';
import { expectAccessible, expect, test } from './fixtures';
import { download, loadExample, pdfText } from './helpers';
import { NewAssessmentPage, QuestionnairePage } from './page-models/app';
import { linksOn, WallPage } from './page-models/workshop';

/** The workshop in the room: the wall, the device passed round, invitations on paper. */
test.describe('wall view', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('at 1920 × 1080: large type, no admin control, driven from the keyboard', async ({
		page
	}) => {
		const overview = await loadExample(page, 'en');
		await page.goto(`${overview}workshop/`);
		await page.getByRole('link', { name: 'Live round' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Live round' })).toBeVisible();
		const wall = new WallPage(page);
		await wall.expectNoAdminControls();
		// Readable from 6 m: the question about 48 px, level descriptions and names 27 px or more.
		expect(await wall.fontSize('h2.question')).toBeGreaterThanOrEqual(44);
		expect(await wall.fontSize('.level .descriptor')).toBeGreaterThanOrEqual(26);
		expect(await wall.fontSize('.person .name')).toBeGreaterThanOrEqual(28);
		await expectAccessible(page);

		// Next, reveal and agree without the mouse.
		await page.keyboard.press('ArrowRight');
		const questions = questionCount('empowerment', EXAMPLE_ORGANISATION);
		await expect(page.getByText(new RegExp(`^Question 2 of ${questions} ·`))).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Answers by level' })).toHaveCount(0);
		await page.keyboard.press('r');
		await expect(page.getByRole('heading', { name: 'Answers by level' })).toBeVisible();
		await page.keyboard.press('a');
		await expect(page.getByRole('combobox', { name: 'Agreed level' })).toBeFocused();
		await page.keyboard.press('Escape');
		await page.locator('h2.question').click();
		await page.keyboard.press('h');
		await expect(page.getByRole('button', { name: /^Participant 1/ })).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByText(new RegExp(`^Question 1 of ${questions} ·`))).toBeVisible();
		await expectAccessible(page);

		// The same picture on a 1280 × 720 projector, two thirds the size.
		await page.setViewportSize({ width: 1280, height: 720 });
		expect(await wall.fontSize('h2.question')).toBeGreaterThanOrEqual(30);
		expect(await wall.fitsScreen()).toEqual({ overflow: 0, sideways: 0 });

		for (const view of ['Discussion', 'Heatmap']) {
			await page.getByRole('link', { name: view, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
			await wall.expectNoAdminControls();
			await expectAccessible(page);
		}
		await page.getByRole('link', { name: 'Leave the wall view' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Facilitator view' })).toBeVisible();
	});

	// German has the longest texts; every question must fit before and after the reveal.
	test('shows every live-round step whole, without scrolling, in German', async ({ page }) => {
		test.setTimeout(120_000);
		const overview = await loadExample(page, 'de');
		await page.goto(`${overview}wall/live/`);
		const wall = new WallPage(page);
		const questions = questionCount('empowerment', EXAMPLE_ORGANISATION);
		for (let i = 1; i <= questions; i++) {
			await expect(page.getByText(new RegExp(`^Frage ${i} von ${questions} ·`))).toBeVisible();
			expect(await wall.fitsScreen(), `question ${i}`).toEqual({ overflow: 0, sideways: 0 });
			await page.keyboard.press('r');
			await expect(page.getByRole('heading', { name: 'Antworten nach Stufe' })).toBeVisible();
			expect(await wall.fitsScreen(), `question ${i} revealed`).toEqual({
				overflow: 0,
				sideways: 0
			});
			await page.keyboard.press('ArrowRight');
		}
	});
});

test.describe('pass the device', () => {
	test('is a kiosk: no link leads outside the participant’s questions', async ({ page }) => {
		const id = await new NewAssessmentPage(page).createQuickWorkshop();
		await page.getByRole('link', { name: 'Facilitator view' }).click();
		await page.getByRole('link', { name: 'Pass the device' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Pass the device' })).toBeVisible();

		/** A link may stay on this page, go to the cover screen, or to questions in pass mode. */
		const expectInside = async (participant?: string) => {
			const here = new URL(page.url());
			const links = await linksOn(page);
			expect(links.length).toBeGreaterThan(0);
			for (const url of links) {
				if (url.pathname === here.pathname && url.search === here.search) continue;
				const path = url.pathname.replace(/^\/de\//, '/');
				if (path === `/assessment/${id}/pass/`) continue;
				expect(path, url.href).toMatch(new RegExp(`^/assessment/${id}/questions/[a-z0-9-]+/$`));
				expect(url.searchParams.get('pass'), url.href).toBe('1');
				if (participant) expect(url.searchParams.get('as'), url.href).toBe(participant);
			}
			await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
			await expect(page.getByRole('navigation', { name: 'Language' })).toHaveCount(0);
			await expect(page.locator('footer')).toHaveCount(0);
		};
		await expectInside();
		await expectAccessible(page);
		// Neither can the back button leave the round.
		await page.evaluate(() => history.back());
		await page.waitForTimeout(500);
		await expect(page.getByRole('heading', { level: 1, name: 'Pass the device' })).toBeVisible();

		await page.getByRole('link', { name: 'Start as Anna' }).click();
		await expect(page.getByText('Answering as: Anna')).toBeVisible();
		const anna = new URL(page.url()).searchParams.get('as')!;
		await expectInside(anna);
		await expect(page.getByText('Help from the handbook')).toHaveCount(0);
		await expectAccessible(page);
		await new QuestionnairePage(page).choose(/clear goal of your leadership/, 4);
		await page.getByRole('link', { name: /Next topic/ }).click();
		await expectInside(anna);
		await page.getByRole('navigation', { name: 'All topics' }).getByRole('link').last().click();
		await expectInside(anna);
		await page.getByRole('link', { name: /Done\? Hand the device on/ }).click();

		// Only a deliberate, confirmed action ends the round.
		await page.getByRole('button', { name: 'End the round' }).click();
		const dialog = page.getByRole('dialog', { name: 'End the round?' });
		await expect(dialog).toBeVisible();
		await expectAccessible(page);
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Pass the device' })).toBeVisible();
		await page.getByRole('button', { name: 'End the round' }).click();
		await dialog.getByRole('button', { name: 'End the round' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Facilitator view' })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	});
});

test.describe('invitations', () => {
	test('all participants’ QR codes on one sheet, printed in one click', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => (window as unknown as { printed: number }).printed++;
		});
		await page.goto('/new/');
		await new NewAssessmentPage(page).create({
			name: 'Fundacja Żółta Łódź',
			type: /NGO/,
			pack: /Quick check/,
			submit: /^Start$/,
			workshop: {
				mode: /As a workshop/,
				participants: ['Anna (manager)', 'Olga (parent)', 'Piotr (volunteer)']
			}
		});
		await page.getByRole('link', { name: 'Facilitator view' }).click();
		await page.getByRole('link', { name: 'Print all invitations' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Invitations to print' })
		).toBeVisible();
		await expect
			.poll(() => page.evaluate(() => (window as never as { printed: number }).printed))
			.toBe(1);
		const codes = page.getByRole('img', { name: /QR code with the invitation link for/ });
		await expect(codes).toHaveCount(3);
		for (const name of ['Anna (manager)', 'Olga (parent)', 'Piotr (volunteer)'])
			await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
		// About 125 characters with the participant's key: a version 8 code (49 modules), where the
		// long link needed 85.
		for (const link of await page.locator('.link').allTextContents()) {
			expect(link.length).toBeLessThan(150);
		}
		for (const version of await codes.evaluateAll((svgs) => svgs.map((s) => s.dataset.version)))
			expect(Number(version)).toBeLessThanOrEqual(8);
		await expectAccessible(page);
	});
});

test.describe('the example', () => {
	test('is made once, labelled, opens on Results and is removed in one click', async ({ page }) => {
		await page.goto('/new/');
		await new NewAssessmentPage(page).create({
			name: 'Parish Welfare Kuldīga',
			type: /Church-based/,
			pack: /Quick check/,
			submit: /^Start$/
		});
		const first = await loadExample(page, 'en');
		await expect(
			page.getByRole('heading', { level: 1, name: /Strategy day, spring/ })
		).toContainText('Example');
		// A second "Try the example" opens the same one and makes nothing new.
		const second = await loadExample(page, 'en');
		expect(second).toBe(first);
		await page.goto('/');
		const cards = page.getByRole('heading', { level: 3 });
		await expect(cards).toHaveCount(3);
		const example = page.getByRole('article').filter({ hasText: 'Strategy day, spring' });
		await expect(example.getByRole('heading', { level: 3 })).toContainText('Example');
		// Everything is answered: the main button is Results.
		await expect(example.getByRole('link', { name: /^Results/ })).not.toHaveClass(/secondary/);
		await expect(example.getByRole('link', { name: /^Open/ })).toHaveClass(/secondary/);
		await expectAccessible(page);

		await example.getByRole('button', { name: 'Remove the example' }).click();
		await expect(cards).toHaveCount(1);
		const undo = page.getByRole('status').filter({ hasText: 'The example was removed.' });
		await expect(undo).toBeVisible();
		// The undo sits where the example was and covers nothing.
		const below = await page.getByRole('article').first().boundingBox();
		const toast = await undo.boundingBox();
		expect(toast!.y + toast!.height).toBeLessThanOrEqual(below!.y);
		// The pointer on the toast stops its ten-second clock while axe reads the page.
		await undo.hover();
		await expectAccessible(page);
		await undo.getByRole('button', { name: 'Undo' }).click();
		await expect(cards).toHaveCount(3);
		await expect(page.getByRole('status').first()).toContainText('The example is back.');
	});
});

test.describe('dates and the forms around them', () => {
	test('an en-GB browser reads “1 December 2026”, on screen and in the PDF', async ({
		page
	}, testInfo) => {
		await page.goto('/new/');
		await new NewAssessmentPage(page).create({
			name: 'Village Care',
			type: /NGO/,
			pack: /Quick check/,
			submit: /^Start$/,
			date: '2026-12-01'
		});
		const facts = page.getByRole('paragraph').filter({ hasText: /^Village Care · / });
		await expect(facts).toHaveText('Village Care · Quick check · 1 December 2026');
		const overview = page.url();
		await page.goto('/');
		await expect(page.getByRole('article').filter({ hasText: 'Village Care' })).toContainText(
			'1 December 2026'
		);
		// A German interface keeps German dates in the same browser.
		await page.goto(overview.replace('/assessment/', '/de/assessment/'));
		await expect(facts).toHaveText('Village Care · Schnell-Check · 1. Dezember 2026');

		await page.goto(`${overview}export/`);
		// The address of the handbook links waits under "Advanced".
		await expect(page.getByLabel('Address of the handbook links')).toBeHidden();
		await page.getByText('Advanced').click();
		await expect(page.getByLabel('Address of the handbook links')).toBeVisible();
		await expectAccessible(page);
		const pdf = await download(page, /Download PDF/, testInfo.outputPath('roadmap.pdf'));
		expect((await pdfText(pdf.path)).replace(/\s+/g, ' ')).toContain('1 December 2026');
	});

	test('switching the language keeps what was typed on the new-assessment form', async ({
		page
	}) => {
		await page.goto('/new/');
		await page.locator('#org-name').fill('Fundacja Żółta Łódź');
		await page.getByRole('radio', { name: /As a workshop/ }).check();
		await page.locator('#participant-0').fill('Olga (parent)');
		await page.getByRole('link', { name: 'Deutsch' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Neue Einschätzung' })).toBeVisible();
		await expect(page.locator('#org-name')).toHaveValue('Fundacja Żółta Łódź');
		await expect(page.locator('#participant-0')).toHaveValue('Olga (parent)');
		await expectAccessible(page);
	});
});

import { expectAccessible, expect, test } from './fixtures';
import { HomePage, NewAssessmentPage, QuestionnairePage } from './page-models/app';

test.describe('taking an assessment', () => {
	test('in German: create, answer by mouse and keyboard, reload, resume, review, targets, results', async ({
		page
	}) => {
		// The whole questionnaire by hand, with axe on every page: long on two shared cores.
		test.slow();
		const home = new HomePage(page);
		await home.goto();
		await expectAccessible(page);

		// Pick German; the choice is remembered for the next visit to an unprefixed address.
		await page.getByRole('link', { name: 'Deutsch' }).click();
		await expect(page).toHaveURL(/\/de\/$/);
		await home.goto('/');
		await expect(page).toHaveURL(/\/de\/$/);
		await expect(page.getByText('Noch keine Einschätzung')).toBeVisible();

		await page.getByRole('link', { name: 'Neue Einschätzung beginnen' }).click();
		await expect(page.getByRole('heading', { name: 'Neue Einschätzung' })).toBeVisible();
		// Both packs are offered with their time estimates.
		await expect(page.getByRole('radio', { name: /Schnell-Check.*etwa 60 Minuten/ })).toBeVisible();
		await expect(
			page.getByRole('radio', { name: /Ausführliche Einschätzung.*etwa 210 Minuten/ })
		).toBeVisible();
		await expectAccessible(page);
		// Submitting without a name explains what is missing.
		await page.getByRole('button', { name: 'Los geht’s' }).click();
		await expect(page.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
		await new NewAssessmentPage(page).create({
			name: 'Dorfhilfe Nordheide e. V.',
			type: /Verein/,
			size: '1–9 bezahlte Mitarbeitende',
			country: 'Deutschland',
			region: 'Landkreis Harburg',
			pack: /Schnell-Check/,
			submit: /Los geht/
		});
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Weiter' }).click();
		const q = new QuestionnairePage(page);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Leitung und Strategie' })
		).toBeVisible();
		await expect(page.getByText('Thema 1 von 10')).toBeVisible();
		// With the mouse: click a level card.
		await q.choose(/klares Ziel Ihrer Leitung/, 3);
		await expect(q.question(/klares Ziel Ihrer Leitung/).getByText('Gespeichert')).toBeVisible();
		await page.getByLabel('Notiz (freiwillig)').first().fill('Beschluss vom März');
		await expectAccessible(page);

		// With the keyboard only: Tab to the next question's options and press 4.
		await q.level(/klares Ziel Ihrer Leitung/, 3).focus();
		const second = /Sprechen Ihre Leitungskräfte selbst/;
		for (let i = 0; i < 20; i++) {
			await page.keyboard.press('Tab');
			if (
				await q
					.question(second)
					.getByRole('radio')
					.first()
					.evaluate((el) => el === document.activeElement)
			)
				break;
		}
		await page.keyboard.press('4');
		await expect(q.level(second, 4)).toBeChecked();
		await expect(q.level(second, 4)).toBeFocused();
		await expect(q.question(second).locator('.save-state')).toHaveAttribute('data-state', 'saved');

		// Reload in the middle of the next topic; everything is still there.
		await page.getByRole('link', { name: /Nächstes Thema/ }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: /Haltung und Kompetenzen/ })
		).toBeVisible();
		await q
			.question(/Begegnen Ihre Mitarbeitenden/)
			.getByRole('radio', { name: 'Weiß nicht' })
			.check();
		await expect(q.question(/Begegnen Ihre Mitarbeitenden/).locator('.save-state')).toHaveAttribute(
			'data-state',
			'saved'
		);
		await page.reload();
		await expect(
			q.question(/Begegnen Ihre Mitarbeitenden/).getByRole('radio', { name: 'Weiß nicht' })
		).toBeChecked();

		// Resume from the home page: "Weiter" leads to the first topic with an open question.
		await page.getByRole('link', { name: 'Einschätzungen', exact: true }).click();
		const card = home.assessment('Dorfhilfe Nordheide e. V.');
		await expect(card).toContainText('21 % beantwortet');
		await expectAccessible(page);
		await card.getByRole('link', { name: /Weiter/ }).click();
		await page.getByRole('link', { name: 'Weiter', exact: true }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: /Bedarfe gemeinsam erkennen/ })
		).toBeVisible();
		await expect(page.getByText('3 von 14 beantwortet')).toBeVisible();

		// Earlier answers are intact.
		await page.getByRole('link', { name: /Leitung und Strategie/ }).click();
		await expect(q.level(/klares Ziel Ihrer Leitung/, 3)).toBeChecked();
		await expect(q.level(second, 4)).toBeChecked();
		await expect(page.getByLabel('Notiz (freiwillig)').first()).toHaveValue('Beschluss vom März');

		// Review lists what is open and what was "don't know", with links to the questions.
		await page.goto(page.url().replace(/questions\/.*$/, 'review/'));
		await expect(page.getByRole('heading', { level: 1, name: 'Durchsicht' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Noch nicht beantwortet (11)' })).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'Mit „Weiß nicht“ beantwortet (1)' })
		).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('link', { name: /Wie finden Sie heraus/ }).click();
		await expect(page).toHaveURL(/questions\/needs\/#question-quick-needs$/);
		await q.choose(/Wie finden Sie heraus/, 2);
		await page.goBack();

		// Targets: the suggestion is one level up; changes are saved at once.
		await page.getByRole('link', { name: /Ziele festlegen/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Ziele' })).toBeVisible();
		const leadership = page.getByRole('listitem').filter({ hasText: 'Leitung und Strategie' });
		await expect(leadership).toContainText('Jetzt: 3,5');
		await expect(leadership.getByRole('combobox', { name: 'Zielstufe' })).toHaveValue('4');
		await leadership.getByRole('combobox', { name: 'Zielstufe' }).selectOption('5');
		await leadership.getByRole('radio', { name: 'Hoch' }).check();
		await expect(leadership.locator('.save-state')).toHaveAttribute('data-state', 'saved');
		await expectAccessible(page);
		await page.reload();
		await expect(leadership.getByRole('combobox', { name: 'Zielstufe' })).toHaveValue('5');
		await expect(leadership.getByRole('radio', { name: 'Hoch' })).toBeChecked();

		await page.getByRole('link', { name: /Ergebnisse ansehen/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
		const row = (name: string) =>
			page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
		// Leadership: (3 + 4) / 2; culture: "don't know" lowers coverage and gives no score.
		await expect(row('Leitung und Strategie')).toContainText('3,5');
		await expect(row('Leitung und Strategie')).toContainText('2 von 2');
		await expect(row('Haltung und Kompetenzen im Team')).toContainText('Zu wenige Antworten');
		await expect(row('Haltung und Kompetenzen im Team')).toContainText('0 von 1');
		await expect(row('Bedarfe gemeinsam erkennen')).toContainText('2,0');
		await expectAccessible(page);
	});

	test('an unknown assessment shows a clear message', async ({ page }) => {
		await page.goto('/assessment/does-not-exist/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('could not find');
		await expectAccessible(page);
	});
});

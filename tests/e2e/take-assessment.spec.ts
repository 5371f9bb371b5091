import { expectAccessible, expect, test } from './fixtures';
import { HomePage, NewAssessmentPage, QuestionnairePage } from './page-models/app';

test.describe('taking an assessment', () => {
	test('in German: create, answer, reload, see results, delete', async ({ page }) => {
		const home = new HomePage(page);
		await home.goto();
		await expectAccessible(page);

		// Pick German; the choice is remembered for the next visit to an unprefixed address.
		await page.getByRole('link', { name: 'Deutsch' }).click();
		await expect(page).toHaveURL(/\/de\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Organisation');
		await home.goto('/');
		await expect(page).toHaveURL(/\/de\/$/);
		await expect(page.getByText('Noch keine Einschätzung')).toBeVisible();

		await page.getByRole('link', { name: 'Neue Einschätzung beginnen' }).click();
		await expect(page.getByRole('heading', { name: 'Neue Einschätzung' })).toBeVisible();
		await expectAccessible(page);
		// Submitting without a name explains what is missing.
		await page.getByRole('button', { name: 'Los geht’s' }).click();
		await expect(page.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();
		await new NewAssessmentPage(page).create({
			name: 'Dorfhilfe Nordheide e. V.',
			type: /Verein/,
			pack: /Beispiel-Check/,
			submit: /Los geht/
		});

		await page.getByRole('link', { name: 'Weiter' }).click();
		const questionnaire = new QuestionnairePage(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Leitung' })).toBeVisible();
		await expect(page.getByText('Thema 1 von 3')).toBeVisible();
		await questionnaire.choose(/Sagt Ihre Leitung klar/, 3);
		await expect(
			questionnaire.question(/Sagt Ihre Leitung klar/).getByText('Gespeichert')
		).toBeVisible();
		await questionnaire.choose(/Stimme in Ihrem Vorstand/, 4);
		await page.getByLabel('Notiz (freiwillig)').first().fill('Beschluss vom März');
		await expectAccessible(page);

		await page.getByRole('link', { name: /Nächstes Thema/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Bedarfe verstehen' })).toBeVisible();
		await questionnaire.choose(/Wie finden Sie heraus/, 2);
		await questionnaire
			.question(/Erfahren die Menschen/)
			.getByRole('radio', { name: 'Weiß nicht' })
			.check();
		await expect(
			questionnaire.question(/Erfahren die Menschen/).getByText('Gespeichert')
		).toBeVisible();

		// Everything survives a reload, including on the previous topic.
		await page.reload();
		await expect(questionnaire.level(/Wie finden Sie heraus/, 2)).toBeChecked();
		await expect(
			questionnaire.question(/Erfahren die Menschen/).getByRole('radio', { name: 'Weiß nicht' })
		).toBeChecked();
		await page.getByRole('link', { name: /Vorheriges Thema/ }).click();
		await expect(questionnaire.level(/Sagt Ihre Leitung klar/, 3)).toBeChecked();
		await expect(questionnaire.level(/Stimme in Ihrem Vorstand/, 4)).toBeChecked();
		await expect(page.getByLabel('Notiz (freiwillig)').first()).toHaveValue('Beschluss vom März');

		await page.getByRole('link', { name: /Ressourcen/ }).click();
		await page.getByRole('link', { name: /Ergebnisse ansehen/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse' })).toBeVisible();
		const row = (name: string) =>
			page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
		// Leadership: (3 + 4) / 2; needs: only the level 2 counts, "don't know" lowers coverage.
		await expect(row('Leitung')).toContainText('3,5');
		await expect(row('Leitung')).toContainText('2 von 2');
		await expect(row('Bedarfe verstehen')).toContainText('2,0');
		await expect(row('Bedarfe verstehen')).toContainText('1 von 2');
		await expect(row('Ressourcen')).toContainText('noch kein Wert');
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Einschätzungen', exact: true }).click();
		const item = home.assessment('Dorfhilfe Nordheide e. V.');
		await expect(item).toContainText('4 von 6 Fragen beantwortet');
		await expectAccessible(page);
		await item.getByRole('button', { name: /Löschen/ }).click();
		await expect(page.getByRole('dialog', { name: 'Diese Einschätzung löschen?' })).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Endgültig löschen' }).click();
		await expect(page.getByRole('status')).toContainText('gelöscht');
		await expect(item).toHaveCount(0);
		await expect(page.getByText('Noch keine Einschätzung')).toBeVisible();
	});

	test('an unknown assessment shows a clear message', async ({ page }) => {
		await page.goto('/assessment/does-not-exist/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('could not find');
		await expectAccessible(page);
	});
});

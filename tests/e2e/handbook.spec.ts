import { expectAccessible, expect, test } from './fixtures';
import { NewAssessmentPage, QuestionnairePage } from './page-models/app';

test.describe('the handbook', () => {
	test('search by word, filter by topic and kind, read an entry', async ({ page }) => {
		await page.goto('/handbook/');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Empowerment Handbook' })
		).toBeVisible();
		await expect(page.getByRole('status')).toHaveText(/^\d{2} entries$/);
		await expectAccessible(page);

		await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('tailor');
		await expect(page.getByRole('heading', { level: 2, name: /Luleå/ })).toBeVisible();
		await expect(page).toHaveURL(/\?q=tailor$/);

		await page.getByRole('searchbox').fill('');
		await page
			.getByRole('combobox', { name: 'Kind' })
			.selectOption({ label: 'Good-practice example' });
		await expect(page.getByRole('status')).toHaveText('9 entries');
		await page
			.getByRole('combobox', { name: 'Topic' })
			.selectOption({ label: 'Partnerships and local networks' });
		// The list is filtered in place: entries that do not match are hidden.
		const cards = page.locator('.entries > li:visible');
		await expect(cards).not.toHaveCount(0);
		for (const text of await cards.allInnerTexts())
			expect(text).toContain('Partnerships and local networks');
		await expect(page.getByRole('status')).toHaveText(`${await cards.count()} entries`);

		// The filters survive a reload because they live in the address.
		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('example');

		await page.goto('/handbook/user-panels/');
		await expect(page.getByRole('heading', { level: 1, name: /User panels/ })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible();
		await expectAccessible(page);
		// Each entry lists the topics it serves and links back to them.
		await page.getByRole('link', { name: 'Structures and decision-making power' }).click();
		await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue('power');
	});

	test('in German, from a question to a handbook entry and back, with answers intact', async ({
		page
	}) => {
		await page.goto('/de/new/');
		await new NewAssessmentPage(page).create({
			name: 'Sozialstation Amt Neuhaus',
			type: /Öffentlicher/,
			pack: /Ausführliche Einschätzung/,
			submit: /Los geht/
		});
		await page.getByRole('link', { name: 'Weiter', exact: true }).click();
		const q = new QuestionnairePage(page);
		const question = q.question(/in Ihrer Strategie und Jahresplanung verankert/);
		await q.choose(/in Ihrer Strategie und Jahresplanung verankert/, 2);
		await page.getByLabel('Notiz (freiwillig)').first().fill('Leitbild von 2019');
		const link = question.getByRole('link').first();
		const title = (await link.textContent())!.trim();
		await link.click();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Worum es geht' })).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('link', { name: /Zurück zu Ihrer Frage/ }).click();
		await expect(page).toHaveURL(/#question-leadership-strategy-plans$/);
		await expect(q.level(/in Ihrer Strategie und Jahresplanung verankert/, 2)).toBeChecked();
		await expect(page.getByLabel('Notiz (freiwillig)').first()).toHaveValue('Leitbild von 2019');
	});

	// The handbook has no SvelteKit client: static/handbook.js does what needs a script there.
	test('without the app client, the header still switches text size and remembers the language', async ({
		page
	}) => {
		await page.goto('/handbook/?q=tailor&kind=poem');
		// An address the filters cannot hold is dropped, not an error.
		await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('');
		await expect(page.getByRole('searchbox')).toHaveValue('tailor');
		await expect(page.getByRole('status')).toHaveText('1 entry');

		const toggle = page.getByRole('button', { name: 'Large text' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-large-text', 'true');

		await page.getByRole('link', { name: 'Deutsch' }).click();
		await expect(page).toHaveURL(/\/de\/handbook\/\?q=tailor/);
		await expect(page.getByRole('button', { name: 'Große Schrift' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		// The choice is remembered: an address without a language opens in German.
		await page.goto('/handbook/user-panels/');
		await expect(page).toHaveURL(/\/de\/handbook\/user-panels\/$/);
		await expectAccessible(page);
	});

	test('a forged return address is ignored', async ({ page }) => {
		await page.goto('/handbook/user-panels/?from=https%3A%2F%2Fevil.example%2F');
		await expect(page.getByRole('heading', { level: 1, name: /User panels/ })).toBeVisible();
		await expect(page.getByRole('link', { name: /Back to your question/ })).toHaveCount(0);
	});

	test('an example says when its sources were read, and claims no link check', async ({ page }) => {
		// Nothing checks the links automatically, so the date is when the authors read the sources.
		await page.goto('/handbook/dithmarschen-parents-platform/');
		await expect(page.locator('dt', { hasText: 'Sources read on' })).toBeVisible();
		await expect(page.getByText(/last checked/i)).toHaveCount(0);
		await page.goto('/de/handbook/dithmarschen-parents-platform/');
		await expect(page.locator('dt', { hasText: 'Quellen gelesen am' })).toBeVisible();
		await expect(page.getByText(/zuletzt geprüft/i)).toHaveCount(0);
	});

	test('the About page credits SEMPRE and links to its results', async ({ page }) => {
		await page.goto('/about/');
		await expect(page.getByText(/not an official SEMPRE product/i)).toBeVisible();
		await expect(page.locator('a[href="https://sempre-project.eu/results"]').first()).toBeVisible();
		await expectAccessible(page);
	});
});

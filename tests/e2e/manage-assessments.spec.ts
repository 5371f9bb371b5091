import { expectAccessible, expect, test } from './fixtures';
import { HomePage, NewAssessmentPage, QuestionnairePage } from './page-models/app';

const create = (page: import('@playwright/test').Page, name: string, workshop?: string[]) =>
	page.goto('/new/').then(() =>
		new NewAssessmentPage(page).create({
			name,
			type: /Church-based/,
			pack: /Quick check/,
			submit: /^Start$/,
			workshop: workshop && { mode: /As a workshop/, participants: workshop }
		})
	);

test.describe('managing assessments on the home page', () => {
	test('rename, duplicate, re-assess, delete and undo', async ({ page }) => {
		const home = new HomePage(page);
		await create(page, 'Parish Welfare Kuldīga');
		await page.getByRole('link', { name: 'Continue', exact: true }).click();
		await new QuestionnairePage(page).choose(/clear goal of your leadership/, 2);

		await home.goto();
		await home.more('Parish Welfare Kuldīga', 'Rename');
		await expect(page.getByRole('dialog', { name: 'Rename assessment' })).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('textbox', { name: 'Name' }).fill('Spring 2026 round');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status').first()).toContainText('Renamed to “Spring 2026 round”');
		const renamed = home.assessment('Spring 2026 round');
		await expect(renamed).toContainText('Parish Welfare Kuldīga');
		await expect(renamed).toContainText('7 % answered');

		await home.more('Spring 2026 round', 'Duplicate');
		const copy = home.assessment('Spring 2026 round (copy)');
		await expect(copy).toContainText('7 % answered');

		// Re-assess: a new round with the same organisation and no answers, linked to the old one.
		await home.more('Spring 2026 round', 'Re-assess');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Parish Welfare Kuldīga' })
		).toBeVisible();
		await expect(page.getByText('0 % answered')).toBeVisible();
		await home.goto();
		await expect(home.assessment('Parish Welfare Kuldīga')).toContainText('Re-assessment of');
		await expect(page.getByRole('heading', { level: 3 })).toHaveCount(3);

		// Delete asks first, then offers an undo that brings everything back.
		await home.more('Spring 2026 round (copy)', 'Delete');
		await page.getByRole('button', { name: 'Delete for good' }).click();
		await expect(copy).toHaveCount(0);
		await expect(
			page.getByRole('status').filter({ hasText: /Deleted.*Choose Undo/ })
		).toBeVisible();
		// The pointer on the toast stops its clock while axe reads the page.
		await page
			.getByRole('status')
			.filter({ hasText: /Deleted.*Choose Undo/ })
			.hover();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByRole('status').first()).toContainText('Restored');
		await expect(copy).toContainText('7 % answered');

		// Without undo, the deletion stays after the toast is gone.
		await home.more('Spring 2026 round (copy)', 'Delete');
		await page.getByRole('button', { name: 'Delete for good' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: /Deleted.*Choose Undo/ })
		).toBeVisible();
		// Focus and pointer pause the toast's clock (Undo has the focus after a delete): leave it.
		await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.mouse.move(0, 0);
		await expect(page.getByRole('status').filter({ hasText: /Deleted.*Choose Undo/ })).toBeHidden({
			timeout: 25_000
		});
		await page.reload();
		await expect(copy).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 3 })).toHaveCount(2);
	});

	test('a workshop keeps each participant’s answers apart', async ({ page }) => {
		await create(page, 'Village Care Cooperative', ['Anna (manager)', 'Olga (parent)']);
		// Nobody is picked silently: the overview asks who answers.
		await expect(page.getByRole('heading', { name: 'Answer the questions' })).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Olga (parent)' })).toContainText(
			'0 of 14 answered'
		);
		await page.getByRole('link', { name: 'Answer as Olga (parent)' }).click();
		await expect(page.getByRole('combobox', { name: 'Answering as' })).toHaveValue(/.+/);
		const q = new QuestionnairePage(page);
		await q.choose(/clear goal of your leadership/, 4);
		await page
			.getByRole('combobox', { name: 'Answering as' })
			.selectOption({ label: 'Anna (manager)' });
		await page.getByRole('button', { name: 'Switch' }).click();
		await expect(q.level(/clear goal of your leadership/, 4)).not.toBeChecked();
		await q.choose(/clear goal of your leadership/, 2);
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Village Care Cooperative' }).click();
		for (const name of ['Anna (manager)', 'Olga (parent)']) {
			await expect(page.getByRole('listitem').filter({ hasText: name })).toContainText(
				'1 of 14 answered'
			);
		}
		// The team score is the median of both: (2 + 4) / 2.
		await page.getByRole('link', { name: 'Results' }).click();
		const row = page
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'Leadership and strategy' }) });
		await expect(row).toContainText('3.0');
	});
});

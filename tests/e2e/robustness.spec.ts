import { expect, test } from './fixtures';
import { NewAssessmentPage } from './page-models/app';

test.describe('nothing typed is lost', () => {
	test('a note typed and the tab closed at once is kept', async ({ page, context }) => {
		await page.goto('/new/');
		await new NewAssessmentPage(page).create({
			name: 'Quick Close Village Aid',
			type: /NGO/,
			pack: /Quick check/,
			submit: /^Start$/
		});
		const overview = page.url();
		await page.getByRole('link', { name: 'Continue' }).click();
		const note = page.getByRole('textbox', { name: 'Note (optional)' }).first();
		await note.fill('Typed in the last second before the tab closed');
		// No pause, no leaving the field: the tab goes at once.
		await page.close({ runBeforeUnload: false });

		const again = await context.newPage();
		await again.goto(overview);
		await again.getByRole('link', { name: 'Continue' }).click();
		await expect(again.getByRole('textbox', { name: 'Note (optional)' }).first()).toHaveValue(
			'Typed in the last second before the tab closed'
		);
	});
});

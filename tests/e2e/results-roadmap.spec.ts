import { EXAMPLE_ORGANISATION, questionCount } from './content';
import { expectAccessible, expect, test } from './fixtures';
import { NewAssessmentPage } from './page-models/app';

test.describe('results and roadmap of the example', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Try the example' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Strategy day, spring' })
		).toBeVisible();
	});

	test('the example shows a workshop with participants, notes and targets', async ({ page }) => {
		const questions = questionCount('empowerment', EXAMPLE_ORGANISATION);
		await expect(
			page.getByRole('listitem').filter({ hasText: 'Answer as Olga (parent, user panel)' })
		).toContainText(`${questions} of ${questions} answered`);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Targets' }).click();
		const needs = page.getByRole('listitem').filter({ hasText: 'Understanding needs together' });
		await expect(needs.getByRole('combobox', { name: 'Target level' })).toHaveValue('4');
		await expect(needs.getByRole('radio', { name: 'High' })).toBeChecked();
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 3, name: 'First round' })).toBeVisible();
	});

	test('results: stage, summary, charts with tables, detail, progress over rounds', async ({
		page
	}) => {
		await page.getByRole('link', { name: 'Results', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
		await expect(page.getByText(/Consulting \(2\.\d of 5\)/)).toBeVisible();
		await expect(page.getByText(/You are strongest in/)).toBeVisible();
		await expect(page.getByText(/3 questions use the level the team agreed on/)).toBeVisible();
		// Charts carry a text alternative and their figures are in a table.
		await expect(
			page.getByRole('img', { name: /Radar chart of current levels and targets for 10 topics/ })
		).toBeVisible();
		await expect(
			page.getByRole('img', { name: /Bar chart of scores for 10 topics/ })
		).toBeVisible();
		await expect(page.locator('canvas')).toHaveCount(3);
		// Rights and safety as a floor: each one met or not on its own, counted in the heading.
		const floorHeading = page.getByRole('heading', {
			name: /^Rights and safety: the floor – \d+ of \d+ met$/
		});
		const [, met, total] = /(\d+) of (\d+)/.exec((await floorHeading.textContent())!)!;
		expect(Number(total)).toBeGreaterThan(0);
		const rights = page.getByRole('list', { name: 'Rights and safety, one by one' });
		await expect(rights.getByRole('listitem')).toHaveCount(Number(total));
		await expect(rights.getByRole('listitem').filter({ hasText: /Met \(level/ })).toHaveCount(
			Number(met)
		);
		const table = page.getByRole('table', { name: 'The charts as a table' });
		await expect(table.getByRole('row')).toHaveCount(11);
		// Progress against the first round, and what was done since.
		await expect(page.getByRole('heading', { name: 'Progress over rounds' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Scores by round' }).getByRole('row')).toHaveCount(
			11
		);
		await expect(page.getByRole('heading', { name: /Roadmap items done since/ })).toBeVisible();
		// Per-topic detail with answers and notes.
		const power = page
			.locator('details')
			.filter({ hasText: 'Structures and decision-making power' });
		await power.locator('summary').click();
		await expect(power.getByText('agreed by the team')).toBeVisible();
		await expect(power.getByText(/has no budget and no say/)).toBeVisible();
		await expectAccessible(page);
	});

	test('roadmap: phases, reasons, edit, reload, regenerate keeps the edit, move with the keyboard', async ({
		page
	}) => {
		await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
		for (const phase of ['Now', 'Next', 'Later']) {
			await expect(
				page.getByRole('heading', { level: 2, name: new RegExp(`^${phase}`) })
			).toBeVisible();
		}
		// Every generated item says why, with the figures of the day it was made.
		await expect(
			page.getByText(/Why this:.* is priority \d \(now \d\.\d, target \d, importance \w+\)/).first()
		).toBeVisible();
		// The first round marked three items done; they are not suggested again.
		const done = page.getByRole('region', { name: 'Done in earlier rounds' });
		await expect(done.getByRole('listitem')).toHaveCount(3);
		for (const title of await done.getByRole('listitem').allTextContents()) {
			const name = title.replace(/ \(done in the round of .*\)$/, '');
			await expect(page.getByRole('heading', { level: 3, name, exact: true })).toHaveCount(0);
		}
		await expectAccessible(page);

		// Edit the first item of "Now" in place.
		const now = page.getByRole('region', { name: /^Now/ });
		const first = now.getByRole('article').first();
		const originalTitle = (await first.getByRole('heading', { level: 3 }).textContent())!;
		await first.getByRole('button', { name: /^Edit/ }).click();
		await first
			.getByRole('textbox', { name: 'Title' })
			.fill('Monthly coffee with the parents’ council');
		await first.getByRole('textbox', { name: 'Due' }).fill('2027-01-31');
		await first.getByRole('button', { name: 'Save' }).click();
		await expect(
			now.getByRole('heading', { level: 3, name: 'Monthly coffee with the parents’ council' })
		).toBeVisible();
		await now
			.getByRole('article')
			.first()
			.getByRole('combobox', { name: 'Status' })
			.selectOption('done');

		await page.reload();
		const edited = page
			.getByRole('article')
			.filter({ hasText: 'Monthly coffee with the parents’ council' });
		await expect(edited).toContainText('31 Jan 2027');
		await expect(edited.getByRole('combobox', { name: 'Status' })).toHaveValue('done');

		// Update: the edit survives, and the team's own item too.
		await page.getByRole('button', { name: 'Update the roadmap' }).click();
		await expect(page.getByRole('status').first()).toContainText(
			'Your edits and own items were kept'
		);
		await expect(edited).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 3, name: /evening bus/ })).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: originalTitle })).toHaveCount(0);

		// Move with the keyboard: focus the "later" button and press Enter.
		const later = edited.getByRole('button', { name: /Move to Next/ });
		await later.focus();
		await page.keyboard.press('Enter');
		const next = page.getByRole('region', { name: /^Next/ });
		await expect(
			next.getByRole('heading', { level: 3, name: 'Monthly coffee with the parents’ council' })
		).toBeVisible();
		await expect(
			next.getByRole('heading', { level: 3, name: 'Monthly coffee with the parents’ council' })
		).toBeFocused();
		await expect(page.getByRole('status').first()).toContainText('to Next, position');
		await page.keyboard.press('Tab');

		// Add an own item.
		await page
			.getByRole('textbox', { name: 'What will you do?' })
			.fill('Invite the mayor to the parents’ café');
		await page
			.getByRole('combobox', { name: 'Phase', exact: true })
			.selectOption({ label: 'Later' });
		await page.getByRole('button', { name: 'Add your own item' }).click();
		const laterPhase = page.getByRole('region', { name: /^Later/ });
		await expect(
			laterPhase.getByRole('heading', { level: 3, name: /Invite the mayor/ })
		).toBeVisible();
		await expectAccessible(page);
	});
});

test.describe('the roadmap is honest about its state', () => {
	test('raising a target shows that the roadmap is out of date, and updating clears it', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Try the example' }).click();
		await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
		await expect(page.getByText(/answers or targets changed/)).toHaveCount(0);
		await page.getByRole('link', { name: 'Strategy day, spring' }).click();
		await page.getByRole('link', { name: 'Targets' }).click();
		const learning = page.getByRole('listitem').filter({ hasText: 'Learning and evaluation' });
		await learning.getByRole('combobox', { name: 'Target level' }).selectOption('5');
		await expect(learning.locator('.save-state')).toHaveAttribute('data-state', 'saved');
		await page.getByRole('link', { name: 'Strategy day, spring' }).click();
		await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
		const banner = page.getByText(/answers or targets changed since this roadmap was made/);
		await expect(banner).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Update the roadmap' }).first().click();
		await expect(banner).toHaveCount(0);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
		await expect(banner).toHaveCount(0);
	});

	test('an assessment without answers says there are not enough answers yet', async ({ page }) => {
		await page.goto('/new/');
		await new NewAssessmentPage(page).create({
			name: 'Empty Village Aid',
			type: /NGO/,
			pack: /Quick check/,
			submit: /^Start$/
		});
		await page.goto(page.url() + 'roadmap/');
		await expect(page.getByText(/Not enough answers yet for a roadmap/)).toBeVisible();
		await expect(page.getByText(/No actions are needed/)).toHaveCount(0);
		await expect(page.getByRole('article')).toHaveCount(0);
		await expectAccessible(page);
	});
});

import { expect, expectAccessible, test } from './fixtures';
import { HomePage, NewAssessmentPage, QuestionnairePage } from './page-models/app';

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

test.describe('a write that fails is never silent', () => {
	test('each kind of write says so, and what to do, when storage is full', async ({
		page
	}, testInfo) => {
		// Every write to IndexedDB throws QuotaExceededError while the tab's "full" flag is set.
		await page.addInitScript(() => {
			for (const name of ['put', 'add', 'delete'] as const) {
				const original = IDBObjectStore.prototype[name] as (...args: unknown[]) => IDBRequest;
				Object.defineProperty(IDBObjectStore.prototype, name, {
					value(this: IDBObjectStore, ...args: unknown[]) {
						if (sessionStorage.getItem('full') && this.name !== 'settings') {
							throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
						}
						return original.apply(this, args);
					}
				});
			}
		});
		const full = page.getByRole('alert').filter({ hasText: /storage for this site is full/ });
		await page.goto('/new/');
		await new NewAssessmentPage(page).create({
			name: 'Delete Me Aid',
			type: /NGO/,
			pack: /Quick check/,
			submit: /^Start$/
		});
		await page.goto('/');
		await page.getByRole('button', { name: 'Try the example' }).click();
		await page.getByRole('link', { name: 'Facilitator view' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Facilitator view' })).toBeVisible();
		const backup = testInfo.outputPath('backup.json');
		await page.evaluate(() => sessionStorage.setItem('full', '1'));

		// Add participant.
		await page.getByRole('textbox', { name: 'Name, role or label' }).fill('Mira');
		await page.getByRole('button', { name: 'Add participant' }).click();
		await expect(full).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Mira' })).toHaveCount(0);

		// Agreed level.
		await page.reload();
		await expect(full).toHaveCount(0);
		const item = page
			.getByRole('article')
			.filter({ has: page.locator('select[id^="agree-"]') })
			.first();
		await item.locator('select[id^="agree-"]').selectOption({ index: 1 });
		await item.getByRole('button', { name: 'Record agreement' }).click();
		await expect(full).toBeVisible();

		// Delete, and a new assessment, on the home page.
		await page.goto('/');
		await new HomePage(page).more('Delete Me Aid', 'Delete');
		await page.getByRole('button', { name: 'Delete for good' }).click();
		await expect(full).toBeVisible();
		await page.goto('/new/');
		await page.locator('#org-name').fill('Full Disk Aid');
		await page.getByRole('radio', { name: /NGO/ }).check();
		await page.getByRole('radio', { name: /Quick check/ }).check();
		await page.getByRole('button', { name: /^Start$/ }).click();
		await expect(full).toBeVisible();
		await expect(page).toHaveURL(/\/new\/$/);

		// Restore: the preview stays, and the screen says nothing was restored and why.
		await page.goto('/');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Back up all assessments' }).click();
		await (await download).saveAs(backup);
		await expect(page.getByText(/^Saved: /)).toBeVisible();
		await page.locator('#restore-file').setInputFiles(backup);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(
			page
				.getByRole('alert')
				.filter({ hasText: /Nothing was restored: .*storage for this site is full/ })
		).toBeVisible();
	});
});

test.describe('two tabs', () => {
	test('each tab follows what the other stores, and neither undoes it', async ({
		page,
		context
	}) => {
		test.slow();
		// Tab B waits on the home page, empty.
		const b = await context.newPage();
		await b.goto('/');
		await expect(b.getByText('No assessments yet')).toBeVisible();

		// Tab A makes an assessment: B's list shows it without a reload.
		await page.goto('/new/');
		await new NewAssessmentPage(page).create({
			name: 'Two Tabs Village Aid',
			type: /NGO/,
			pack: /Quick check/,
			submit: /^Start$/
		});
		await expect(b.getByRole('link', { name: /Two Tabs Village Aid/ }).first()).toBeVisible();

		// Both on the first topic's questions.
		await page.getByRole('link', { name: 'Continue' }).click();
		// The link navigates in the page: its address changes only once the questions are there.
		await expect(page).toHaveURL(/\/questions\//);
		await b.goto(page.url());
		const question = /clear goal of your leadership/;
		const inA = new QuestionnairePage(page);
		const inB = new QuestionnairePage(b);
		await expect(inB.question(question)).toBeVisible();

		// A writes a note; B, open all along, shows it.
		const noteA = inA.question(question).getByRole('textbox', { name: 'Note (optional)' });
		await noteA.fill('Agreed at the March meeting');
		await noteA.blur();
		const noteB = inB.question(question).getByRole('textbox', { name: 'Note (optional)' });
		await expect(noteB).toHaveValue('Agreed at the March meeting');

		// B chooses a level: A shows it, and the note stays, there and after a reload.
		await inB.choose(question, 3);
		await expect(inA.level(question, 3)).toBeChecked();
		await expect(noteA).toHaveValue('Agreed at the March meeting');
		await page.reload();
		await expect(inA.level(question, 3)).toBeChecked();
		await expect(noteA).toHaveValue('Agreed at the March meeting');

		// The same question answered in both: one answer, the last one, in both tabs.
		await inA.choose(question, 4);
		await expect(inB.level(question, 4)).toBeChecked();
		await inB.choose(question, 2);
		await expect(inA.level(question, 2)).toBeChecked();

		// A on the home page; B deletes the assessment there: A's list follows, and B's Undo too.
		await page.goto('/');
		const inList = new HomePage(page).assessment('Two Tabs Village Aid');
		await expect(inList).toBeVisible();
		await b.goto('/');
		await new HomePage(b).more('Two Tabs Village Aid', 'Delete');
		await b.getByRole('button', { name: 'Delete for good' }).click();
		await expect(inList).toHaveCount(0);
		await b.getByRole('button', { name: 'Undo' }).click();
		await expect(inList).toBeVisible();
		await expectAccessible(b);
	});
});

import { readFileSync, writeFileSync } from 'node:fs';
import { EXAMPLE_ORGANISATION, manifest, questionCount } from './content';
import { expectAccessible, expect, test } from './fixtures';
import { NewAssessmentPage, QuestionnairePage } from './page-models/app';

test.describe('workshop mode', () => {
	test('own devices: invitation, answering on a phone, response file back, import', async ({
		page,
		browser
	}, testInfo) => {
		// Two browsers on two busy cores.
		test.slow();
		// The facilitator sets up a workshop.
		await page.goto('/new/');
		await new NewAssessmentPage(page).create({
			name: 'Fundacja Żółta Łódź',
			type: /NGO/,
			pack: /Quick check/,
			submit: /^Start$/,
			workshop: { mode: /As a workshop/, participants: ['Anna (manager)', 'Olga (parent)'] }
		});
		await page.getByRole('link', { name: 'Facilitator view' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Facilitator view' })).toBeVisible();
		await page.getByRole('button', { name: /^Invitation\s*:\s*Olga/ }).click();
		await expect(
			page.getByRole('img', { name: /QR code with the invitation link for Olga/ })
		).toBeVisible();
		await expectAccessible(page);
		const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
		expect(link).toMatch(/\/respond\/#[A-Za-z0-9_-]+$/);
		// Short enough for a QR code that scans from the back of the room.
		expect(link.length).toBeLessThan(150);

		// Olga answers on her own phone: a separate browser with its own storage.
		const phone = await browser.newContext({
			viewport: { width: 360, height: 740 },
			locale: 'en-GB'
		});
		const olga = await phone.newPage();
		await olga.goto(link);
		// The short link carries no names: Olga gives hers.
		await expect(
			olga.getByText(/You are invited to answer “Quick check” for a workshop/)
		).toBeVisible();
		const quick = questionCount('quick-check', { type: 'ngo' });
		await expect(
			olga.getByText(
				`${quick} questions · as a team: about ${manifest('quick-check').estimatedMinutes} minutes`
			)
		).toBeVisible();
		await expectAccessible(olga);
		await olga.getByRole('textbox', { name: 'Your name' }).fill('Olga');
		await olga.getByRole('button', { name: 'Start answering' }).click();
		const q = new QuestionnairePage(olga);
		await q.choose(/clear goal of your leadership/, 1);
		await q.choose(/meet service users themselves/, 2);
		await olga.getByLabel('Note (optional)').first().fill('Мы никогда не видим руководство.');
		await olga.keyboard.press('Tab');
		await expect(
			q.question(/clear goal of your leadership/).locator('.save-state')
		).toHaveAttribute('data-state', 'saved');
		await expect(olga.getByRole('combobox', { name: 'Answering as' })).toHaveCount(0);
		// The last topic ends with sending the answers; no detour through the review.
		await olga.getByRole('navigation', { name: 'All topics' }).getByRole('link').last().click();
		await expect(
			olga.getByRole('heading', { level: 1, name: 'Learning and evaluation' })
		).toBeVisible();
		await expectAccessible(olga);
		const download = olga.waitForEvent('download');
		await olga.getByRole('button', { name: 'Send my answers' }).click();
		const file = testInfo.outputPath('olga-answers.json');
		await (await download).saveAs(file);
		await expect(olga.getByRole('status').last()).toContainText('Response file saved');
		expect((await download).suggestedFilename()).toBe('Workshop-Olga-answers.json');
		await phone.close();

		// Back on the facilitator's device: import, twice, and refuse foreign files.
		const choose = page.locator('#response-files');
		await choose.setInputFiles(file);
		await expect(page.getByText('Imported 1 response.')).toBeVisible();
		await expect(page.getByText(/answers of Olga \(parent\) imported/)).toBeVisible();
		await expect(
			page.getByRole('listitem').filter({ hasText: 'Olga (parent)' }).first()
		).toContainText(`2 of ${quick} answered`);
		await choose.setInputFiles(file);
		await expect(
			page.getByRole('listitem').filter({ hasText: 'Olga (parent)' }).first()
		).toContainText(`2 of ${quick} answered`);

		const response = JSON.parse(readFileSync(file, 'utf8'));
		const foreign = testInfo.outputPath('foreign.json');
		writeFileSync(foreign, JSON.stringify({ ...response, assessmentId: 'someone-else' }));
		const older = testInfo.outputPath('older-version.json');
		writeFileSync(older, JSON.stringify({ ...response, packVersion: '0.9.0', answers: [] }));
		const junk = testInfo.outputPath('notes.txt');
		writeFileSync(junk, 'meeting notes, not JSON');
		// Olga's file made to speak for Anna: her id, Olga's key.
		await page.getByRole('button', { name: /^Invitation\s*:\s*Anna/ }).click();
		const annaLink = page.locator('.invitation').filter({ hasText: 'Invitation for Anna' });
		const annaId = (await annaLink.getByRole('textbox').getAttribute('id'))!.slice('link-'.length);
		const impostor = testInfo.outputPath('impostor.json');
		writeFileSync(
			impostor,
			JSON.stringify({ ...response, participantId: annaId, participantName: 'Olga (parent)' })
		);
		await choose.setInputFiles([foreign, older, junk, impostor]);
		await expect(page.getByText('Imported 0 responses.')).toBeVisible();
		await expect(
			page.getByText(
				/foreign\.json: This file belongs to another assessment\. Nothing was changed\./
			)
		).toBeVisible();
		await expect(
			page.getByText(
				/older-version\.json: This file was answered with another questionnaire version/
			)
		).toBeVisible();
		await expect(page.getByText(/notes\.txt: This is not a file from this app/)).toBeVisible();
		await expect(
			page.getByText(
				'impostor.json: This file was not answered with the invitation sent to Anna (manager). Nothing was changed.'
			)
		).toBeVisible();
		await expect(
			page.getByRole('listitem').filter({ hasText: 'Anna (manager)' }).first()
		).toContainText('0 of 14 answered');
		await expect(
			page.getByRole('listitem').filter({ hasText: 'Olga (parent)' }).first()
		).toContainText(`2 of ${quick} answered`);
		await expectAccessible(page);

		// The note arrived with the answers.
		const discussion = page
			.getByRole('article')
			.filter({ hasText: 'clear goal of your leadership' });
		await discussion.getByText(/^Answers/).click();
		await expect(discussion.getByText('Мы никогда не видим руководство.')).toBeVisible();
	});

	test('live round: answers stay hidden until the reveal; the agreed level is recorded', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Try the example' }).click();
		await page.getByRole('link', { name: 'Facilitator view' }).click();
		await expect(page.getByRole('heading', { name: 'Heatmap' })).toBeVisible();
		await expect(page.locator('.cell[data-flagged="true"]').first()).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Live round' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Live round' })).toBeVisible();
		const questions = questionCount('empowerment', EXAMPLE_ORGANISATION);
		await page.getByRole('combobox', { name: 'Choose a question' }).selectOption({ index: 5 });
		// The wall moves only when the facilitator says so, not on every arrow key.
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await expect(page.getByText(new RegExp(`^Question 6 of ${questions} ·`))).toBeVisible();
		// Before the reveal nobody's level is shown, only who has answered.
		await expect(
			page.getByRole('button', { name: /Olga \(parent, user panel\).*answered/ })
		).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Answers by level' })).toHaveCount(0);
		await page.getByRole('button', { name: /Olga \(parent, user panel\)/ }).click();
		await page
			.getByRole('group', { name: /Answer as Olga/ })
			.getByRole('button', { name: /^5/ })
			.click();
		await expect(page.getByRole('heading', { name: 'Answers by level' })).toHaveCount(0);
		await page.getByRole('checkbox', { name: 'Hide names' }).check();
		await expect(page.getByRole('button', { name: /Olga/ })).toHaveCount(0);
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Reveal all answers' }).click();
		await expect(page.getByRole('heading', { name: 'Answers by level' })).toBeVisible();
		await expect(
			page
				.getByRole('region', { name: 'Answers by level' })
				.getByRole('listitem')
				.filter({ hasText: /^5 · User-led/ })
		).toContainText('Participant 4');
		await page.getByRole('combobox', { name: 'Agreed level' }).selectOption('3');
		await page
			.getByRole('textbox', { name: 'Short reason' })
			.fill('Olga’s view: decisions are still made without us.');
		await page.getByRole('button', { name: 'Record agreement' }).click();
		await expect(page.getByRole('button', { name: 'Remove agreement' })).toBeVisible();
		await expectAccessible(page);

		// A new question starts hidden again.
		await page.getByRole('button', { name: /Next question/ }).click();
		await expect(page.getByText(new RegExp(`^Question 7 of ${questions} ·`))).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Answers by level' })).toHaveCount(0);
	});

	test('pass the device: one participant at a time, nobody sees the others', async ({ page }) => {
		await new NewAssessmentPage(page).createQuickWorkshop();
		await page.getByRole('link', { name: 'Facilitator view' }).click();
		await page.getByRole('link', { name: 'Pass the device' }).click();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Start as Anna' }).click();
		await expect(page.getByText('Answering as: Anna')).toBeVisible();
		await expect(page.getByRole('combobox', { name: 'Answering as' })).toHaveCount(0);
		const q = new QuestionnairePage(page);
		await q.choose(/clear goal of your leadership/, 4);
		await page.getByRole('navigation', { name: 'All topics' }).getByRole('link').last().click();
		await page.getByRole('link', { name: /Done\? Hand the device on/ }).click();
		await expect(page.getByText('Answers are hidden.')).toBeVisible();
		await page.getByRole('link', { name: 'Start as Ben' }).click();
		// Ben starts with nothing chosen: Anna's answer is not on screen.
		await expect(q.level(/clear goal of your leadership/, 4)).not.toBeChecked();
		await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
	});

	test('edit a participant: name and group are kept after a reload; focus returns to Edit', async ({
		page
	}) => {
		await new NewAssessmentPage(page).createQuickWorkshop();
		await page.getByRole('link', { name: 'Facilitator view' }).click();
		const participants = page.locator('ul.participants');
		await page.getByRole('button', { name: 'Edit: Ben' }).click();
		const dialog = page.getByRole('dialog', { name: 'Edit participant' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('textbox', { name: 'Name, role or label' })).toHaveValue('Ben');
		await expectAccessible(page);
		await dialog.getByRole('textbox', { name: 'Name, role or label' }).fill('Benedikt (treasurer)');
		await dialog.getByRole('combobox', { name: 'Group' }).selectOption('board');
		await dialog.getByRole('button', { name: 'Save' }).click();
		await expect(dialog).toBeHidden();
		const edit = page.getByRole('button', { name: 'Edit: Benedikt (treasurer)' });
		await expect(edit).toBeFocused();
		await page.reload();
		const row = participants.getByRole('listitem').filter({ hasText: 'Benedikt (treasurer)' });
		await expect(row).toContainText('Board or committee');
		await expect(participants.getByRole('listitem').filter({ hasText: /^Ben\b/ })).toHaveCount(0);
		// Cancel changes nothing, and also gives the focus back.
		await edit.click();
		await dialog.getByRole('textbox', { name: 'Name, role or label' }).fill('Somebody else');
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(edit).toBeFocused();
		await expect(row).toContainText('Board or committee');
		await expect(participants.getByText('Somebody else')).toHaveCount(0);
	});
});

import type { Browser, Page } from '@playwright/test';
import { expectAccessible, expect, test } from './fixtures';
import { download, loadExample, pdfText } from './helpers';

/** Every control a finger uses is at least 44 × 44 px (WCAG 2.5.5, and cheap phones). */
async function expectLargeTargets(page: Page) {
	const small = await page
		.locator('main button, main label.option, main a.button')
		.evaluateAll((elements) =>
			elements
				.map((e) => ({ text: e.textContent?.trim(), box: e.getBoundingClientRect() }))
				.filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
				.map(({ text, box }) => `${text}: ${Math.round(box.width)} × ${Math.round(box.height)}`)
		);
	expect(small).toEqual([]);
}

/** A service user answers every statement on their own phone and sends the file back. */
async function answerOnPhone(
	browser: Browser,
	link: string,
	name: string,
	level: (index: number) => number | 'dontKnow',
	path: string
) {
	const phone = await browser.newContext({
		viewport: { width: 360, height: 740 },
		locale: 'en-GB'
	});
	const page = await phone.newPage();
	await page.goto(link);
	await expect(page.getByText(/“Your view of this service”/)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('textbox', { name: 'Your name' }).fill(name);
	await page.getByRole('button', { name: 'Start answering' }).click();
	await expect(page).toHaveURL(/\/easy\/$/);
	// The copy is named after its questionnaire: the line above the question says it once.
	await expect(
		page.getByRole('link', { name: 'Your answers: Your view of this service' }).locator('..')
	).toHaveText('Your answers: Your view of this service');
	const total = Number(
		/of (\d+)/.exec((await page.getByText(/^Question 1 of/).textContent())!)![1]
	);
	expect(total).toBeGreaterThanOrEqual(12);
	expect(total).toBeLessThanOrEqual(15);
	for (let i = 0; i < total; i++) {
		await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
		// One statement per screen: after Next, its heading has the focus for a screen reader.
		if (i > 0) await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		const radios = page.getByRole('radio');
		await expect(radios).toHaveCount(6);
		const chosen = level(i);
		await radios.nth(chosen === 'dontKnow' ? 5 : chosen - 1).check();
		if (i === 0) {
			await expectAccessible(page);
			await expectLargeTargets(page);
		}
		await page.getByRole('button', { name: i + 1 === total ? /Finish/ : /Next/ }).click();
	}
	await expect(page.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeVisible();
	await expect(page.getByText(`You answered ${total} of ${total} questions.`)).toBeVisible();
	await expectAccessible(page);
	await expectLargeTargets(page);
	await download(page, /Send my answers/, path);
	await phone.close();
	return total;
}

test.describe('service users have a voice', () => {
	test('two service users answer the easy-read questionnaire on their phones; results and the PDF put their view beside the team’s', async ({
		page,
		browser
	}, testInfo) => {
		// Two phones answer every statement, with axe on each kind of screen.
		test.setTimeout(480_000);
		const overview = await loadExample(page, 'en');
		await page.goto(`${overview}workshop/`);

		// The example's parent is the only service user on the team: her view alone stays hidden.
		await page.goto(`${overview}results/`);
		await expect(page.getByText(/Only one service user answered/)).toBeVisible();
		await page.goto(`${overview}workshop/`);

		for (const name of ['Piet', 'Rasa']) {
			await page.getByLabel('Name, role or label').fill(name);
			await page.getByLabel('Group', { exact: true }).selectOption('users');
			await expect(page.getByLabel(/the easy-read questionnaire for service users/)).toBeChecked();
			await page.getByRole('button', { name: 'Add participant' }).click();
			await expect(page.getByRole('listitem').filter({ hasText: name })).toContainText(
				'Service users and their representatives · easy-read questionnaire · 0 of'
			);
		}

		const files: string[] = [];
		for (const [name, level] of [
			['Piet', (i: number) => (i === 2 ? 'dontKnow' : 1)],
			['Rasa', (i: number) => (i % 2 === 0 ? 1 : 2)]
		] as const) {
			await page.getByRole('button', { name: new RegExp(`^Invitation\\s*:\\s*${name}`) }).click();
			const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
			await expect(
				page.getByRole('link', { name: /Involving service users safely/ }).last()
			).toHaveAttribute('href', /facilitator-guide\/#service-users$/);
			await page.getByRole('button', { name: new RegExp(`^Invitation\\s*:\\s*${name}`) }).click();
			const file = testInfo.outputPath(`${name}.json`);
			const total = await answerOnPhone(browser, link, name, level, file);
			files.push(file);
			expect(total).toBeGreaterThan(0);
		}

		await page.locator('#response-files').setInputFiles(files);
		await expect(page.getByText('Imported 2 responses.')).toBeVisible();
		await expect(
			page.getByRole('listitem').filter({ hasText: 'Piet' }).filter({ hasText: 'easy-read' })
		).toContainText(/easy-read questionnaire · (\d+) of \1 answered/);
		await expectAccessible(page);

		// The heatmap shows one group's view on request: their medians, without the team's ticks.
		const heatmap = page.getByRole('region', { name: 'Heatmap' });
		const agreed = heatmap.locator('a.cell[data-agreed="true"]');
		expect(await agreed.count()).toBeGreaterThan(0);
		const views = page.getByRole('group', { name: 'Whose view the heatmap shows' });
		await views.getByLabel('Service users and their representatives').check();
		await expect(agreed).toHaveCount(0);
		const usersCells = heatmap.getByRole('link', {
			name: /: Service users and their representatives, middle answer [1-5]/
		});
		expect(await usersCells.count()).toBeGreaterThan(0);
		await expectAccessible(page);
		await views.getByLabel('The team value').check();
		await expect(usersCells).toHaveCount(0);
		expect(await agreed.count()).toBeGreaterThan(0);

		// Three service users now: their view is a headline of the results, with the questions.
		await page.goto(`${overview}results/`);
		const section = page
			.getByRole('region', { name: 'Where service users see it differently' })
			.first();
		await expect(section).toBeVisible();
		await expect(
			page.getByText('3 service users or their representatives answered.')
		).toBeVisible();
		await expect(
			section.getByRole('heading', {
				name: 'Questions service users rate at least one level lower'
			})
		).toBeVisible();
		await expectAccessible(page);

		await page.goto(`${overview.replace('/assessment/', '/de/assessment/')}results/`);
		await expect(
			page.getByRole('region', { name: 'Wo Nutzerinnen und Nutzer es anders sehen' }).first()
		).toBeVisible();
		await expectAccessible(page);

		await page.goto(`${overview}export/`);
		const pdf = await download(page, /Download PDF/, testInfo.outputPath('roadmap.pdf'));
		const text = (await pdfText(pdf.path)).replace(/\s+/g, ' ');
		expect(text).toContain('Where service users see it differently');
	});
});

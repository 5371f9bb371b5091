import { expect, type Locator, type Page } from '@playwright/test';

/** The home page: start, list, actions on an assessment. */
export class HomePage {
	constructor(readonly page: Page) {}

	async goto(path = '/') {
		await this.page.goto(path);
	}

	assessment(name: string | RegExp): Locator {
		return this.page
			.getByRole('listitem')
			.filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
	}

	/** Opens "More actions" on an assessment card and clicks one of them. */
	async more(name: string | RegExp, action: string | RegExp) {
		const card = this.assessment(name);
		const details = card.locator('details');
		if (!(await details.evaluate((d: HTMLDetailsElement) => d.open)))
			await card.locator('summary').click();
		await card.getByRole('button', { name: action }).click();
	}
}

export interface NewAssessmentOptions {
	name: string;
	type: RegExp;
	pack: RegExp;
	submit: RegExp;
	size?: string;
	country?: string;
	region?: string;
	/** YYYY-MM-DD; today when not given. */
	date?: string;
	workshop?: { mode: RegExp; participants: string[] };
}

/** The new-assessment form. */
export class NewAssessmentPage {
	constructor(readonly page: Page) {}

	async create(options: NewAssessmentOptions) {
		const page = this.page;
		await page.locator('#org-name').fill(options.name);
		// Only among the types: a questionnaire's description may name a type of organisation.
		await page
			.getByRole('radio', { name: options.type })
			.and(page.locator('input[name="org-type"]'))
			.check();
		if (options.size) await page.locator('#org-size').selectOption({ label: options.size });
		if (options.country)
			await page.locator('#org-country').selectOption({ label: options.country });
		if (options.region) await page.locator('#org-region').fill(options.region);
		await page
			.getByRole('radio', { name: options.pack })
			.and(page.locator('input[name="pack"]'))
			.check();
		if (options.workshop) {
			await page.getByRole('radio', { name: options.workshop.mode }).check();
			const inputs = page.locator('input[id^="participant-"]');
			for (const [i, name] of options.workshop.participants.entries()) {
				if ((await inputs.count()) <= i) {
					await page.getByRole('button', { name: /^\+/ }).click();
				}
				await inputs.nth(i).fill(name);
			}
		}
		if (options.date) await page.locator('#assessment-date').fill(options.date);
		await page.getByRole('button', { name: options.submit }).click();
		await expect(page).toHaveURL(/\/assessment\/[0-9a-f]+\/$/);
	}

	/** A quick check for a small NGO, answered as a workshop by these people; returns its id. */
	async createQuickWorkshop(participants = ['Anna', 'Ben']): Promise<string> {
		await this.page.goto('/new/');
		await this.create({
			name: 'Village Care',
			type: /NGO/,
			pack: /Quick check/,
			submit: /^Start$/,
			workshop: { mode: /As a workshop/, participants }
		});
		return /assessment\/([0-9a-f]+)\//.exec(this.page.url())![1]!;
	}
}

/** One topic of the questionnaire. */
export class QuestionnairePage {
	constructor(readonly page: Page) {}

	question(text: RegExp | string): Locator {
		return this.page.getByRole('group', { name: text });
	}

	/** Chooses level 1–5 of a question by clicking its card. */
	async choose(question: RegExp | string, level: number) {
		await this.level(question, level).check();
		await expect(this.question(question).locator('.save-state')).toHaveAttribute(
			'data-state',
			'saved'
		);
	}

	level(question: RegExp | string, level: number): Locator {
		return this.question(question)
			.getByRole('radio')
			.nth(level - 1);
	}
}

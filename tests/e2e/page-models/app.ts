import type { Locator, Page } from '@playwright/test';

/** The home page: start, list, delete. */
export class HomePage {
	constructor(readonly page: Page) {}

	async goto(path = '/') {
		await this.page.goto(path);
	}

	assessment(name: string): Locator {
		return this.page
			.getByRole('listitem')
			.filter({ has: this.page.getByRole('heading', { name }) });
	}
}

/** The new-assessment form. */
export class NewAssessmentPage {
	constructor(readonly page: Page) {}

	async create(options: { name: string; type: RegExp; pack: RegExp; submit: RegExp }) {
		await this.page.getByRole('textbox').first().fill(options.name);
		await this.page.getByRole('radio', { name: options.type }).check();
		await this.page.getByRole('radio', { name: options.pack }).check();
		await this.page.getByRole('button', { name: options.submit }).click();
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
		await this.question(question)
			.getByRole('radio')
			.nth(level - 1)
			.check();
	}

	level(question: RegExp | string, level: number): Locator {
		return this.question(question)
			.getByRole('radio')
			.nth(level - 1);
	}
}

import { expect, type Page } from '@playwright/test';

/** The wall view: what the room sees on the projector. */
export class WallPage {
	constructor(readonly page: Page) {}

	/** Whether the whole page is on screen: nothing to scroll to, down or sideways. */
	async fitsScreen(): Promise<{ overflow: number; sideways: number }> {
		return this.page.evaluate(() => ({
			overflow: document.documentElement.scrollHeight - innerHeight,
			sideways: document.documentElement.scrollWidth - innerWidth
		}));
	}

	/** Font size in CSS pixels of the first element matching `selector`. */
	fontSize(selector: string): Promise<number> {
		return this.page
			.locator(selector)
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	}

	/** Buttons, fields and links that manage the workshop rather than show it. */
	async expectNoAdminControls() {
		const page = this.page;
		for (const name of [/^Invitation/, /^Rename/, /^Remove/, /Add participant/, /Choose files/])
			await expect(page.getByRole('button', { name })).toHaveCount(0);
		await expect(page.locator('input[type="file"]')).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Deutsch' })).toHaveCount(0);
		await expect(page.locator('footer')).toHaveCount(0);
	}
}

/** Every link on the page, as absolute addresses. */
export async function linksOn(page: Page): Promise<URL[]> {
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	return hrefs.map((href) => new URL(href));
}

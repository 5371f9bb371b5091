import { expectAccessible, expect, test } from './fixtures';

/** Pixels the page scrolls sideways (0 is good). */
const sideways = (page: import('@playwright/test').Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('layout on small screens and projectors', () => {
	// 320 CSS pixels wide is a small phone, and also a 1280-pixel screen zoomed to 400 %.
	test.use({ viewport: { width: 320, height: 640 } });

	test('no page scrolls sideways at 320 px, in German', async ({ page }) => {
		await page.goto('/de/');
		await page.getByRole('button', { name: 'Beispiel ansehen' }).click();
		await expect(page).toHaveURL(/\/de\/assessment\/[0-9a-f]+\/$/);
		const overview = new URL(page.url()).pathname;
		const paths = [
			'/de/',
			'/de/new/',
			'/de/handbook/',
			'/de/handbook/participation-ladders/',
			'/de/about/',
			overview,
			`${overview}questions/power/`,
			`${overview}review/`,
			`${overview}targets/`,
			`${overview}results/`,
			`${overview}roadmap/`
		];
		for (const path of paths) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).not.toContainText('nicht gefunden');
			await page.waitForLoadState('networkidle');
			expect(await sideways(page), path).toBeLessThanOrEqual(0);
		}
	});

	test('large text for a projector is remembered and still fits', async ({ page }) => {
		await page.setViewportSize({ width: 640, height: 800 });
		await page.goto('/');
		const toggle = page.getByRole('button', { name: 'Large text' });
		const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
		const before = await size();
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		expect(await size()).toBeGreaterThan(before * 1.3);
		await page.goto('/handbook/user-panels/');
		await expect(page.getByRole('button', { name: 'Large text' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(await size()).toBeGreaterThan(before * 1.3);
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		await expectAccessible(page);
	});
});

test.describe('dark colour scheme', () => {
	test.use({ colorScheme: 'dark' });

	test('every kind of page keeps its contrast', async ({ page }) => {
		// Six long pages. The same pages pass every rule in the light scheme in other tests; the
		// dark scheme changes colours only, so here the scan is for contrast.
		test.slow();
		await page.goto('/');
		await page.getByRole('button', { name: 'Try the example' }).click();
		await expect(page).toHaveURL(/\/assessment\/[0-9a-f]+\/$/);
		const overview = new URL(page.url()).pathname;
		for (const path of [
			'/',
			'/handbook/user-panels/',
			`${overview}questions/needs/`,
			`${overview}results/`,
			`${overview}roadmap/`,
			`${overview}workshop/`
		]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await page.waitForLoadState('networkidle');
			await expectAccessible(page, ['color-contrast', 'link-in-text-block']);
		}
	});
});

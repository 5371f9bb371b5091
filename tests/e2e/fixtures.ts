import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * WCAG 2.2 AA rules; every page a test visits must pass them. `only` narrows the scan to some
 * rules, where a test changes nothing but what they check (colours in the dark scheme).
 */
export async function expectAccessible(page: Page, only?: string[]): Promise<void> {
	const axe = new AxeBuilder({ page });
	const results = await (
		only
			? axe.withRules(only)
			: axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
	).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Every test fails on a console error, an uncaught exception or a request to another origin:
 * the app promises no third-party requests and a clean CSP.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			page.on('console', (msg) => {
				// A failed request is reported below with its address; offline, the browser's own
				// check for a new service worker fails, which is expected.
				const expected =
					/^Failed to load resource|^An unknown error occurred when fetching the script/;
				if (msg.type() === 'error' && !expected.test(msg.text())) {
					problems.push(`console: ${msg.text()}`);
				}
			});
			page.on('response', (response) => {
				if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(baseURL!) && !/^(data|blob):/.test(url))
					problems.push(`request: ${url}`);
			});
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

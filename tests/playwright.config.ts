import { defineConfig, devices } from '@playwright/test';
import { chromeExecutable } from './browser';

// Runs against the production build (`npm run build` first), served by `vite preview`,
// in Debian's Chromium (or Playwright's own where there is none; see src/cli/test-setup.ts).
// E2E_PORT runs the tests beside another preview server (say, one a developer has open).
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	// Long flows with several axe scans take up to a minute on two busy cores.
	timeout: 90_000,
	// Two busy cores can take seconds to hydrate a page; a missing element still fails.
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		locale: 'en-GB',
		// The offline test turns the service worker on; elsewhere it would only add caching noise.
		serviceWorkers: 'block',
		launchOptions: { executablePath: chromeExecutable() }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		cwd: '..',
		port,
		reuseExistingServer: !process.env.CI
	}
});

import { defineConfig, devices } from '@playwright/test';

// Runs against the production build (`npm run build` first), served by `vite preview`,
// in Debian's Chromium: nothing here downloads a browser.
export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: 'http://localhost:4173',
		trace: 'retain-on-failure',
		locale: 'en-GB',
		// The offline test turns the service worker on; elsewhere it would only add caching noise.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium'
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: 'npx vite preview --port 4173 --strictPort',
		cwd: '..',
		port: 4173,
		reuseExistingServer: !process.env.CI
	}
});

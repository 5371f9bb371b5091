import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The URL alone decides the language: a prerendered page has no server to read a cookie.
			// The remembered choice is applied by static/boot.js before the page paints.
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	],
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['src/lib/test-data/setup.ts'],
		expect: { requireAssertions: true },
		// Property tests and the CLI checks take seconds on two busy cores; a hang still fails.
		testTimeout: 30_000
	}
});

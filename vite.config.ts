import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * A pack's locale file in two parts, `?part=questions` and `?part=actions`: the actions' texts are
 * two thirds of it and only the roadmap and the export show them, so the pages where people
 * answer do not load them (src/lib/content/packs.ts).
 */
function packTextParts(): Plugin {
	const partOf =
		/^(.*[\\/]questionnaires[\\/][^\\/]+[\\/]locales[\\/][^\\/]+\.json)\?part=(questions|actions)$/;
	return {
		name: 'pack-text-parts',
		enforce: 'pre',
		async load(id) {
			const match = partOf.exec(id);
			if (!match) return null;
			const [, file, part] = match;
			this.addWatchFile(file!);
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- $schema is for editors
			const { actions = {}, $schema, ...questions } = JSON.parse(await readFile(file!, 'utf8'));
			return `export default ${JSON.stringify(part === 'actions' ? { actions } : questions)};`;
		}
	};
}

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The URL alone decides the language: a prerendered page has no server to read a cookie.
			// The remembered choice is applied by static/boot.js before the page paints.
			strategy: ['url', 'baseLocale']
		}),
		packTextParts(),
		sveltekit()
	],
	build: {
		rolldownOptions: {
			output: {
				// Fewer, larger chunks: on a phone each request costs a round trip, and left to itself
				// the bundler makes a chunk of every small module that two pages share.
				codeSplitting: {
					groups: [
						{
							// Every page needs all of these, so they might as well come in one file.
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|src[\\/]lib[\\/](paraglide[\\/](runtime|registry)|i18n|presentation[\\/]format|state[\\/](hydrated|display|announcer)|components[\\/](layout[\\/]|ui[\\/](Announcer|focus)))|^\0|preload-helper/,
							priority: 2
						},
						{
							// Small helpers that the home page shares with the assessment pages (dialogs, failure
							// messages, what is stored): one file, not a request for each few hundred bytes.
							name: 'shared',
							test: /src[\\/]lib[\\/](components[\\/]ui[\\/](ConfirmDialog|TextDialog|FileButton)|presentation[\\/]failure|storage[\\/](name|changes)|services[\\/](stored-data|problems))/,
							priority: 2
						},
						{
							// Paraglide makes a module of every message: grouped by the pages that use them.
							// Small groups are merged into a larger one that only some of their pages use: at
							// 8 KB the home page loaded all of the settings page's texts for one shared link.
							name: 'messages',
							test: /src[\\/]lib[\\/]paraglide[\\/]messages/,
							entriesAware: true,
							entriesAwareMergeThreshold: 2048,
							priority: 1
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['src/lib/test-data/setup.ts'],
		expect: { requireAssertions: true },
		// Property tests and the CLI checks take seconds on two busy cores; a hang still fails.
		testTimeout: 30_000
	}
});

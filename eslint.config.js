import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const noDexie = {
	group: ['dexie', 'dexie/*'],
	message: 'Only src/lib/storage talks to IndexedDB; import its functions instead.'
};

const pureDomainMessage =
	'src/lib/domain is pure TypeScript so that scoring and roadmap logic can be tested in Node and reused anywhere. Do storage in src/lib/storage and UI in components.';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// Svelte's resolve() is not needed: every link goes through paraglide's localizeHref.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	},
	{
		// SvelteKit type-checks the service worker in its own context, outside the app's project.
		files: ['src/service-worker.ts'],
		...ts.configs.disableTypeChecked,
		languageOptions: {
			globals: globals.serviceworker,
			parserOptions: { projectService: false, project: null }
		}
	},
	// Import boundaries. ESLint replaces (does not merge) a rule set twice for the same file,
	// so each folder's block repeats the bans that apply everywhere.
	{
		files: ['src/**'],
		ignores: ['src/lib/storage/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [noDexie] }] }
	},
	{
		files: ['src/routes/**', 'src/lib/components/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						noDexie,
						{
							group: ['$lib/storage', '$lib/storage/*'],
							message:
								'Pages and components do not touch storage: read the open assessment (src/lib/state) or call a service (src/lib/services).'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/export/**', 'src/lib/presentation/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						noDexie,
						{
							group: [
								'$lib/components/*',
								'$lib/services/*',
								'$lib/state/*',
								'$lib/storage',
								'$lib/storage/*'
							],
							message:
								'The PDF, the CSV and the shared wording are built from the assessment model (src/lib/domain) and src/lib/presentation only, so that they say exactly what the screens say.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['dexie', 'dexie/*'], message: pureDomainMessage },
						{ group: ['svelte', 'svelte/*'], message: pureDomainMessage },
						{ group: ['$app/*', '@sveltejs/*'], message: pureDomainMessage },
						{ group: ['chart.js', 'chart.js/*'], message: pureDomainMessage },
						{ group: ['jspdf', 'jspdf-autotable'], message: pureDomainMessage },
						{
							group: [
								'$lib/storage',
								'$lib/storage/*',
								'**/storage/*',
								'$lib/components/*',
								'$lib/services/*',
								'$lib/state/*',
								'$lib/export/*',
								'$lib/presentation/*'
							],
							message: pureDomainMessage
						},
						{ group: ['$lib/paraglide/*', '**/paraglide/*'], message: pureDomainMessage }
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...['window', 'document', 'localStorage', 'indexedDB', 'navigator', 'location'].map(
					(name) => ({ name, message: pureDomainMessage })
				)
			]
		}
	}
);

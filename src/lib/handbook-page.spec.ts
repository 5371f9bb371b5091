import { describe, expect, it } from 'vitest';
import { fold as foldAtBuild } from '$lib/domain/handbook-search';
import { questionReturnPath } from '$lib/domain/url-params';
import { LOCALE_STORAGE_KEY } from '$lib/i18n';
import { LARGE_TEXT_KEY } from '$lib/state/display.svelte';
// The handbook's pages run without SvelteKit's client; this file is all the script they load.
import {
	fold,
	LARGE_TEXT_KEY as largeTextKey,
	LOCALE_KEY,
	matches,
	returnPath
} from '../../static/handbook.js';

describe('static/handbook.js', () => {
	it('uses the storage keys the rest of the app reads', () => {
		expect(LOCALE_KEY).toBe(LOCALE_STORAGE_KEY);
		expect(largeTextKey).toBe(LARGE_TEXT_KEY);
	});

	it('folds a query as the build folds the entries', () => {
		for (const [text, locale] of [
			['Võru ÜBER Straße', 'de'],
			['İstanbul', 'en'],
			['Łódź Šiauliai Ķekava', 'pl']
		] as const) {
			expect(fold(text, locale)).toBe(foldAtBuild(text, locale));
		}
	});

	describe('search and filters', () => {
		const entry = (title: string, kind: string, dimensions: string[], text = '') => ({
			title,
			entry: { text: foldAtBuild(`${title}  ${text}`), kind, dimensions }
		});
		const entries = [
			entry('User panels', 'method', ['power', 'needs'], 'A standing group of service users'),
			entry('Võru: local networks', 'example', ['networks'], 'Congregations and municipalities'),
			entry('Über Beteiligung', 'background', [], 'Arnstein ladder')
		];
		const found = (filter: Partial<{ q: string; dimension: string; kind: string }>) =>
			entries
				.filter((e) => matches(e.entry, { q: '', dimension: '', kind: '', ...filter }))
				.map((e) => e.title);

		it('finds entries containing every word, in any field, ignoring case and accents', () => {
			expect(found({ q: 'VORU congregations' })).toEqual(['Võru: local networks']);
			expect(found({ q: ' uber   arnstein ' })).toEqual(['Über Beteiligung']);
			expect(found({ q: 'panels ladder' })).toEqual([]);
		});

		it('filters by dimension and by kind', () => {
			expect(found({ dimension: 'needs' })).toEqual(['User panels']);
			expect(found({ kind: 'example' })).toEqual(['Võru: local networks']);
			expect(found({})).toHaveLength(3);
		});
	});

	describe('the way back to a question (?from=)', () => {
		it('accepts a question page of this app, with or without a language prefix', () => {
			for (const path of [
				questionReturnPath('/de/assessment/ab12/questions/leadership/', 'leadership-goals'),
				'/assessment/ab12/questions/needs/',
				'/assessment/ab12/questions/needs/?as=p1#question-needs-a',
				'/assessment/ab12/questions/needs/?as=p1&pass=1'
			]) {
				expect(returnPath(path), path).toBe(path);
			}
		});

		// An open redirect would let a link in an email send people to a look-alike site.
		it.each([
			'https://evil.example/assessment/a/questions/b/',
			'//evil.example/assessment/a/questions/b/',
			'/assessment/a/questions/b/"><script>',
			'javascript:alert(1)',
			'/settings/',
			'/assessment/a/questions/b/?as=x&next=https://evil.example',
			`/assessment/a/questions/b/#question-${'x'.repeat(300)}`
		])('rejects %s', (value) => {
			expect(returnPath(value)).toBeUndefined();
		});

		it('shows no way back without ?from=', () => {
			expect(returnPath(null)).toBeUndefined();
		});
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { baseLocale, locales } from '$lib/paraglide/runtime';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	baseLocale: string;
	locales: string[];
};

describe('UI messages', () => {
	// Without its plugin the paraglide compiler "succeeds" with zero messages and every text
	// becomes undefined; this catches that before users do.
	it('renders a real text in every locale', () => {
		const rendered = locales.map((locale) => m.home_start({}, { locale }));
		rendered.forEach((text) => expect(text).toMatch(/\w{3,}/));
		expect(new Set(rendered).size).toBe(locales.length);
	});

	it('has every message in every locale', () => {
		const keys = (locale: string) =>
			Object.keys(JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as object)
				.filter((k) => k !== '$schema')
				.sort();
		for (const locale of locales) expect(keys(locale), locale).toEqual(keys(baseLocale));
	});

	it('chooses plural forms', () => {
		expect(m.home_unreadable({ count: 1 }, { locale: 'en' })).toMatch(/^1 stored assessment could/);
		expect(m.home_unreadable({ count: 3 }, { locale: 'de' })).toMatch(
			/^3 gespeicherte Einschätzungen/
		);
	});

	it('compiles the locales the inlang project declares', () => {
		expect([...locales]).toEqual(settings.locales);
		expect(baseLocale).toBe(settings.baseLocale);
	});

	// static/boot.js cannot import modules, so it repeats the lists.
	it('keeps static/boot.js in step with the inlang project', () => {
		const boot = readFileSync('static/boot.js', 'utf8');
		expect(boot).toContain(
			`var locales = ${JSON.stringify(settings.locales).replaceAll('"', "'").replaceAll(',', ', ')};`
		);
		expect(boot).toContain(`var baseLocale = '${settings.baseLocale}';`);
		expect(boot).toContain(`localStorage.getItem('${LOCALE_STORAGE_KEY}')`);
	});
});

describe('href', () => {
	it('prefixes the language and keeps the trailing slash that static hosting needs', async () => {
		const { href } = await import('$lib/i18n');
		expect(href('/new/', 'de')).toBe('/de/new/');
		expect(href('/', 'de')).toBe('/de/');
		expect(href('/de/handbook/', 'en')).toBe('/handbook/');
		expect(href('/assessment/abc/results/?x=1#top', 'de')).toBe(
			'/de/assessment/abc/results/?x=1#top'
		);
	});
});

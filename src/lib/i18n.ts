import { getLocale, localizeHref, locales, type Locale } from '$lib/paraglide/runtime';

/** Read by static/boot.js, which cannot import modules. */
export const LOCALE_STORAGE_KEY = 'empowerment-locale';

/** A link to an app path in the current language, e.g. href('/handbook/') → '/de/handbook/'. */
export function href(path: string, locale: Locale = getLocale()): string {
	const localized = localizeHref(path, { locale });
	// Paraglide drops the trailing slash; pages are written as folder/index.html and want it.
	const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/.exec(localized) ?? [];
	const wantsSlash = /\/(?:[?#].*)?$/.test(path);
	return wantsSlash && !pathname.endsWith('/') ? `${pathname}/${rest}` : localized;
}

export function rememberLocale(locale: Locale): void {
	try {
		localStorage.setItem(LOCALE_STORAGE_KEY, locale);
	} catch {
		// Storage blocked: the choice lasts as long as the address has its prefix.
	}
}

/** A language's name in that language, e.g. "Deutsch", from the browser's own data. */
export function languageName(locale: Locale): string {
	const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export { getLocale, locales, type Locale };

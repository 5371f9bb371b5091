// @ts-check
/**
 * The handbook is static text, so its pages are prerendered without SvelteKit's client
 * (`csr = false` in src/routes/handbook/+layout.ts): about 60 KB less JavaScript on every visit.
 * This module does the few things on those pages that need a script, on top of working HTML:
 * - the site header: the large-text switch, and remembering the language the reader picks;
 * - the index: search and filters (they live in the address, so a filtered list can be shared);
 * - an entry: the link back to the question the reader came from (`?from=`);
 * - registering the offline service worker, which SvelteKit only does on pages it hydrates;
 * - opening closed sections before printing.
 * It is a file of its own, loaded from this origin: the Content-Security-Policy allows no inline
 * script. src/lib/handbook-page.spec.ts checks it against the app's own rules and keys.
 */

/** As in src/lib/i18n.ts and static/boot.js. */
export const LOCALE_KEY = 'empowerment-locale';
/** As in src/lib/state/display.svelte.ts and static/boot.js. */
export const LARGE_TEXT_KEY = 'empowerment-large-text';

/**
 * `?from=` on an entry: only a path to a question page of this app, so that the parameter cannot
 * send anyone elsewhere.
 */
export const RETURN_PATH =
	/^\/(?:[a-z]{2}\/)?assessment\/[A-Za-z0-9_-]{1,64}\/questions\/[a-z0-9-]+\/(?:\?as=[A-Za-z0-9_-]{1,64}(?:&pass=1)?)?(?:#question-[a-z0-9-]+)?$/;

/** @param {string | null} from @returns {string | undefined} */
export function returnPath(from) {
	return from && from.length <= 300 && RETURN_PATH.test(from) ? from : undefined;
}

/**
 * Lower case without accents, so that "Voru" finds "Võru" and "uber" finds "Über". The same as
 * `fold` in src/lib/domain/handbook-search.ts, which folds the entries' text at build time.
 * @param {string} text @param {string} [locale]
 */
export function fold(text, locale) {
	return text
		.toLocaleLowerCase(locale)
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '');
}

/**
 * @typedef {{ q: string, dimension: string, kind: string }} Filter '' where not set
 * @typedef {{ text: string, kind: string, dimensions: string[] }} Entry text already folded
 */

/**
 * Whether an entry has every word of the query (in title, summary or body) and the chosen filters.
 * @param {Entry} entry @param {Filter} filter @param {string} [locale]
 */
export function matches(entry, filter, locale) {
	if (filter.kind && entry.kind !== filter.kind) return false;
	if (filter.dimension && !entry.dimensions.includes(filter.dimension)) return false;
	const words = fold(filter.q, locale).split(/\s+/).filter(Boolean);
	return words.every((word) => entry.text.includes(word));
}

/** @param {() => void} write */
function tryStorage(write) {
	try {
		write();
	} catch {
		// Storage blocked: the choice lasts as long as the page.
	}
}

function header() {
	const root = document.documentElement;
	const toggle = document.querySelector('[data-large-text-toggle]');
	if (toggle instanceof HTMLButtonElement) {
		const show = () =>
			toggle.setAttribute('aria-pressed', String(root.hasAttribute('data-large-text')));
		show();
		toggle.disabled = false;
		toggle.addEventListener('click', () => {
			const on = !root.hasAttribute('data-large-text');
			if (on) root.setAttribute('data-large-text', 'true');
			else root.removeAttribute('data-large-text');
			tryStorage(() => localStorage.setItem(LARGE_TEXT_KEY, String(on)));
			show();
		});
	}
	// The other language's page of the same address, keeping the query (the filters, ?from=).
	for (const link of document.querySelectorAll('a[data-remember-locale]')) {
		if (!(link instanceof HTMLAnchorElement)) continue;
		link.addEventListener('click', () => {
			link.href = link.pathname + location.search + location.hash;
			tryStorage(() => localStorage.setItem(LOCALE_KEY, link.hreflang));
		});
	}
}

/** @param {HTMLFieldSetElement} fieldset */
function filters(fieldset) {
	const locale = document.documentElement.lang;
	/** @param {string} name */
	const control = (name) => {
		const found = fieldset.querySelector(`[name="${name}"]`);
		if (found instanceof HTMLInputElement || found instanceof HTMLSelectElement) return found;
		throw new Error(`handbook.js: no filter ${name}`);
	};
	const q = control('q');
	const dimension = control('dimension');
	const kind = control('kind');
	const selects = [dimension, kind];
	const status = document.querySelector('[data-counts]');
	const none = document.querySelector('[data-handbook-none]');
	/** @type {string[]} */
	const counts = JSON.parse(status?.getAttribute('data-counts') ?? '[]');
	const items = [...document.querySelectorAll('li[data-text]')].map((li) => ({
		li: /** @type {HTMLElement} */ (li),
		entry: {
			text: li.getAttribute('data-text') ?? '',
			kind: li.getAttribute('data-kind') ?? '',
			dimensions: (li.getAttribute('data-dimensions') ?? '').split(' ').filter(Boolean)
		}
	}));

	const show = () => {
		const filter = { q: q.value, dimension: dimension.value, kind: kind.value };
		let found = 0;
		for (const { li, entry } of items) {
			li.hidden = !matches(entry, filter, locale);
			if (!li.hidden) found++;
		}
		if (status) status.textContent = counts[found] ?? String(found);
		if (none instanceof HTMLElement) none.hidden = found > 0;
		return filter;
	};

	// From the address, with what it cannot hold dropped: a select keeps only its own options.
	const params = new URLSearchParams(location.search);
	const query = params.get('q') ?? '';
	q.value = query.length <= 200 ? query : '';
	for (const select of selects) {
		select.value = params.get(select.name) ?? '';
		if (select.value !== params.get(select.name)) select.value = '';
	}
	show();
	fieldset.disabled = false;

	const update = () => {
		const filter = show();
		const url = new URL(location.href);
		for (const [key, value] of Object.entries(filter)) {
			if (value) url.searchParams.set(key, value);
			else url.searchParams.delete(key);
		}
		history.replaceState(history.state, '', url);
	};
	q.addEventListener('input', update);
	dimension.addEventListener('change', update);
	kind.addEventListener('change', update);
}

function backLink() {
	const template = document.querySelector('template[data-return-link]');
	const from = returnPath(new URLSearchParams(location.search).get('from'));
	if (!(template instanceof HTMLTemplateElement) || !from) return;
	const link = /** @type {HTMLElement} */ (template.content.firstElementChild?.cloneNode(true));
	link.setAttribute('href', from);
	template.replaceWith(link);
}

if (typeof document !== 'undefined') {
	header();
	const fieldset = document.querySelector('fieldset[data-handbook-filters]');
	if (fieldset instanceof HTMLFieldSetElement) filters(fieldset);
	backLink();
	addEventListener('beforeprint', () => {
		for (const details of document.querySelectorAll('details')) details.open = true;
	});
	if ('serviceWorker' in navigator) {
		addEventListener('load', () => void navigator.serviceWorker.register('/service-worker.js'));
	}
}

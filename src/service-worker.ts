/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: after the first visit the whole app (every page, the handbook in every
 * language, the fonts for PDF export) is kept in the browser's cache, so that a workshop in a
 * village hall without reception works. Answers were never online: they live in IndexedDB.
 *
 * A new version never takes over on its own: it waits until the user chooses "reload" in the
 * update banner (UpdateBanner.svelte sends SKIP_WAITING). Tabs still running the old version
 * then load their lazy chunks (the PDF export, say) from the previous version's cache, which is
 * kept until a newer version replaces it.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'empowerment-roadmap-';
const CACHE = `${PREFIX}${version}`;
/** This version's cache and the one before it: an open tab may still be on that one. */
const KEEP = 2;
// Assessment pages have ids only the browser knows; the SPA fallback page renders them.
const FALLBACK = '/200.html';
const ASSETS = [...build, ...files, ...prerendered];

/**
 * The fallback page: static hosts serve build/200.html; `vite preview` has no such file but
 * answers any assessment address with the same browser-rendered shell.
 */
async function cacheFallback(cache: Cache): Promise<void> {
	for (const source of [FALLBACK, '/assessment/offline/']) {
		const response = await fetch(source).catch(() => undefined);
		if (response?.ok) return cache.put(FALLBACK, response);
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) => Promise.all([cache.addAll(ASSETS), cacheFallback(cache)]))
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// caches.keys() lists caches in the order they were made: the newest come last.
			const ours = (await caches.keys()).filter((key) => key.startsWith(PREFIX));
			const older = ours.filter((key) => key !== CACHE);
			const stale = older.slice(0, Math.max(0, older.length - (KEEP - 1)));
			await Promise.all(stale.map((key) => caches.delete(key)));
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Built files never change under the same name: the cache answers at once.
			if (build.includes(url.pathname) || files.includes(url.pathname)) {
				const cached = await cache.match(url.pathname);
				if (cached) return cached;
			}
			// A chunk of the previous version, asked for by a tab that has not reloaded yet: the
			// server no longer has it, the previous version's cache does.
			if (url.pathname.startsWith('/_app/immutable/')) {
				const cached = await caches.match(url.pathname);
				if (cached) return cached;
			}
			// Pages: the network when there is one (a new version), else the cache, else the
			// SPA fallback for pages that only exist in the browser.
			try {
				const response = await fetch(request);
				if (response.ok && response.status === 200 && response.type === 'basic') {
					void cache.put(request, response.clone());
				}
				return response;
			} catch (error) {
				const cached = (await cache.match(request)) ?? (await cache.match(url.pathname));
				if (cached) return cached;
				if (request.mode === 'navigate') {
					const fallback = await cache.match(FALLBACK);
					if (fallback) return fallback;
				}
				throw error;
			}
		})()
	);
});

/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: after the first visit the whole app (every page, the handbook in every
 * language, the fonts for PDF export) is kept in the browser's cache, so that a workshop in a
 * village hall without reception works. Answers were never online: they live in IndexedDB.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `empowerment-roadmap-${version}`;
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
		caches
			.open(CACHE)
			.then((cache) => Promise.all([cache.addAll(ASSETS), cacheFallback(cache)]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
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

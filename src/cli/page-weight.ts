import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface PageWeight {
	/** Sum of each script gzipped on its own, as a static host sends it. */
	gzipBytes: number;
	/** Script requests made until the network has been quiet for half a second. */
	files: number;
	/** Paths of the scripts, for tests that look for a library. */
	scripts: Map<string, Buffer>;
}

/**
 * Opens `url` and weighs every script the page loads until it is idle: its first paint, its
 * hydration and whatever it imports on its own after that. `ready` waits for what shows that
 * the page has done its work (say, a list that appears after loading). Shared by `npm run bench` and the
 * budget tests, so that both count the same way.
 */
export async function weighPage(
	page: Page,
	url: string,
	ready?: () => Promise<unknown>
): Promise<PageWeight> {
	const bodies = new Map<string, Promise<Buffer>>();
	const listener = (response: import('@playwright/test').Response) => {
		if (response.request().resourceType() !== 'script') return;
		bodies.set(
			new URL(response.url()).pathname,
			response.body().catch(() => Buffer.alloc(0))
		);
	};
	page.on('response', listener);
	await page.goto(url, { waitUntil: 'load' });
	await ready?.();
	// 'networkidle' alone comes early when a busy CPU stalls the page between two requests: the
	// page counts as idle only once a further second has brought no new script.
	for (let seen = -1; seen !== bodies.size;) {
		seen = bodies.size;
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
	}
	page.off('response', listener);
	const scripts = new Map<string, Buffer>();
	for (const [path, body] of bodies) scripts.set(path, await body);
	const gzipBytes = [...scripts.values()].reduce((sum, b) => sum + gzipSync(b).length, 0);
	return { gzipBytes, files: scripts.size, scripts };
}

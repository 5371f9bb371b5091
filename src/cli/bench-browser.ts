import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import lighthouse from 'lighthouse';
import { median } from './bench-table';

export interface Browser {
	context: BrowserContext;
	/** The DevTools port Lighthouse connects to: the same browser, so it sees the example. */
	port: number;
	close(): Promise<void>;
}

/** One Chromium for everything, with a profile that keeps the example between pages. */
export async function openBrowser(executablePath: string): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: ['--remote-debugging-port=0', '--disable-gpu', '--disable-dev-shm-usage']
	});
	const portFile = join(profile, 'DevToolsActivePort');
	for (let i = 0; i < 100 && !existsSync(portFile); i++) {
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
	return {
		context,
		port,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/**
 * Every measured visit is a first visit: no HTTP cache, no service worker, no cached files. The
 * stored assessments stay, because the example pages need them (Lighthouse's own reset would
 * delete them, so it is turned off and this runs instead).
 */
export async function forgetCaches(context: BrowserContext, origin: string): Promise<void> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.send('Storage.clearDataForOrigin', {
		origin,
		storageTypes: 'service_workers,cache_storage'
	});
	await page.close();
}

/** Makes the example through the home page's button; returns its pages to measure. */
export async function openExample(
	context: BrowserContext,
	appUrl: string
): Promise<{ questionnaire: string; results: string; roadmap: string; id: string }> {
	const page = await context.newPage();
	await page.goto(`${appUrl}/`);
	await page.getByRole('button', { name: 'Try the example' }).click();
	await page.waitForURL(/\/assessment\/[^/]+\/$/);
	const id = new URL(page.url()).pathname.split('/')[2]!;
	const questions = page.locator(`a[href*="/assessment/${id}/questions/"]`).first();
	await page.goto(new URL((await questions.getAttribute('href'))!, appUrl).href);
	// A workshop asks who is answering; the first participant's page is the one measured.
	const person = page.locator('a[href*="?as="]').first();
	const address = new URL((await person.getAttribute('href'))!, appUrl);
	const questionnaire = address.pathname + address.search;
	await page.close();
	return {
		id,
		questionnaire,
		results: `/assessment/${id}/results/`,
		roadmap: `/assessment/${id}/roadmap/`
	};
}

/**
 * Milliseconds from an answer's click to its record written in IndexedDB, as the app measures it
 * itself (the `answer-save` user timing in the assessment state).
 */
export async function measureSaves(
	context: BrowserContext,
	url: string,
	count: number
): Promise<number[]> {
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	// An option not chosen yet, so that every click changes an answer and saves it.
	const unchosen = page.locator('label.option:not(.selected)');
	await unchosen.first().waitFor();
	for (let i = 0; i < count; i++) {
		await unchosen.nth(i % 4).click();
		await page.waitForFunction(
			(n) => performance.getEntriesByName('answer-save').length >= n,
			i + 1,
			{ timeout: 10_000 }
		);
	}
	const durations = await page.evaluate(() =>
		performance.getEntriesByName('answer-save').map((entry) => entry.duration)
	);
	await page.close();
	return durations;
}

export interface Scores {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	tbt: number;
	lcp: number;
}

/** Lighthouse's defaults (mobile, simulated throttling); the median of each figure over `runs`. */
export async function lighthouseScores(
	browser: Browser,
	url: string,
	runs: number
): Promise<Scores> {
	const samples: Scores[] = [];
	for (let i = 0; i < runs; i++) {
		await forgetCaches(browser.context, new URL(url).origin);
		const result = await lighthouse(url, {
			port: browser.port,
			output: 'json',
			logLevel: 'error',
			disableStorageReset: true,
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { categories, audits, runtimeError } = result.lhr;
		if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.message}`);
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		samples.push({
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			tbt: audits['total-blocking-time']?.numericValue ?? NaN,
			lcp: audits['largest-contentful-paint']?.numericValue ?? NaN
		});
	}
	const mid = (key: keyof Scores) => median(samples.map((s) => s[key]));
	return {
		performance: mid('performance'),
		accessibility: mid('accessibility'),
		bestPractices: mid('bestPractices'),
		seo: mid('seo'),
		tbt: mid('tbt'),
		lcp: mid('lcp')
	};
}

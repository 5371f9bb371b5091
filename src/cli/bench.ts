/**
 * `npm run bench`: the app beside a bare SvelteKit page (the floor), in one table. Builds both,
 * serves both with the same little static server, and measures in Debian's Chromium: JavaScript
 * per main route, Lighthouse scores, saving an answer, the PDF export; plus the heavy domain
 * computations in Node. Prints targets beside the figures; asserts nothing (timings are noisy;
 * the size budgets are asserted in tests/e2e/performance.spec.ts).
 *
 * Options: --no-build (measure the existing build/), --runs=N (Lighthouse runs per page, 3),
 * --no-lighthouse, --port=N and --bare-port=N (4180 and 4181).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { buildBare } from './bench-bare';
import {
	forgetCaches,
	lighthouseScores,
	measureSaves,
	openBrowser,
	openExample,
	type Scores
} from './bench-browser';
import { domainRows } from './bench-domain';
import { serveStatic } from './bench-serve';
import { formatTable, median, type Row } from './bench-table';
import { weighPage } from './page-weight';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
	Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const runs = option('runs', 3);
const port = option('port', 4180);
const barePort = option('bare-port', 4181);
const withLighthouse = !args.includes('--no-lighthouse');
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const root = process.cwd();
const log = (text: string) => console.error(`bench: ${text}`);

/** The interface of src/cli/bench-pdf.ts, which may not exist in every checkout. */
interface PdfBench {
	measurePdf(baseUrl: string, executablePath: string, runs?: number): Promise<number[]>;
}

async function loadPdfBench(): Promise<PdfBench | undefined> {
	// A variable keeps TypeScript from requiring the file: the bench runs without it.
	const path = './bench-pdf';
	try {
		return (await import(path)) as PdfBench;
	} catch {
		return undefined;
	}
}

function close(server: Server): Promise<void> {
	return new Promise((done) => server.close(() => done()));
}

log('timing the domain computations');
const rows: Row[] = [];
const domain = domainRows();

if (!args.includes('--no-build')) {
	log('building the app');
	const build = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (build.status !== 0) throw new Error('The app did not build');
}
log('building the bare SvelteKit page');
const bareBuild = buildBare(root);

const app = await serveStatic(resolve('build'), port);
const bare = await serveStatic(bareBuild, barePort);
const appUrl = `http://localhost:${port}`;
const bareUrl = `http://localhost:${barePort}`;
const browser = await openBrowser(executablePath);
try {
	// User panels: an ordinary entry of the built-in pack (any entry will do where it is gone).
	const entry = existsSync(resolve('build/handbook/user-panels'))
		? 'user-panels'
		: readdirSync(resolve('build/handbook'), { withFileTypes: true }).find((d) => d.isDirectory())!
				.name;
	// A first visitor's pages, then the example is made and the pages that show it follow.
	const routes: [string, string | (() => string)][] = [
		['home `/`, first visit', '/'],
		['`/new/`', '/new/'],
		['`/handbook/`', '/handbook/'],
		[`a handbook entry (\`/handbook/${entry}/\`)`, `/handbook/${entry}/`],
		['home `/` with the example stored', () => '/'],
		['a questionnaire page (example)', () => example!.questionnaire],
		['results (example)', () => example!.results],
		['roadmap (example)', () => example!.roadmap]
	];
	let example: Awaited<ReturnType<typeof openExample>> | undefined;

	const weigh = async (url: string) => {
		await forgetCaches(browser.context, new URL(url).origin);
		const page = await browser.context.newPage();
		const weight = await weighPage(page, url);
		await page.close();
		return weight;
	};
	const floor = await weigh(`${bareUrl}/`);
	let floorScores: Scores | undefined;
	if (withLighthouse) {
		log(`Lighthouse on the bare page (${runs} runs)`);
		floorScores = await lighthouseScores(browser, `${bareUrl}/`, runs);
	}
	for (const [label, route] of routes) {
		if (typeof route === 'function') example ??= await openExample(browser.context, appUrl);
		const path = typeof route === 'function' ? route() : route;
		log(`measuring ${path}`);
		const weight = await weigh(appUrl + path);
		rows.push(
			{ figure: `${label}: JS gzip`, app: weight.gzipBytes, bare: floor.gzipBytes, unit: 'bytes' },
			{ figure: `${label}: JS requests`, app: weight.files, bare: floor.files, unit: 'count' }
		);
		if (!floorScores) continue;
		const scores = await lighthouseScores(browser, appUrl + path, runs);
		const trio = (s: Scores) => `${s.accessibility} / ${s.bestPractices} / ${s.seo}`;
		rows.push(
			{
				figure: `${label}: Lighthouse performance (TBT, LCP)`,
				app: `${scores.performance} (${Math.round(scores.tbt)} ms, ${(scores.lcp / 1000).toFixed(2)} s)`,
				bare: `${floorScores.performance} (${Math.round(floorScores.tbt)} ms, ${(floorScores.lcp / 1000).toFixed(2)} s)`,
				target: `≥ ${floorScores.performance - 5}`
			},
			{
				figure: `${label}: Lighthouse accessibility / best practices / SEO`,
				app: trio(scores),
				bare: trio(floorScores),
				target: '100 / 100 / 100'
			}
		);
	}
	rows.push(...domain);

	log('saving answers');
	example ??= await openExample(browser.context, appUrl);
	const saves = await measureSaves(browser.context, appUrl + example.questionnaire, 25);
	rows.push({
		figure: `save an answer to IndexedDB (median of ${saves.length})`,
		app: median(saves),
		unit: 'ms',
		target: '≤ 10 ms'
	});

	const pdfBench = await loadPdfBench();
	const pdf = pdfBench ? await pdfBench.measurePdf(appUrl, executablePath, 5) : undefined;
	rows.push({
		figure: 'PDF of the example, 12 participants: click to file (median of 5)',
		app: pdf ? median(pdf) : undefined,
		unit: 'ms',
		target: '≤ 1000 ms'
	});
} finally {
	await browser.close();
	await Promise.all([close(app), close(bare)]);
}

console.log(
	`\nLighthouse ${withLighthouse ? `12.2.3, mobile, simulated throttling, median of ${runs}` : 'not run'}; ` +
		`JS = every script a page loads until idle, each gzipped\n`
);
console.log(formatTable(rows));

// Response and backup files from strangers: refused with a reason or read whole.
{
	const { fuzzExchangeFiles } = await import('../lib/test-data/fuzz');
	const start = performance.now();
	fuzzExchangeFiles(1000);
	console.log(
		`fuzz: 1,000 response + 1,000 backup files: ${(performance.now() - start).toFixed(0)} ms, all refused with a reason or read whole`
	);
}

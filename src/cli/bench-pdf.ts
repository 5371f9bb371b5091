/**
 * `npm run bench:pdf`: how long the example's PDF takes from the click to the file, in a real
 * browser, with the example scaled to 12 participants. Serves an existing build (it builds
 * nothing); `-- --before <dir>` also measures an older build, for a before/after comparison.
 * Prints numbers; nothing asserts a timing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';

const PARTICIPANTS = 12;

interface Snapshot {
	assessment: { id: string; previousId?: string; isExample?: true };
	participants: { id: string; assessmentId: string; name: string; order: number }[];
	answers: { participantId: string; questionId: string }[];
}

/** The example's current round with more people, answering as the first five did, in turn. */
function scaleUp(backup: { assessments: Snapshot[] }): string {
	for (const snapshot of backup.assessments) {
		if (!snapshot.assessment.previousId) continue;
		const originals = [...snapshot.participants];
		const answers = [...snapshot.answers];
		for (let i = originals.length; i < PARTICIPANTS; i++) {
			const model = originals[i % originals.length]!;
			const id = `bench-${i}`;
			snapshot.participants.push({ ...model, id, name: `${model.name} ${i + 1}`, order: i });
			for (const answer of answers.filter((a) => a.participantId === model.id)) {
				snapshot.answers.push({ ...answer, participantId: id });
			}
		}
	}
	return JSON.stringify(backup);
}

/** Loads the example, scales it up (through backup and restore) and returns its export page. */
async function prepare(page: Page, baseUrl: string): Promise<string> {
	await page.goto(`${baseUrl}/`);
	await page.getByRole('button', { name: 'Try the example' }).click();
	await page.waitForURL(/assessment\/[0-9a-f]+\/$/);
	const overview = page.url();
	await page.goto(`${baseUrl}/`);
	const event = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up all assessments' }).click();
	const file = join(tmpdir(), `bench-pdf-${process.pid}.json`);
	await (await event).saveAs(file);
	const scaled = scaleUp(JSON.parse(readFileSync(file, 'utf8')) as { assessments: Snapshot[] });
	await page.locator('#restore-file').setInputFiles({
		name: 'scaled.json',
		mimeType: 'application/json',
		buffer: Buffer.from(scaled)
	});
	await page.getByLabel('Replace the ones here').check();
	await page.getByRole('button', { name: 'Import' }).click();
	await page.getByText(/^Restored/).waitFor();
	return `${overview}export/`;
}

/**
 * Milliseconds from the click on "Download PDF" to the file, once per run, each on a freshly
 * loaded export page that had a moment to settle (as a person reading the page would give it).
 */
export async function measurePdf(
	baseUrl: string,
	executablePath: string,
	runs = 5
): Promise<number[]> {
	const browser = await chromium.launch({ executablePath });
	try {
		const context = await browser.newContext({
			serviceWorkers: 'block',
			acceptDownloads: true,
			locale: 'en-GB'
		});
		const page = await context.newPage();
		const exportUrl = await prepare(page, baseUrl.replace(/\/+$/, ''));
		const times: number[] = [];
		for (let run = 0; run < runs; run++) {
			await page.goto(exportUrl);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1000);
			const event = page.waitForEvent('download');
			const start = performance.now();
			await page.getByRole('button', { name: /Download PDF/ }).click();
			const download = await event;
			times.push(performance.now() - start);
			await download.delete();
		}
		return times;
	} finally {
		await browser.close();
	}
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.ttf': 'font/ttf',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json'
};

/** A static host for a build folder, with the SPA fallback page as adapter-static expects. */
function serve(dir: string): Promise<{ url: string; server: Server }> {
	const root = resolve(dir);
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = join(root, path);
		if (!file.startsWith(root)) file = join(root, '200.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) file = join(root, '200.html');
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	return new Promise((done) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address() as { port: number };
			done({ url: `http://127.0.0.1:${address.port}`, server });
		})
	);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function measureBuild(label: string, dir: string, executablePath: string) {
	if (!existsSync(join(dir, '200.html'))) throw new Error(`${dir} holds no build`);
	const { url, server } = await serve(dir);
	try {
		const times = await measurePdf(url, executablePath);
		console.log(
			`${label.padEnd(8)} PDF click to file, ${PARTICIPANTS} participants: median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`
		);
		return median(times);
	} finally {
		server.close();
	}
}

async function main() {
	const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
	const args = process.argv.slice(2);
	const beforeAt = args.indexOf('--before');
	if (beforeAt >= 0) await measureBuild('before', args[beforeAt + 1]!, executablePath);
	await measureBuild(beforeAt >= 0 ? 'after' : 'build', 'build', executablePath);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exit(1);
	});
}

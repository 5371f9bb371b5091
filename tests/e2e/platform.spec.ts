import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { readPackFolder } from '../../src/cli/pack-files';
import { makePackBundle } from '../../src/lib/domain/pack-bundle';
import { expectAccessible, expect, test } from './fixtures';
import { NewAssessmentPage, QuestionnairePage } from './page-models/app';

/** The quick check under another id and title: a consultant's own pack on the main pack's base. */
function teamCheckBundle(dir: string): string {
	const files = readPackFolder('questionnaires/quick-check');
	files.json['pack.json'] = { ...(files.json['pack.json'] as object), id: 'team-check' };
	for (const [locale, title] of [
		['en', 'Team check'],
		['de', 'Team-Check']
	] as const) {
		files.json[`locales/${locale}.json`] = {
			...(files.json[`locales/${locale}.json`] as object),
			title
		};
	}
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'team-check.pack.json');
	writeFileSync(path, JSON.stringify(makePackBundle(files)));
	return path;
}

test.describe('questionnaire packs in the app', () => {
	test('a refused file explains where, an imported pack is answered, removal waits until unused', async ({
		page
	}, testInfo) => {
		// Two imports, a new assessment and several axe scans: over 90 s on two busy cores.
		test.setTimeout(240_000);
		const dir = testInfo.outputDir;
		const good = teamCheckBundle(dir);
		const bundle = JSON.parse(readFileSync(good, 'utf8'));
		bundle.files['pack.json'].version = 'two';
		const broken = join(dir, 'broken.pack.json');
		writeFileSync(broken, JSON.stringify(bundle));

		await page.goto('/de/');
		await page.getByRole('link', { name: 'Fragebögen' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Fragebögen' })).toBeVisible();
		await expect(page.getByText('Noch kein Fragebogen importiert.')).toBeVisible();
		await expectAccessible(page);

		await page.locator('#pack-file').setInputFiles(broken);
		await expect(page.getByText('Der Fragebogen wurde nicht importiert')).toBeVisible();
		await expect(
			page.getByText('pack.json: version: use a version like 1.0.0 (major.minor.patch)')
		).toBeVisible();
		await expect(page.getByText('Noch kein Fragebogen importiert.')).toBeVisible();
		await expectAccessible(page);

		await page.locator('#pack-file').setInputFiles(good);
		await expect(page.getByText('„Team-Check“ (Version 2.0.0) ist importiert.')).toBeVisible();
		await expect(page.getByRole('button', { name: '„Team-Check“ entfernen' })).toBeVisible();

		// Usable like a built-in pack: start an assessment with it and answer a question.
		await page.goto('/de/new/');
		await new NewAssessmentPage(page).create({
			name: 'Dorfhilfe mit eigenem Fragebogen',
			type: /^Verein oder/,
			pack: /^Team-Check/,
			submit: /Los geht/
		});
		await page.getByRole('link', { name: 'Weiter', exact: true }).click();
		const q = new QuestionnairePage(page);
		await q.choose(/klares Ziel Ihrer Leitung/, 4);
		await page.reload();
		await expect(q.level(/klares Ziel Ihrer Leitung/, 4)).toBeChecked();

		// In use: removal is refused with the assessment's name, and nothing is removed.
		await page.goto('/de/questionnaires/');
		await page.getByRole('button', { name: '„Team-Check“ entfernen' }).click();
		await expect(
			page.getByText(/Wird von 1 Einschätzung verwendet: Dorfhilfe mit eigenem Fragebogen/)
		).toBeVisible();
		await expect(page.getByRole('button', { name: '„Team-Check“ entfernen' })).toBeVisible();
	});
});

test.describe('settings and data', () => {
	test('shows what is stored where and deletes everything only after the word is typed', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Try the example' }).click();
		await expect(page).toHaveURL(/assessment\/[0-9a-f]+\/$/);
		await page.goto('/');
		await page.getByRole('link', { name: 'Settings and data' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Settings and data' })).toBeVisible();
		await expect(
			page.getByText('Browser database (IndexedDB) “empowerment-roadmap”')
		).toBeVisible();
		await expect(page.getByText(/^In use: .* MB/)).toBeVisible();
		await expectAccessible(page);

		const button = page.getByRole('button', { name: 'Delete all data' });
		await expect(button).toBeDisabled();
		await page.getByLabel('To confirm, type DELETE').fill('delete');
		await expect(button).toBeDisabled();
		await page.getByLabel('To confirm, type DELETE').fill('DELETE');
		await button.click();
		await expect(
			page.getByText('All data of the app in this browser has been deleted.')
		).toBeVisible();

		await page.goto('/');
		await expect(page.getByText(/No assessments yet/)).toBeVisible();
	});

	test('the main pages log no console error (no inline script or handler is blocked) and each describes itself once', async ({
		page
	}) => {
		// The guard fixture fails the test on any console error, CSP reports included.
		for (const path of [
			'/',
			'/de/',
			'/handbook/',
			'/about/',
			'/new/',
			'/questionnaires/',
			'/settings/',
			'/accessibility/'
		]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// A search engine, a shared link or a bookmark shows this line (Lighthouse's SEO check).
			await expect(page.locator('meta[name="description"]')).toHaveCount(1);
		}
		// An assessment's pages too, with one line for all of them.
		await page.goto('/');
		await page.getByRole('button', { name: 'Try the example' }).click();
		await expect(page).toHaveURL(/\/assessment\/[0-9a-f]+\/$/);
		const overview = new URL(page.url()).pathname;
		for (const path of ['', 'results/', 'roadmap/']) {
			await page.goto(overview + path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('meta[name="description"]')).toHaveCount(1);
		}
	});
});

/** A tiny static server for one build folder at a time, like a host that gets a new deploy. */
function staticServer(): { server: Server; serve: (dir: string) => void; ready: Promise<number> } {
	let root = '';
	const types: Record<string, string> = {
		'.html': 'text/html',
		'.js': 'text/javascript',
		'.css': 'text/css',
		'.json': 'application/json',
		'.svg': 'image/svg+xml',
		'.png': 'image/png',
		'.webmanifest': 'application/manifest+json',
		'.woff2': 'font/woff2',
		'.ttf': 'font/ttf'
	};
	const server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
		const candidates = [path, join(path, 'index.html'), '/200.html'];
		for (const candidate of candidates) {
			try {
				const body = readFileSync(join(root, candidate));
				response.writeHead(200, {
					'content-type': types[extname(candidate)] ?? 'application/octet-stream',
					'cache-control': 'no-cache'
				});
				response.end(body);
				return;
			} catch {
				// Not this one: try the next candidate.
			}
		}
		response.writeHead(404).end();
	});
	const ready = new Promise<number>((resolve) =>
		server.listen(0, () => resolve((server.address() as { port: number }).port))
	);
	return { server, serve: (dir) => (root = dir), ready };
}

test.describe('updates', () => {
	test.use({ serviceWorkers: 'allow' });

	test('a new version waits for the user: banner, no reload until clicked, old cache kept', async ({
		browser
	}) => {
		// Installing caches every page of the app, twice: minutes on two busy cores.
		test.setTimeout(300_000);
		// Two builds in turn: the built app, and the same app under a new version string (what a
		// deploy changes: the service worker's version and so its cache).
		const first = join(process.cwd(), 'build');
		const second = mkdtempSync(join(tmpdir(), 'empowerment-next-'));
		cpSync(first, second, { recursive: true });
		const worker = readFileSync(join(first, 'service-worker.js'), 'utf8');
		const version = JSON.parse(readFileSync(join(first, '_app/version.json'), 'utf8')).version;
		expect(worker).toContain(version);
		writeFileSync(join(second, 'service-worker.js'), worker.replaceAll(version, `${version}-next`));

		const { server, serve, ready } = staticServer();
		serve(first);
		const origin = `http://localhost:${await ready}`;
		const context = await browser.newContext({ serviceWorkers: 'allow' });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		try {
			await page.goto(`${origin}/`);
			// Installing caches every page of the app: slow on a busy machine.
			const installing = { timeout: 60_000 };
			await expect
				.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), installing)
				.toBe(true);
			await expect(page.getByText('Update available')).toBeHidden();
			await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

			serve(second);
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
			await expect(page.getByText('Update available')).toBeVisible(installing);
			await expectAccessible(page);
			// Installed and waiting, and still the same page: nothing reloaded under the user.
			expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
			const cachesBefore = await page.evaluate(() => caches.keys());
			expect(cachesBefore.filter((k) => k.endsWith(`${version}-next`))).toHaveLength(1);

			const reloaded = page.waitForEvent('load', installing);
			await page.getByRole('button', { name: 'Reload' }).click();
			await reloaded;
			expect(
				await page.evaluate(() => (window as unknown as { marker?: number }).marker)
			).toBeUndefined();
			await expect(page.getByText('Update available')).toBeHidden();
			// The previous version's cache stays for tabs that have not reloaded yet.
			const cachesAfter = await page.evaluate(() => caches.keys());
			expect(cachesAfter).toEqual(
				expect.arrayContaining([
					`empowerment-roadmap-${version}`,
					`empowerment-roadmap-${version}-next`
				])
			);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
			server.close();
			rmSync(second, { recursive: true, force: true });
		}
	});

	test('the app can be installed: a manifest with icons', async ({ request }) => {
		const manifest = await (await request.get('/manifest.webmanifest')).json();
		expect(manifest.display).toBe('standalone');
		const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
		for (const icon of manifest.icons as { src: string; type: string }[]) {
			const response = await request.get(icon.src);
			expect(response.ok()).toBe(true);
			expect(response.headers()['content-type']).toContain(icon.type);
		}
	});
});

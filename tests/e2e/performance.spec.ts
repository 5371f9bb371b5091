import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

// Sizes, never timings: the machines that run this are too noisy for timings.
test('the landing page ships little JavaScript and no chart or PDF library', async ({ page }) => {
	const scripts = new Map<string, Buffer>();
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') {
			scripts.set(new URL(response.url()).pathname, await response.body());
		}
	});
	await page.goto('/');
	await expect(page.getByText('No assessments yet')).toBeVisible();
	await page.waitForLoadState('networkidle');

	// What the page needs to paint (the modulepreloads in its HTML), and what it loads afterwards.
	const html = await (await page.request.get('/')).text();
	const preloaded = [
		...html.matchAll(/rel="modulepreload" href="\.?([^"]+)"|href="\.?([^"]+)" rel="modulepreload"/g)
	].map((match) => match[1] ?? match[2]!);
	expect(preloaded.length).toBeGreaterThan(3);
	const gz = (buffers: Buffer[]) => gzipSync(Buffer.concat(buffers)).length;
	const initial = gz(preloaded.map((p) => scripts.get(p)!));
	const all = [...scripts.values()];
	const total = gz(all);
	console.log(`landing page JavaScript, gzipped: ${initial} bytes to paint, ${total} bytes in all`);
	expect(initial).toBeLessThan(50_000);
	expect(total).toBeLessThan(120_000);
	const text = Buffer.concat(all);
	expect(text.includes('RadialLinearScale')).toBe(false);
	expect(text.includes('jsPDF')).toBe(false);
});

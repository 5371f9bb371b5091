/**
 * `npm run icons`: draws static/icon-192.png and static/icon-512.png from static/icon.svg in
 * the test browser, for the web app manifest (browsers want PNGs to install an app). The
 * drawing fills the square and keeps its lines inside the middle 80 %, so it also works as a
 * maskable icon that a phone crops to a circle.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromeExecutable } from '../../tests/browser';

const svg = readFileSync('static/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromeExecutable() });
for (const size of [192, 512]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(
		`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	await page.screenshot({ path: `static/icon-${size}.png`, omitBackground: true });
	await page.close();
	console.log(`wrote static/icon-${size}.png`);
}
await browser.close();

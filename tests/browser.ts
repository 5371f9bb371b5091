import { existsSync } from 'node:fs';

/** Where Debian's chromium package puts the browser. */
export const debianChromium = '/usr/bin/chromium';

/**
 * The browser for the end-to-end tests: CHROME_PATH, else Debian's Chromium, else Playwright's
 * own download (undefined lets Playwright use it). `npm run test:setup` installs one of them.
 */
export function chromeExecutable(): string | undefined {
	return process.env.CHROME_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);
}

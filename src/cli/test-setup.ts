/**
 * `npm run test:setup` (the first step of `npm test`): makes sure the end-to-end tests have a
 * browser, installing one where it can, and says plainly what to do where it cannot.
 *   1. A Chromium at CHROME_PATH or /usr/bin/chromium: nothing to do.
 *   2. None, running as root on Debian or Ubuntu: installs Debian's `chromium` with apt-get.
 *   3. None, and no apt-get: Playwright's own Chromium (downloads it; needs the internet).
 *   4. Otherwise: a message naming the command to run, and exit 1.
 * Everything else the tests need (PDF text extraction included) comes from `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { debianChromium } from '../../tests/browser';

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
	spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function executable(path: string | undefined): boolean {
	if (!path) return false;
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

const found = () =>
	executable(process.env.CHROME_PATH) ||
	executable(debianChromium) ||
	existsSync(chromium.executablePath());

if (found()) {
	console.log('test setup: a Chromium for the end-to-end tests is installed.');
	process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const hasApt = executable('/usr/bin/apt-get');

if (hasApt && isRoot) {
	console.log("test setup: installing Debian's chromium for the end-to-end tests (1–2 minutes)…");
	const env = { DEBIAN_FRONTEND: 'noninteractive' };
	if (
		run('apt-get', ['update', '-qq'], env) &&
		run('apt-get', ['install', '-y', '-qq', 'chromium'], env)
	) {
		process.exit(found() ? 0 : 1);
	}
} else if (!hasApt) {
	console.log(
		"test setup: no Chromium found; downloading Playwright's Chromium (needs the internet)…"
	);
	if (run('npx', ['playwright', 'install', 'chromium']) && found()) process.exit(0);
}

console.error(`The end-to-end tests need Chromium, and none could be installed here.
  On Debian or Ubuntu:  sudo apt-get install chromium   (or run npm test as root)
  Elsewhere:            npx playwright install chromium   (needs the internet)
  Or point CHROME_PATH at an installed Chrome or Chromium.`);
process.exit(1);

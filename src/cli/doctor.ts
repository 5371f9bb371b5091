/**
 * `npm run test:doctor`: says exactly which system programs the tests need and are missing.
 * Everything else comes from `npm ci`.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const onPath = (program: string) =>
	(process.env.PATH ?? '').split(delimiter).some((dir) => {
		try {
			accessSync(join(dir, program), constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const missing: string[] = [];
try {
	accessSync(chrome, constants.X_OK);
} catch {
	missing.push(`Chromium at ${chrome} (Debian package "chromium"; or set CHROME_PATH)`);
}
if (!onPath('pdftotext')) missing.push('pdftotext (Debian package "poppler-utils")');

if (missing.length > 0) {
	console.error('The end-to-end tests need programs that are not installed:');
	for (const item of missing) console.error(`  - ${item}`);
	console.error('On Debian or Ubuntu: sudo apt-get install chromium poppler-utils');
	process.exit(1);
}
console.log(`test tools found: ${chrome}, pdftotext`);

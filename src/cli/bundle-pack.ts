/**
 * `npm run questionnaires:bundle <pack folder> [<output file>]`
 * Checks a pack folder like `questionnaires:check` and writes it as one JSON bundle
 * (default `<pack-id>.pack.json` in the current folder), which the app's Questionnaires page
 * imports. A pack that fails the check is not bundled: its problems are printed instead.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePackBundle } from '../lib/domain/pack-bundle';
import { summarisePack, validatePack, type ValidPack } from '../lib/domain/pack-validate';
import { listPackFolders, readPackFolder } from './pack-files';

const [folder, output] = process.argv.slice(2);
if (!folder || !existsSync(join(folder, 'pack.json'))) {
	console.error('usage: npm run questionnaires:bundle <pack folder> [<output file>]');
	process.exit(2);
}

const files = readPackFolder(folder);
const baseId = (files.json['pack.json'] as { base?: unknown } | undefined)?.base;
let base: ValidPack | undefined;
if (typeof baseId === 'string') {
	const baseDir = listPackFolders('questionnaires').find((dir) => dir.endsWith(`/${baseId}`));
	base = baseDir ? validatePack(readPackFolder(baseDir)).pack : undefined;
}
const result = validatePack(files, base);
if (!result.pack) {
	for (const { file, path, message } of result.issues)
		console.error(`${join(folder, file)}: ${path ? `${path}: ` : ''}${message}`);
	process.exit(1);
}
const file = output ?? `${result.pack.manifest.id}.pack.json`;
writeFileSync(file, JSON.stringify(makePackBundle(files)) + '\n');
console.log(summarisePack(result.pack));
console.log(`wrote ${file}`);

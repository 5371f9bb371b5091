/**
 * `npm run questionnaires:check [-- <pack folder or folder of packs> …]`
 * Validates content packs (default: every pack in questionnaires/). Prints each problem as
 * `<file>: <json path>: <what is wrong>` and exits 1; on success prints one summary line per pack.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
	summarisePack,
	validatePack,
	type PackIssue,
	type ValidPack
} from '../lib/domain/pack-validate';
import { listPackFolders, readPackFolder } from './pack-files';

const args = process.argv.slice(2);
const roots = args.length > 0 ? args : ['questionnaires'];
const folders = roots.flatMap((root) =>
	existsSync(join(root, 'pack.json')) ? [root] : listPackFolders(root)
);
// A pack may borrow from a base pack that lives in questionnaires/ even when checking elsewhere.
const candidates = [...new Set([...folders, ...listPackFolders('questionnaires')])];

const read = new Map(candidates.map((dir) => [dir, readPackFolder(dir)]));
const baseOf = (dir: string) => {
	const manifest = read.get(dir)?.json['pack.json'] as { base?: unknown } | undefined;
	return typeof manifest?.base === 'string' ? manifest.base : undefined;
};

const checked = new Map<string, ReturnType<typeof validatePack>>();
function check(dir: string, seen: string[] = []): ReturnType<typeof validatePack> {
	const done = checked.get(dir);
	if (done) return done;
	const files = read.get(dir)!;
	const baseId = baseOf(dir);
	let base: ValidPack | undefined;
	if (baseId && !seen.includes(dir)) {
		const baseDir = candidates.find((c) => read.get(c)!.folder === baseId);
		if (baseDir) base = check(baseDir, [...seen, dir]).pack;
	}
	const result = validatePack(files, base);
	checked.set(dir, result);
	return result;
}

const show = (dir: string, { file, path, message }: PackIssue) =>
	`${join(dir, file)}: ${path ? `${path}: ` : ''}${message}`;

let failed = folders.length === 0;
if (failed) console.error(`No packs found in ${roots.join(', ')}`);
for (const dir of folders) {
	const result = check(dir);
	for (const warning of result.warnings) console.warn(`warning: ${show(dir, warning)}`);
	if (result.pack) console.log(summarisePack(result.pack));
	else {
		failed = true;
		for (const issue of result.issues) console.error(show(dir, issue));
	}
}
process.exit(failed ? 1 : 0);

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PackFiles } from '../lib/domain/pack-validate';

/** Reads every file of a pack folder; a file that is not valid JSON is reported, not thrown. */
export function readPackFolder(dir: string): PackFiles {
	const unreadable: Record<string, string> = {};
	const files: PackFiles = {
		folder: dir.split(sep).filter(Boolean).at(-1) ?? dir,
		json: {},
		markdown: {},
		unreadable
	};
	const walk = (current: string) => {
		for (const name of readdirSync(current).sort()) {
			const full = join(current, name);
			const path = relative(dir, full).split(sep).join('/');
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.json')) {
				try {
					files.json[path] = JSON.parse(readFileSync(full, 'utf8'));
				} catch (error) {
					unreadable[path] = `not valid JSON: ${(error as Error).message}`;
				}
			} else if (name.endsWith('.md')) files.markdown[path] = readFileSync(full, 'utf8');
			else unreadable[path] = 'unexpected file: a pack holds only .json and .md files';
		}
	};
	walk(dir);
	return files;
}

/** Pack folders under a root folder; folders starting with "_" hold tooling (JSON Schemas). */
export function listPackFolders(root: string): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root)
		.filter((name) => !name.startsWith('_') && !name.startsWith('.'))
		.map((name) => join(root, name))
		.filter((full) => statSync(full).isDirectory())
		.sort();
}

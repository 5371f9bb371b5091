/**
 * A pack as one file, so that a consultant can hand it over and the app can import it:
 *
 *   { "format": "empowerment-roadmap-pack", "version": 1,
 *     "files": { "pack.json": {…}, "actions.json": {…}, "handbook.json": {…},
 *                "locales/en.json": {…}, "locales/en/handbook/<slug>.md": "Markdown…" } }
 *
 * `files` holds exactly what a folder under questionnaires/ holds, by the same relative paths:
 * JSON files as JSON, Markdown as text. It is checked by the same validatePack as
 * `npm run questionnaires:check`; written by `npm run questionnaires:bundle <folder>`.
 */
import { readJsonFile, type FileProblem, type Read } from './json-file';
import type { PackFiles } from './pack-validate';
import { z } from './zod';

export const PACK_BUNDLE_FORMAT = 'empowerment-roadmap-pack';
export const PACK_BUNDLE_VERSION = 1;
/** The main pack with every handbook body is about 1.2 MB; room for a few times that. */
export const PACK_BUNDLE_MAX_LENGTH = 8_000_000;

const FILE_PATH = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.(?:json|md)$/;

export const packBundleSchema = z
	.object({
		format: z.literal(PACK_BUNDLE_FORMAT),
		version: z.literal(PACK_BUNDLE_VERSION),
		files: z.record(
			z.string().regex(FILE_PATH, 'use a relative path of a .json or .md file'),
			z.unknown()
		)
	})
	.strict();

export type PackBundle = z.infer<typeof packBundleSchema>;

/** Reads a bundle from untrusted text; the pack inside is not checked yet (see bundleFiles). */
export function readPackBundle(text: string): Read<PackBundle, FileProblem> {
	return readJsonFile(text, {
		format: PACK_BUNDLE_FORMAT,
		version: PACK_BUNDLE_VERSION,
		schema: packBundleSchema,
		maxLength: PACK_BUNDLE_MAX_LENGTH
	});
}

/**
 * The bundle as the files of a pack folder. The folder is named after the manifest's id (a
 * bundle has no folder), so a missing or odd id is reported by the manifest's own check.
 */
export function bundleFiles(bundle: PackBundle): PackFiles {
	const manifest = bundle.files['pack.json'];
	const id = manifest && typeof manifest === 'object' && 'id' in manifest ? manifest.id : undefined;
	const files: Required<PackFiles> = {
		folder: typeof id === 'string' ? id : '',
		json: {},
		markdown: {},
		unreadable: {}
	};
	for (const [path, value] of Object.entries(bundle.files)) {
		if (path.endsWith('.md')) {
			if (typeof value === 'string') files.markdown[path] = value;
			else files.unreadable[path] = 'a Markdown file must be given as text';
		} else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			files.json[path] = value;
		} else files.unreadable[path] = 'a JSON file of a pack must hold an object';
	}
	return files;
}

/** The bundle of a pack folder's files (the CLI reads them from disk). */
export function makePackBundle(files: PackFiles): PackBundle {
	return {
		format: PACK_BUNDLE_FORMAT,
		version: PACK_BUNDLE_VERSION,
		files: { ...files.json, ...files.markdown }
	};
}

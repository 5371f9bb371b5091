/** The Questionnaires page's actions: import a pack bundle, list and remove imported packs. */
import { findManifest, getManifest } from '$lib/content/packs';
import { checkPackFiles, forgetStoredPacks, storedPacks } from '$lib/content/stored-packs';
import type { FileProblem } from '$lib/domain/json-file';
import { bundleFiles, PACK_BUNDLE_MAX_LENGTH, readPackBundle } from '$lib/domain/pack-bundle';
import type { PackIssue } from '$lib/domain/pack-validate';
import {
	canMoveTo,
	moveToVersion,
	upgradeIssues,
	type VersionChange
} from '$lib/domain/pack-versions';
import { getPackStore, getStore, type PackRemoval } from '$lib/storage';

export type PackImport =
	| { ok: true; id: string; version: string; title: string; previousVersion?: string }
	| { ok: false; problem: FileProblem }
	| { ok: false; issues: PackIssue[] }
	| { ok: false; builtIn: string };

export interface ImportedPack {
	id: string;
	version: string;
	title: string;
	/** Names of the assessments that use it: while there are any, it cannot be removed. */
	usedBy: string[];
}

/**
 * Checks a bundle file like `npm run questionnaires:check` and stores it; nothing is written
 * unless every check passes. A pack imported before is replaced only by the same or a newer
 * version that keeps (or maps) every question of the stored one.
 */
export async function importPackFile(file: File, locale: string): Promise<PackImport> {
	if (file.size > PACK_BUNDLE_MAX_LENGTH) return { ok: false, problem: { code: 'tooLarge' } };
	const read = readPackBundle(await file.text());
	if (!read.ok) return read;
	const check = await checkPackFiles(bundleFiles(read.value));
	if (!check.pack) return { ok: false, issues: check.issues };
	const { manifest, texts } = check.pack;
	if (getManifest(manifest.id)) return { ok: false, builtIn: manifest.id };
	const previous = (await storedPacks()).get(manifest.id)?.manifest;
	const issues = previous ? upgradeIssues(previous, manifest) : [];
	if (issues.length > 0) return { ok: false, issues };
	await getPackStore().putPack({
		id: manifest.id,
		version: manifest.version,
		importedAt: Date.now(),
		files: read.value.files
	});
	forgetStoredPacks();
	return {
		ok: true,
		id: manifest.id,
		version: manifest.version,
		title: (texts[locale] ?? texts[manifest.defaultLocale])!.title,
		...(previous ? { previousVersion: previous.version } : {})
	};
}

export async function listImportedPacks(locale: string): Promise<ImportedPack[]> {
	const [packs, listing] = await Promise.all([storedPacks(), getStore().listAssessments()]);
	return [...packs.values()].map(({ manifest, texts }) => ({
		id: manifest.id,
		version: manifest.version,
		title: (texts[locale] ?? texts[manifest.defaultLocale])!.title,
		usedBy: listing.assessments
			.filter(({ assessment }) => assessment.packId === manifest.id)
			.map(({ assessment }) => assessment.label || assessment.organisation.name)
	}));
}

export async function removePack(id: string): Promise<PackRemoval> {
	const result = await getPackStore().deletePack(id);
	forgetStoredPacks();
	return result;
}

/** What moving an assessment to its pack's newer major version would change, if it can. */
export async function versionChangeFor(id: string): Promise<VersionChange | undefined> {
	const snapshot = await getStore().getAssessment(id);
	const manifest = snapshot && (await findManifest(snapshot.assessment.packId));
	if (!snapshot || !manifest || !canMoveTo(snapshot, manifest)) return undefined;
	return moveToVersion(snapshot, manifest, Date.now()).change;
}

/** Moves an assessment to its pack's newer major version (see moveToVersion): nothing is lost. */
export async function moveToNewVersion(id: string): Promise<VersionChange | undefined> {
	const snapshot = await getStore().getAssessment(id);
	const manifest = snapshot && (await findManifest(snapshot.assessment.packId));
	if (!snapshot || !manifest || !canMoveTo(snapshot, manifest)) return undefined;
	const moved = moveToVersion(snapshot, manifest, Date.now());
	await getStore().putSnapshot(moved.snapshot);
	return moved.change;
}

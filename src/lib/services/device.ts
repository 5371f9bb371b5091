/**
 * What this browser keeps for the app, and how safely: persistent storage, space used, the
 * last backup, and deleting everything (the Settings page).
 */
import { forgetStoredPacks } from '$lib/content/stored-packs';
import { backupReminder, type BackupReminder } from '$lib/domain/backup-reminder';
import { z } from '$lib/domain/zod-mini';
import { deleteDatabase, getStore } from '$lib/storage';

export { DB_NAME } from '$lib/storage';

/** Every key the app writes to localStorage and sessionStorage starts with this. */
export const STORAGE_PREFIX = 'empowerment-';
/** Service worker caches (the app's own files, never answers) start with this. */
export const CACHE_PREFIX = 'empowerment-roadmap-';
const LAST_BACKUP = 'backup.last';

export interface StorageStatus {
	/** undefined where the browser cannot say (no Storage API). */
	persisted?: boolean;
	usage?: number;
	quota?: number;
}

export async function storageStatus(): Promise<StorageStatus> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.estimate) return {};
	const [persisted, estimate] = await Promise.all([
		storage.persisted?.().catch(() => undefined),
		storage.estimate().catch(() => undefined)
	]);
	return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/**
 * Asks the browser not to clear the app's data when space runs low. Some browsers decide on
 * their own (how often the site is used), others ask the user; either way the answer is shown.
 */
export async function askPersistentStorage(): Promise<boolean> {
	return (await globalThis.navigator?.storage?.persist?.().catch(() => false)) ?? false;
}

export async function noteBackupDownloaded(now = Date.now()): Promise<void> {
	await getStore().setSetting(LAST_BACKUP, now);
}

export function lastBackup(): Promise<number | undefined> {
	return getStore().getSetting(LAST_BACKUP, z.int().check(z.nonnegative()));
}

export async function backupDue(now = Date.now()): Promise<BackupReminder> {
	const [listing, last] = await Promise.all([getStore().listAssessments(), lastBackup()]);
	return backupReminder(
		listing.assessments.map((a) => a.assessment),
		last,
		now
	);
}

function keysOf(storage: Storage | undefined): string[] {
	try {
		return storage
			? Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((k) =>
					k.startsWith(STORAGE_PREFIX)
				)
			: [];
	} catch {
		// Storage blocked: then the app has nothing there either.
		return [];
	}
}

/** The app's keys in localStorage and sessionStorage, and its service worker caches. */
export async function storedElsewhere(): Promise<{
	local: string[];
	session: string[];
	caches: string[];
}> {
	const names = (await globalThis.caches?.keys().catch(() => [])) ?? [];
	return {
		local: keysOf(globalThis.localStorage),
		session: keysOf(globalThis.sessionStorage),
		caches: names.filter((n) => n.startsWith(CACHE_PREFIX))
	};
}

/**
 * Deletes every assessment, imported questionnaire and setting of the app in this browser. The
 * service worker's cache is left: it holds only the app's own files, so it keeps working offline.
 */
export async function deleteAllData(): Promise<void> {
	await deleteDatabase();
	forgetStoredPacks();
	for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
		for (const key of keysOf(storage)) storage.removeItem(key);
	}
}

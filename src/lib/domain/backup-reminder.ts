/**
 * When to remind people to download a backup: everything lives in one browser, and a cleared
 * browser or a lost laptop takes it with it. After a workshop (a workshop assessment changed
 * since the last backup) and when the last backup is more than 30 days old and something
 * changed since.
 */
export const BACKUP_INTERVAL_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export type BackupReminder = 'workshop' | 'interval' | undefined;

export function backupReminder(
	assessments: { mode: string; createdAt: number; updatedAt: number }[],
	lastBackup: number | undefined,
	now: number
): BackupReminder {
	const since = lastBackup ?? -Infinity;
	const changed = assessments.filter((a) => a.updatedAt > since);
	if (changed.length === 0) return undefined;
	if (changed.some((a) => a.mode === 'workshop')) return 'workshop';
	// Without any backup, the 30 days count from the first assessment.
	const start = lastBackup ?? Math.min(...assessments.map((a) => a.createdAt));
	return now - start > BACKUP_INTERVAL_DAYS * DAY ? 'interval' : undefined;
}

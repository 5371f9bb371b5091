import { describe, expect, it } from 'vitest';
import { backupReminder } from './backup-reminder';

const DAY = 24 * 60 * 60 * 1000;
const now = 100 * DAY;
const solo = (createdAt: number, updatedAt = createdAt) => ({ mode: 'solo', createdAt, updatedAt });
const workshop = (updatedAt: number) => ({ mode: 'workshop', createdAt: 0, updatedAt });

describe('backupReminder', () => {
	it('stays quiet with nothing stored or nothing changed since the last backup', () => {
		expect(backupReminder([], undefined, now)).toBeUndefined();
		expect(backupReminder([solo(10 * DAY)], 20 * DAY, now)).toBeUndefined();
		expect(backupReminder([workshop(10 * DAY)], 20 * DAY, now)).toBeUndefined();
	});

	it('reminds after a workshop changed since the last backup', () => {
		expect(backupReminder([workshop(99 * DAY)], 98 * DAY, now)).toBe('workshop');
		expect(backupReminder([workshop(99 * DAY)], undefined, now)).toBe('workshop');
	});

	it('reminds when the last backup is more than 30 days old and something changed', () => {
		expect(backupReminder([solo(0, 80 * DAY)], 69 * DAY, now)).toBe('interval');
		expect(backupReminder([solo(0, 80 * DAY)], 71 * DAY, now)).toBeUndefined();
	});

	it('counts the 30 days from the first assessment when there was never a backup', () => {
		expect(backupReminder([solo(80 * DAY)], undefined, now)).toBeUndefined();
		expect(backupReminder([solo(60 * DAY), solo(90 * DAY)], undefined, now)).toBe('interval');
	});
});

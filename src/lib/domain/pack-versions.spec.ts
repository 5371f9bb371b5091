import { describe, expect, it } from 'vitest';
import { makeManifest } from '$lib/test-data/pack';
import { makeSnapshot } from '$lib/test-data/snapshot';
import { canMoveTo, compareVersions, moveToVersion, upgradeIssues } from './pack-versions';

// Version 2 renames culture-a to culture-first and drops culture-b for culture-new.
const v1 = makeManifest();
const v2 = makeManifest({
	version: '2.0.0',
	dimensions: [{ id: 'culture', questions: [{ id: 'culture-first' }, { id: 'culture-new' }] }],
	retired: {
		'culture-a': { since: '2.0.0', replacedBy: 'culture-first' },
		'culture-b': { since: '2.0.0' }
	}
});

describe('compareVersions', () => {
	it('compares numerically, not as text', () => {
		expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
		expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
		expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
	});
});

describe('upgradeIssues', () => {
	it('accepts a new major version that maps every question it drops', () => {
		expect(upgradeIssues(v1, v2)).toEqual([]);
	});

	// An older file would silently take questions away from assessments made with the newer one.
	it('refuses an older version', () => {
		expect(upgradeIssues(v2, v1).map((i) => i.path)).toEqual(['version']);
	});

	// Otherwise the answers to that question would point at nothing.
	it('refuses a version that drops a question without mapping it', () => {
		const { retired, ...unmapped } = v2;
		expect(retired).toBeDefined();
		expect(upgradeIssues(v1, unmapped).map((i) => i.message)).toEqual([
			'question "culture-a" of version 1.0.0 is missing: list it under retired (with replacedBy when it was renamed)',
			'question "culture-b" of version 1.0.0 is missing: list it under retired (with replacedBy when it was renamed)'
		]);
	});

	it('requires a new major version for retired questions', () => {
		expect(upgradeIssues(v1, { ...v2, version: '1.1.0' }).map((i) => i.path)).toEqual(['version']);
	});
});

describe('moveToVersion', () => {
	const snapshot = makeSnapshot({
		participants: ['p', 'q'],
		answers: { p: { 'culture-a': 3, 'culture-b': [2, 'kept note'] }, q: { 'culture-a': 4 } },
		consensus: { 'culture-a': 3 }
	});

	it('moves only to a newer major version of the same pack', () => {
		expect(canMoveTo(snapshot, v2)).toBe(true);
		expect(canMoveTo(snapshot, { ...v2, version: '1.5.0' })).toBe(false);
		expect(canMoveTo(snapshot, { ...v2, id: 'other' })).toBe(false);
	});

	it('moves renamed answers, keeps removed ones and says what changed', () => {
		const { snapshot: moved, change } = moveToVersion(snapshot, v2, 99);
		expect(moved.assessment.packVersion).toBe('2.0.0');
		expect(moved.assessment.updatedAt).toBe(99);
		expect(moved.answers.map((a) => `${a.participantId} ${a.questionId} ${a.value}`)).toEqual([
			'p culture-first 3',
			'p culture-b 2',
			'q culture-first 4'
		]);
		expect(moved.answers[1]!.note).toBe('kept note');
		expect(moved.consensus.map((c) => c.questionId)).toEqual(['culture-first']);
		expect(change).toEqual({
			from: '1.0.0',
			to: '2.0.0',
			renamed: [{ from: 'culture-a', to: 'culture-first', answers: 2, kept: 0 }],
			removed: [{ id: 'culture-b', answers: 1 }]
		});
	});

	// Nothing is lost: the old answer stays (read-only) rather than overwrite the new one.
	it('keeps an old answer when the same person already answered the new question', () => {
		const both = makeSnapshot({ answers: { p: { 'culture-a': 3, 'culture-first': 5 } } });
		const { snapshot: moved, change } = moveToVersion(both, v2, 1);
		expect(moved.answers).toHaveLength(2);
		expect(moved.answers.map((a) => a.questionId).sort()).toEqual(['culture-a', 'culture-first']);
		expect(change.renamed[0]!.kept).toBe(1);
	});

	it('moves one answer when two old questions map onto one new one', () => {
		const merged = makeManifest({
			version: '2.0.0',
			dimensions: [{ id: 'culture', questions: [{ id: 'culture-first' }] }],
			retired: {
				'culture-a': { since: '2.0.0', replacedBy: 'culture-first' },
				'culture-b': { since: '2.0.0', replacedBy: 'culture-first' }
			}
		});
		const { snapshot: moved } = moveToVersion(
			makeSnapshot({ answers: { p: { 'culture-a': 3, 'culture-b': 2 } } }),
			merged,
			1
		);
		expect(moved.answers.map((a) => a.questionId)).toEqual(['culture-first', 'culture-b']);
	});

	it('ignores questions retired before the assessment’s version', () => {
		const v3 = {
			...v2,
			version: '3.0.0',
			retired: { ...v2.retired, 'culture-new': { since: '3.0.0' } }
		};
		const onV2 = makeSnapshot({ answers: { p: { 'culture-first': 2 } } });
		onV2.assessment.packVersion = '2.0.0';
		const { change } = moveToVersion(onV2, v3, 1);
		expect(change.renamed).toEqual([]);
		expect(change.removed).toEqual([{ id: 'culture-new', answers: 0 }]);
	});
});

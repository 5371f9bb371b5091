import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkRestorable,
	makeBackup,
	previewRestore,
	readBackup,
	reassignColliding
} from '$lib/domain/backup';
import { newId } from '$lib/domain/new-id';
import { makeNewAssessment, makeStore } from '$lib/test-data/store';
import { makeSnapshot } from '$lib/test-data/snapshot';
import type { DexieAssessmentStore } from './dexie-store';
import { MissingParticipantError } from './types';

const QUESTIONS = ['q1', 'q2', 'q3'];
/** The store's test packs are not installed anywhere; packs are checked in backup.spec.ts. */
const anyPack = () => true;

/** What a person can do to a store, in any order: the backup must restore after every mix. */
const operation = fc.oneof(
	fc.record({ kind: fc.constant('create' as const), people: fc.integer({ min: 1, max: 3 }) }),
	fc.record({
		kind: fc.constant('answer' as const),
		pick: fc.nat(),
		question: fc.constantFrom(...QUESTIONS),
		value: fc.constantFrom(1, 3, 5, 'dontKnow', null)
	}),
	fc.record({ kind: fc.constant('removePerson' as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant('importAnswers' as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant('addItem' as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant('deleteAssessment' as const), pick: fc.nat() })
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(store: DexieAssessmentStore, op: Operation): Promise<void> {
	if (op.kind === 'create') {
		const names = Array.from({ length: op.people }, (_, i) => ({ name: `Person ${i + 1}` }));
		await store.createAssessment(makeNewAssessment({ mode: 'workshop' }), names);
		return;
	}
	const ids = await store.assessmentIds();
	if (ids.length === 0) return;
	const data = (await store.getAssessment(ids[op.pick % ids.length]!))!;
	const { assessment, participants } = data;
	const person = participants[op.pick % Math.max(1, participants.length)];
	// Writes for someone removed meanwhile (another tab) are refused, never stored as orphans.
	const refusedOrDone = (write: Promise<unknown>) =>
		write.catch((e: unknown) => expect(e).toBeInstanceOf(MissingParticipantError));
	switch (op.kind) {
		case 'answer':
			if (person) {
				await store.saveAnswer({
					assessmentId: assessment.id,
					participantId: person.id,
					questionId: op.question,
					value: op.value as never,
					note: ''
				});
			}
			return;
		case 'removePerson':
			if (person) {
				await store.deleteParticipant(assessment.id, person.id);
				await refusedOrDone(
					store.saveAnswer({
						assessmentId: assessment.id,
						participantId: person.id,
						questionId: 'q1',
						value: 2,
						note: ''
					})
				);
			}
			return;
		case 'importAnswers':
			if (person) {
				await refusedOrDone(
					store.replaceAnswers(
						assessment.id,
						[person.id],
						[
							{
								assessmentId: assessment.id,
								participantId: person.id,
								questionId: 'q2',
								value: 4,
								note: 'from a file',
								updatedAt: 5
							}
						]
					)
				);
			}
			return;
		case 'addItem':
			await store.saveRoadmapItems([
				{
					id: newId(),
					assessmentId: assessment.id,
					phase: 'now',
					order: data.roadmapItems.length,
					title: 'Ask the users',
					status: 'planned',
					note: '',
					edited: true,
					createdAt: 1,
					updatedAt: 1
				}
			]);
			return;
		case 'deleteAssessment':
			await store.deleteAssessment(assessment.id);
	}
}

const sortById = <T extends { assessment: { id: string } }>(list: T[]) =>
	[...list].sort((a, b) => a.assessment.id.localeCompare(b.assessment.id));

describe('every backup the app writes restores', () => {
	it('after any mix of creating, answering, removing, importing and deleting', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(operation, { maxLength: 15 }), async (ops) => {
				const store = makeStore();
				for (const op of ops) await apply(store, op);
				const { snapshots, leftOut } = await store.backupSnapshots();
				expect(leftOut).toEqual([]);
				const backup = makeBackup(snapshots, 1);
				expect(checkRestorable(backup, anyPack)).toBeUndefined();
				const read = readBackup(JSON.stringify(backup));
				if (!read.ok) throw new Error('unreadable');
				const other = makeStore();
				await other.putSnapshots(read.value.assessments);
				expect(sortById((await other.backupSnapshots()).snapshots)).toEqual(sortById(snapshots));
			}),
			{ numRuns: 20 }
		);
	}, 120_000);

	it('leaves out a damaged record alone and says which and why', async () => {
		const store = makeStore();
		const a = await store.createAssessment(makeNewAssessment({ mode: 'workshop' }), [
			{ name: 'A' },
			{ name: 'B' }
		]);
		const b = await store.createAssessment(makeNewAssessment({ mode: 'workshop' }), [
			{ name: 'C' }
		]);
		const [first, second] = a.participants;
		for (const p of [first!, second!]) {
			await store.saveAnswer({
				assessmentId: a.assessment.id,
				participantId: p.id,
				questionId: 'q1',
				value: 2,
				note: ''
			});
		}
		// An answer damaged on disk, and an answer whose participant went (written directly).
		await store.db.answers.update([a.assessment.id, first!.id, 'q1'], { value: 9 as never });
		await store.db.answers.put({
			assessmentId: b.assessment.id,
			participantId: 'gone',
			questionId: 'q1',
			value: 3,
			note: '',
			updatedAt: 1
		});
		const { snapshots, leftOut } = await store.backupSnapshots();
		expect(snapshots).toHaveLength(2);
		expect(leftOut).toHaveLength(2);
		expect(leftOut).toEqual(
			expect.arrayContaining([
				{
					assessmentId: a.assessment.id,
					name: 'Village Help',
					table: 'answer',
					issues: [{ path: expect.stringMatching(/^\[\d\]\.value$/), message: 'Invalid input' }]
				},
				{
					assessmentId: b.assessment.id,
					name: 'Village Help',
					table: 'answer',
					issues: [{ path: 'gone/q1', message: 'no such participant' }]
				}
			])
		);
		const kept = snapshots.find((s) => s.assessment.id === a.assessment.id)!;
		expect(kept.answers.map((x) => x.participantId)).toEqual([second!.id]);
		expect(checkRestorable(makeBackup(snapshots, 1), anyPack)).toBeUndefined();
	});
});

describe('backups with duplicate or colliding ids', () => {
	it('refuses a file that repeats a key, naming where', () => {
		const one = makeSnapshot({ id: 'a', participants: ['p1', 'p2'], answers: { p1: { q1: 2 } } });
		const other = makeSnapshot({ id: 'b', participants: ['p1'] });
		const repeated = structuredClone(one);
		repeated.answers.push({ ...repeated.answers[0]!, value: 3 });
		for (const [backup, path] of [
			[makeBackup([one, other], 1), 'assessments[1].participants[0].id'],
			[makeBackup([repeated], 1), 'assessments[0].answers[1].questionId']
		] as const) {
			const read = readBackup(JSON.stringify(backup));
			expect(read).toEqual({
				ok: false,
				problem: { code: 'invalid', issues: [{ path, message: 'appears twice' }] }
			});
		}
	});

	it('gives colliding records new ids: the preview’s counts are what is written, nothing else changes', async () => {
		const store = makeStore();
		const mine = await store.createAssessment(makeNewAssessment({ mode: 'workshop' }), [
			{ name: 'Anna' },
			{ name: 'Jonas' }
		]);
		const anna = mine.participants[0]!;
		await store.saveAnswer({
			assessmentId: mine.assessment.id,
			participantId: anna.id,
			questionId: 'q1',
			value: 2,
			note: 'mine'
		});
		const before = await store.getAssessment(mine.assessment.id);
		// A backup of another assessment whose participant reuses Anna's id.
		const foreign = makeSnapshot({
			id: 'foreign',
			participants: [anna.id, 'p2'],
			answers: { [anna.id]: { q1: 5, q2: 4 }, p2: { q1: 1 } }
		});
		const backup = makeBackup([foreign], 1);
		const read = readBackup(JSON.stringify(backup));
		expect(read.ok).toBe(true);
		const preview = previewRestore(backup, new Set(await store.assessmentIds()));
		const owners = {
			participants: await store.recordOwners('participants', [anna.id, 'p2']),
			roadmapItems: new Map<string, string>()
		};
		const planned = reassignColliding(backup.assessments, owners, newId);
		await store.putSnapshots(planned);
		const restored = (await store.getAssessment('foreign'))!;
		expect(restored.participants).toHaveLength(preview.participants);
		expect(restored.answers).toHaveLength(preview.answers);
		expect(restored.participants.map((p) => p.id)).not.toContain(anna.id);
		expect(await store.getAssessment(mine.assessment.id)).toEqual(before);
		expect(checkRestorable(makeBackup((await store.backupSnapshots()).snapshots, 1), anyPack)).toBe(
			undefined
		);
	});
});

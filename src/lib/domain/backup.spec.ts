import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeExample } from '$lib/test-data/example';
import type { AssessmentSnapshot } from './assessment.schema';
import { makeSnapshot } from '$lib/test-data/snapshot';
import {
	checkOpenable,
	checkRestorable,
	makeBackup,
	packIdsOf,
	planRestore,
	previewRestore,
	readBackup
} from './backup';

function example(): [AssessmentSnapshot, AssessmentSnapshot] {
	const { previous, current } = makeExample('de');
	return [previous, current];
}

describe('readBackup', () => {
	const valid = JSON.stringify(makeBackup(example(), 5));

	it('reads back exactly what was written', () => {
		expect(readBackup(valid)).toEqual({ ok: true, value: JSON.parse(valid) });
	});

	it.each([
		['not JSON', 'Dear facilitator, here are our answers', 'notJson'],
		['truncated', valid.slice(0, valid.length / 2), 'notJson'],
		['another file of this app', '{"format":"empowerment-roadmap/response"}', 'wrongKind'],
		[
			'a newer format version',
			JSON.stringify({ ...JSON.parse(valid), version: 2 }),
			'newerVersion'
		],
		['an unknown format version', JSON.stringify({ ...JSON.parse(valid), version: 0 }), 'invalid'],
		['50 MB of junk', 'x'.repeat(50_000_000), 'tooLarge']
	])('refuses %s with a reason', (_, text, code) => {
		expect(readBackup(text)).toMatchObject({ ok: false, problem: { code } });
	});

	// Hostile files: extra keys (prototype pollution), script in text fields, broken references.
	it('names the path of what is wrong in a hostile file', () => {
		const backup = JSON.parse(valid);
		backup.assessments[0].assessment.__proto__ = { isAdmin: true };
		backup.assessments[0].answers[0].participantId = 'someone-else';
		backup.assessments[1].participants[0].name = 'x'.repeat(500);
		const read = readBackup(JSON.stringify(backup));
		expect(read.ok).toBe(false);
		const paths =
			!read.ok && read.problem.code === 'invalid' ? read.problem.issues.map((i) => i.path) : [];
		expect(paths).toEqual(
			expect.arrayContaining([
				'assessments[0].answers[0].participantId',
				'assessments[1].participants[0].name'
			])
		);
	});

	it('never throws, and never accepts a corrupted file as something else', () => {
		fc.assert(
			fc.property(
				fc.nat(valid.length - 1),
				fc.nat(valid.length - 1),
				fc.string({ minLength: 1, maxLength: 3 }),
				(from, length, junk) => {
					const corrupted = valid.slice(0, from) + junk + valid.slice(from + (length % 20));
					const read = readBackup(corrupted);
					if (read.ok) expect(read.value.assessments).toHaveLength(2);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('restoring', () => {
	const [previous, current] = example();
	const backup = makeBackup([previous, current], 5);

	it('previews counts and the ids already stored', () => {
		expect(previewRestore(backup, new Set([current.assessment.id]))).toEqual({
			assessments: 2,
			participants: 8,
			answers: previous.answers.length + current.answers.length,
			roadmapItems: previous.roadmapItems.length + current.roadmapItems.length,
			conflicts: [{ id: current.assessment.id, name: 'Strategietag im Frühjahr' }]
		});
	});

	it('keeps both under new ids, and keeps the link between rounds', () => {
		let n = 0;
		const stored = new Set([previous.assessment.id, current.assessment.id]);
		const plan = planRestore(backup, stored, 'keepBoth', () => `new${++n}`, 9);
		expect(plan.map((s) => stored.has(s.assessment.id))).toEqual([false, false]);
		expect(plan[1]!.assessment.previousId).toBe(plan[0]!.assessment.id);
		expect(plan[1]!.answers.length).toBe(current.answers.length);
	});

	it('replaces under the same ids', () => {
		expect(planRestore(backup, new Set(), 'replace', () => 'x', 9)).toBe(backup.assessments);
	});
});

describe('checkOpenable', () => {
	const packs = new Set(['mini', 'easy']);
	const known = (id: string) => packs.has(id);
	const withMode = (
		mode: 'solo' | 'workshop' | 'response',
		spec: Parameters<typeof makeSnapshot>[0]
	) => {
		const snapshot = makeSnapshot(spec);
		return { ...snapshot, assessment: { ...snapshot.assessment, mode } };
	};

	it('opens what the app makes, including a workshop nobody has joined yet', () => {
		const backup = makeBackup(
			[
				makeSnapshot({ id: 'a' }),
				withMode('workshop', { id: 'b', participants: [] }),
				makeSnapshot({ id: 'c', participants: ['p1', 'p2'], packs: { p2: 'easy' } })
			],
			1
		);
		expect(checkOpenable(backup, known)).toBeUndefined();
		expect(packIdsOf(backup)).toEqual(['mini', 'easy']);
	});

	// Without its one participant, a solo assessment (or a phone's copy) has no page that can
	// add one: every question would lead nowhere.
	it.each(['solo', 'response'] as const)(
		'refuses a %s assessment without its participant',
		(mode) => {
			const backup = makeBackup(
				[makeSnapshot({ id: 'a' }), withMode(mode, { id: 'b', participants: [] })],
				1
			);
			expect(checkOpenable(backup, known)).toEqual({
				code: 'noParticipant',
				path: 'assessments[1].participants'
			});
		}
	);

	// A questionnaire this browser does not have would make every page of the assessment
	// "not found": the file is refused, naming the questionnaire to import first.
	it('refuses a questionnaire this browser does not have, naming it and where', () => {
		const unknown = makeSnapshot({ id: 'b' });
		unknown.assessment.packId = 'village-survey';
		expect(checkOpenable(makeBackup([makeSnapshot(), unknown], 1), known)).toEqual({
			code: 'unknownPack',
			path: 'assessments[1].assessment.packId',
			packId: 'village-survey'
		});
		const user = makeSnapshot({ participants: ['p1', 'p2'], packs: { p2: 'gone' } });
		expect(checkOpenable(makeBackup([user], 1), known)).toEqual({
			code: 'unknownPack',
			path: 'assessments[0].participants[1].packId',
			packId: 'gone'
		});
	});

	it('is part of the check before a backup is saved', () => {
		const backup = makeBackup([withMode('solo', { participants: [] })], 1);
		expect(checkRestorable(backup, known)).toMatchObject({ code: 'noParticipant' });
		expect(checkRestorable(makeBackup([makeSnapshot()], 1), known)).toBeUndefined();
	});
});

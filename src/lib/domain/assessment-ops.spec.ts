import { describe, expect, it } from 'vitest';
import { assessmentSnapshotSchema, type AssessmentSnapshot } from './assessment.schema';
import { copySnapshot, nextRound } from './assessment-ops';

function counter() {
	let n = 0;
	return () => `id${++n}`;
}

const source: AssessmentSnapshot = {
	assessment: {
		id: 'a1',
		label: 'Spring workshop',
		organisation: { name: 'Village Help', type: 'ngo', size: 'small', country: 'DE' },
		packId: 'empowerment',
		packVersion: '1.0.0',
		locale: 'de',
		mode: 'workshop',
		date: '2026-03-01',
		createdAt: 1,
		updatedAt: 2
	},
	participants: [
		{ id: 'p1', assessmentId: 'a1', name: 'Anna', order: 0 },
		{ id: 'p2', assessmentId: 'a1', name: 'Ben', role: 'Volunteer', order: 1 }
	],
	answers: [
		{ assessmentId: 'a1', participantId: 'p2', questionId: 'q1', value: 3, note: 'n', updatedAt: 2 }
	],
	consensus: [{ assessmentId: 'a1', questionId: 'q1', value: 3, reason: 'agreed', updatedAt: 2 }],
	targets: [{ assessmentId: 'a1', dimensionId: 'd1', target: 4, importance: 'high', updatedAt: 2 }],
	roadmapItems: [
		{
			id: 'r1',
			assessmentId: 'a1',
			actionId: 'act',
			phase: 'now',
			order: 0,
			status: 'planned',
			note: '',
			edited: false,
			createdAt: 2,
			updatedAt: 2
		}
	]
};

describe('copySnapshot', () => {
	it('copies everything under new ids and keeps answers tied to the copied participants', () => {
		const copy = copySnapshot(source, counter(), { label: 'Copy', now: 9 });
		expect(assessmentSnapshotSchema.safeParse(copy).success).toBe(true);
		expect(copy.assessment).toMatchObject({ id: 'id1', label: 'Copy', createdAt: 9, updatedAt: 9 });
		expect(copy.participants.map((p) => [p.id, p.name])).toEqual([
			['id2', 'Anna'],
			['id3', 'Ben']
		]);
		expect(copy.answers[0]).toMatchObject({ assessmentId: 'id1', participantId: 'id3', value: 3 });
		expect(copy.consensus[0]?.assessmentId).toBe('id1');
		expect(copy.targets[0]?.assessmentId).toBe('id1');
		expect(copy.roadmapItems[0]).toMatchObject({ id: 'id4', assessmentId: 'id1' });
		// The source is untouched.
		expect(source.answers[0]?.participantId).toBe('p2');
	});
});

describe('nextRound', () => {
	it('starts a linked round with the same organisation and team and no answers', () => {
		const round = nextRound(source, counter(), {
			date: '2027-03-01',
			packVersion: '1.1.0',
			locale: 'en',
			now: 10
		});
		expect(assessmentSnapshotSchema.safeParse(round).success).toBe(true);
		expect(round.assessment).toMatchObject({
			previousId: 'a1',
			organisation: source.assessment.organisation,
			date: '2027-03-01',
			packVersion: '1.1.0',
			label: undefined
		});
		expect(round.participants.map((p) => p.name)).toEqual(['Anna', 'Ben']);
		expect(round.answers).toEqual([]);
		expect(round.targets).toEqual([]);
	});
});

describe('the example', () => {
	// Otherwise "Remove the example" would delete the user's own copy or next round with it.
	it('becomes the user’s own when copied or re-assessed', () => {
		const example = { ...source, assessment: { ...source.assessment, isExample: true as const } };
		expect(copySnapshot(example, counter(), { now: 9 }).assessment.isExample).toBeUndefined();
		const round = nextRound(example, counter(), {
			date: '2027-03-01',
			packVersion: '1.0.0',
			locale: 'en',
			now: 9
		});
		expect(round.assessment.isExample).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import { makeManifest, makePack } from '$lib/test-data/pack';
import { makeSnapshot } from '$lib/test-data/snapshot';
import { buildModel } from './model';

const team = makePack(
	makeManifest({
		dimensions: [
			{ id: 'lead', questions: [{ id: 'l1' }, { id: 'l2' }] },
			{ id: 'voice', questions: [{ id: 'v1' }, { id: 'v2' }] }
		]
	})
);
/** An easy-read questionnaire: e1 speaks to l1 and l2, e2 to v1 only. */
const easy = makePack(
	makeManifest({
		id: 'easy',
		base: 'mini',
		audience: 'users',
		dimensions: [
			{ id: 'lead', questions: [{ id: 'e1', covers: ['l1', 'l2'] }] },
			{ id: 'voice', questions: [{ id: 'e2', covers: ['v1'] }] }
		]
	})
);

// Two staff and the manager rate it well; two service users answer the easy-read questions.
const snapshot = makeSnapshot({
	participants: ['anna', 'ben', 'cara', 'olga', 'piet'],
	groups: { anna: 'leadership', ben: 'staff', cara: 'staff', olga: 'users', piet: 'users' },
	packs: { olga: 'easy', piet: 'easy' },
	answers: {
		anna: { l1: 4, l2: 4, v1: 4, v2: 3 },
		ben: { l1: 4, l2: 3, v1: 4, v2: 3 },
		cara: { l1: 3, l2: 4, v1: 4, v2: 4 },
		olga: { e1: 2, e2: 1 },
		piet: { e1: 3, e2: 2 }
	}
});

describe('service users answering an easy-read questionnaire beside the team', () => {
	const model = buildModel({ snapshot, pack: team, companions: [easy] });

	it('never change a team value, a score or the team’s progress', () => {
		const alone = buildModel({
			snapshot: {
				...snapshot,
				participants: snapshot.participants.filter((p) => !p.packId),
				answers: snapshot.answers.filter((a) => !['olga', 'piet'].includes(a.participantId))
			},
			pack: team
		});
		expect(model.questions.map((q) => q.team)).toEqual(alone.questions.map((q) => q.team));
		expect(model.dimensions.map((d) => d.score)).toEqual(alone.dimensions.map((d) => d.score));
		expect(model.progress).toEqual(alone.progress);
		expect(model.participants.map((p) => p.participant.id)).toEqual(['anna', 'ben', 'cara']);
	});

	it('count in the users’ view of every question their statements speak to', () => {
		const users = (id: string) => model.questionById.get(id)!.sides.users;
		expect([users('l1'), users('l2'), users('v1'), users('v2')]).toEqual([2.5, 2.5, 1.5, null]);
		expect(model.questionById.get('v1')!.sides.organisation).toBe(4);
		expect(model.usersView.topics[0]).toMatchObject({ dimensionId: 'voice', users: 1.5 });
		expect(model.usersView.questions.map((q) => q.questionId)).toContain('v1');
	});

	it('are counted in their group and show their own progress', () => {
		expect(model.groupSizes.get('users')).toBe(2);
		expect(model.companions.map((c) => [c.participant.id, c.answered, c.total])).toEqual([
			['olga', 2, 2],
			['piet', 2, 2]
		]);
	});

	it('a single service user’s view stays hidden unless the team chose to show it', () => {
		const one = makeSnapshot({
			participants: ['anna', 'ben', 'olga'],
			groups: { anna: 'leadership', ben: 'staff', olga: 'users' },
			packs: { olga: 'easy' },
			answers: { anna: { v1: 4 }, ben: { v1: 4 }, olga: { e2: 1 } }
		});
		expect(buildModel({ snapshot: one, pack: team, companions: [easy] }).usersView.topics).toEqual(
			[]
		);
		const shown = { ...one, assessment: { ...one.assessment, showSingleViews: true } };
		expect(
			buildModel({ snapshot: shown, pack: team, companions: [easy] }).usersView.topics
		).toHaveLength(1);
	});

	it('a questionnaire the device does not know leaves that person on the team, unscored', () => {
		const unknown = buildModel({ snapshot, pack: team, companions: [] });
		expect(unknown.companions).toEqual([]);
		expect(unknown.questionById.get('v1')!.team.value).toBe(4);
	});
});

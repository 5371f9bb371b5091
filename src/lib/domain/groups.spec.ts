import { describe, expect, it } from 'vitest';
import { makeManifest, makePack } from '$lib/test-data/pack';
import { makeSnapshot } from '$lib/test-data/snapshot';
import { buildModel } from './model';

const pack = makePack(
	makeManifest({
		dimensions: [
			{ id: 'power', questions: [{ id: 'p1' }, { id: 'p2' }] },
			{ id: 'needs', questions: [{ id: 'n1' }, { id: 'n2' }] }
		]
	})
);

/** A manager, two staff, two service users: users see power very differently. */
const workshop = (overrides: Parameters<typeof makeSnapshot>[0] = {}) =>
	buildModel({
		snapshot: makeSnapshot({
			participants: ['lead', 'staff1', 'staff2', 'user1', 'user2'],
			groups: {
				lead: 'leadership',
				staff1: 'staff',
				staff2: 'staff',
				user1: 'users',
				user2: 'users'
			},
			answers: {
				lead: { p1: 4, p2: 4, n1: 3, n2: 3 },
				staff1: { p1: 3, p2: 4, n1: 3, n2: 2 },
				staff2: { p1: 4, p2: 3, n1: 2, n2: 3 },
				user1: { p1: 1, p2: 2, n1: 3, n2: 3 },
				user2: { p1: 2, p2: 1, n1: 2, n2: 'dontKnow' }
			},
			...overrides
		}),
		pack
	});

describe('role groups side by side', () => {
	it('gives each group its median per question and its score per topic', () => {
		const model = workshop();
		const p1 = model.questionById.get('p1')!;
		expect(p1.groups).toEqual([
			{ group: 'leadership', size: 1, value: 4 },
			{ group: 'staff', size: 2, value: 3.5 },
			{ group: 'users', size: 2, value: 1.5 }
		]);
		// Users beside everyone else: the team value itself is untouched (the median of all five).
		expect(p1.sides).toEqual({ users: 1.5, organisation: 4 });
		expect(p1.team.value).toBe(3);
		expect(model.dimensionById.get('power')!.sides).toEqual({ users: 1.5, organisation: 4 });
	});

	it('lists where users see it clearly lower, largest difference first', () => {
		const { usersView } = workshop();
		expect(usersView.topics.map((t) => [t.dimensionId, t.difference])).toEqual([
			['power', 2.5],
			['needs', 0.2]
		]);
		expect(usersView.questions.map((q) => [q.questionId, q.difference])).toEqual([
			['p1', 2.5],
			['p2', 2.5]
		]);
	});

	it('never shows the view of a one-person group unless the team chose to', () => {
		const hidden = workshop();
		expect([...hidden.visibleGroups]).toEqual(['staff', 'users']);
		const lone = workshop({
			participants: ['lead', 'staff1', 'user1'],
			groups: { lead: 'leadership', staff1: 'staff', user1: 'users' }
		});
		// One service user: their view would be their own answers.
		expect(lone.usersView).toEqual({ topics: [], questions: [] });
		const shown = workshop({
			participants: ['lead', 'staff1', 'user1'],
			groups: { lead: 'leadership', staff1: 'staff', user1: 'users' },
			showSingleViews: true
		});
		expect(shown.usersView.topics[0]).toMatchObject({ dimensionId: 'power', users: 1.5 });
	});

	it('counts participants without a group as "other"', () => {
		const model = buildModel({
			snapshot: makeSnapshot({ participants: ['a', 'b'], answers: { a: { p1: 2 }, b: { p1: 4 } } }),
			pack
		});
		expect(model.questionById.get('p1')!.groups).toEqual([{ group: 'other', size: 2, value: 3 }]);
		expect(model.usersView.topics).toEqual([]);
	});
});

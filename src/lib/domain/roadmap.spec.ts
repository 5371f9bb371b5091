import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Importance, LevelValue, RoadmapItem } from './assessment.schema';
import { PHASES } from './assessment.schema';
import type { DimensionModel } from './model';
import type { Action, Dimension } from './pack.schema';
import {
	generateRoadmap,
	mergeRoadmap,
	moveRoadmapItem,
	prioritise,
	type PlannedAction
} from './roadmap';
import { EFFORTS, HORIZONS, ORG_TYPES, type Horizon, type OrgType } from './vocabulary';

const dims: Dimension[] = [
	{ id: 'lead', foundational: true, questions: [{ id: 'l1' }] },
	{ id: 'power', questions: [{ id: 'p1' }] },
	{ id: 'money', questions: [{ id: 'm1' }] }
];

function action(
	id: string,
	dimension: string,
	from: number,
	horizon: Horizon = 'short',
	orgTypes?: OrgType[]
): Action {
	return {
		id,
		dimension,
		from,
		to: from + 1,
		effort: 'small',
		horizon,
		owner: 'management',
		handbook: ['x'],
		...(orgTypes ? { orgTypes } : {})
	};
}

/** A topic of the assessment model, as far as the roadmap reads it. */
function result(
	id: string,
	score: number | null,
	target: LevelValue,
	importance: Importance = 'medium'
): DimensionModel {
	return {
		id,
		title: id,
		description: '',
		foundational: !!dims.find((d) => d.id === id)?.foundational,
		questions: [],
		status: score === null ? 'notEnough' : 'scored',
		score,
		answered: 1,
		applicable: 1,
		dontKnow: 0,
		responded: 1,
		coverage: 1,
		target,
		isTargetSet: true,
		importance,
		gap: score === null ? null : Math.max(0, target - score)
	};
}

describe('prioritise', () => {
	it('ranks by gap × importance', () => {
		const ranked = prioritise([
			result('lead', 3, 4, 'low'),
			result('power', 2, 4, 'high'),
			result('money', 2, 3)
		]);
		expect(ranked.map((r) => [r.dimension.id, r.priority])).toEqual([
			['power', 6],
			['money', 2],
			['lead', 1]
		]);
	});

	it('breaks ties by foundational dimensions first, then by the lower score', () => {
		const ranked = prioritise([result('lead', 3, 4), result('power', 2, 3), result('money', 1, 2)]);
		expect(ranked.map((r) => r.dimension.id)).toEqual(['lead', 'money', 'power']);
	});

	it('leaves out dimensions without a score or without a gap', () => {
		const ranked = prioritise([
			result('lead', null, 3),
			result('power', 4, 4),
			result('money', 2, 3)
		]);
		expect(ranked.map((r) => r.dimension.id)).toEqual(['money']);
	});
});

describe('generateRoadmap', () => {
	const actions = [
		action('power-1a', 'power', 1),
		action('power-2a', 'power', 2),
		action('power-2b', 'power', 2, 'medium'),
		action('power-2c', 'power', 2),
		action('power-3a', 'power', 3),
		action('power-3-public', 'power', 3, 'short', ['public']),
		action('power-4a', 'power', 4, 'long')
	];

	it('chooses actions for every step between current and target, never for a level reached', () => {
		const roadmap = generateRoadmap([result('power', 2.3, 4, 'high')], actions, 'ngo');
		expect(roadmap.items.map((i) => [i.actionId, i.phase])).toEqual([
			['power-2a', 'now'],
			['power-2b', 'next'],
			['power-3a', 'next']
		]);
		expect(roadmap.items[0]!.reason).toEqual({
			dimensionId: 'power',
			current: 2.3,
			target: 4,
			importance: 'high',
			steps: [
				[2, 3],
				[3, 4]
			]
		});
	});

	it('filters actions by organisation type', () => {
		const forPublic = generateRoadmap([result('power', 3, 4)], actions, 'public');
		const forNgo = generateRoadmap([result('power', 3, 4)], actions, 'ngo');
		expect(forPublic.items.map((i) => i.actionId)).toEqual(['power-3a', 'power-3-public']);
		expect(forNgo.items.map((i) => i.actionId)).toEqual(['power-3a']);
	});

	it('caps each phase and keeps what did not fit as overflow', () => {
		const many = Array.from({ length: 6 }, (_, i) => action(`m${i}`, 'money', 1));
		const roadmap = generateRoadmap([result('money', 1, 2)], many, 'ngo', {
			perPhase: 2,
			perStep: 6
		});
		expect(roadmap.items.map((i) => i.phase)).toEqual([
			'now',
			'now',
			'next',
			'next',
			'later',
			'later'
		]);
		const fewer = generateRoadmap([result('money', 1, 2)], many, 'ngo', {
			perPhase: 1,
			perStep: 6
		});
		expect(fewer.items).toHaveLength(3);
		expect(fewer.overflow.map((i) => i.actionId)).toEqual(['m3', 'm4', 'm5']);
	});
});

// Property tests over random packs, answers and targets.
const arbitraryCase = fc
	.record({
		actions: fc.array(
			fc.record({
				dimension: fc.constantFrom('lead', 'power', 'money'),
				from: fc.integer({ min: 1, max: 4 }),
				horizon: fc.constantFrom(...HORIZONS),
				effort: fc.constantFrom(...EFFORTS),
				orgTypes: fc.option(fc.subarray([...ORG_TYPES], { minLength: 1 }), { nil: undefined })
			}),
			{ maxLength: 40 }
		),
		results: fc.tuple(
			...dims.map((d) =>
				fc.record({
					score: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }),
					target: fc.integer({ min: 1, max: 5 }),
					importance: fc.constantFrom<Importance>('low', 'medium', 'high'),
					id: fc.constant(d.id)
				})
			)
		),
		orgType: fc.constantFrom(...ORG_TYPES),
		perPhase: fc.integer({ min: 1, max: 6 }),
		perStep: fc.integer({ min: 1, max: 3 })
	})
	.map((c) => ({
		actions: c.actions.map((a, i): Action => ({
			id: `a${i}`,
			dimension: a.dimension,
			from: a.from,
			to: a.from + 1,
			effort: a.effort,
			horizon: a.horizon,
			owner: 'staff',
			handbook: ['x'],
			...(a.orgTypes ? { orgTypes: a.orgTypes } : {})
		})),
		results: c.results.map((r) => result(r.id, r.score, r.target as LevelValue, r.importance)),
		orgType: c.orgType,
		options: { perPhase: c.perPhase, perStep: c.perStep }
	}));

describe('roadmap properties', () => {
	it('never holds an action for a level already reached, nor one for another organisation type', () => {
		fc.assert(
			fc.property(arbitraryCase, ({ actions, results, orgType, options }) => {
				const roadmap = generateRoadmap(results, actions, orgType, options);
				for (const item of [...roadmap.items, ...roadmap.overflow]) {
					const act = actions.find((a) => a.id === item.actionId)!;
					const current = results.find((r) => r.id === act.dimension)!.score!;
					expect(act.to).toBeGreaterThan(current);
					expect(act.orgTypes ?? [orgType]).toContain(orgType);
				}
			})
		);
	});

	it('keeps each phase within its cap and never places a step before the previous step', () => {
		fc.assert(
			fc.property(arbitraryCase, ({ actions, results, orgType, options }) => {
				const { items } = generateRoadmap(results, actions, orgType, options);
				for (const phase of PHASES) {
					expect(items.filter((i) => i.phase === phase).length).toBeLessThanOrEqual(
						options.perPhase
					);
				}
				const from = (id: string) => actions.find((a) => a.id === id)!.from;
				for (const a of items) {
					for (const b of items) {
						if (a.dimensionId === b.dimensionId && from(a.actionId) < from(b.actionId)) {
							expect(PHASES.indexOf(b.phase)).toBeGreaterThanOrEqual(PHASES.indexOf(a.phase));
						}
					}
				}
			})
		);
	});

	it('gives the same roadmap for the same inputs', () => {
		fc.assert(
			fc.property(arbitraryCase, ({ actions, results, orgType, options }) => {
				expect(generateRoadmap(results, actions, orgType, options)).toEqual(
					generateRoadmap(structuredClone(results), structuredClone(actions), orgType, options)
				);
			})
		);
	});
});

describe('mergeRoadmap', () => {
	const planned = (actionId: string, phase: PlannedAction['phase']): PlannedAction => ({
		actionId,
		dimensionId: 'power',
		phase,
		reason: { dimensionId: 'power', current: 2, target: 3, importance: 'medium', steps: [[2, 3]] }
	});
	const item = (id: string, changes: Partial<RoadmapItem>): RoadmapItem => ({
		id,
		assessmentId: 'a',
		phase: 'now',
		order: 0,
		status: 'planned',
		note: '',
		edited: false,
		createdAt: 1,
		updatedAt: 1,
		...changes
	});
	let n = 0;
	const context = { assessmentId: 'a', newId: () => `new${++n}`, now: 5 };

	it('never touches edited or own items, replaces untouched ones and adds new actions', () => {
		const existing = [
			item('edited', {
				actionId: 'x',
				title: 'Our words',
				status: 'inProgress',
				edited: true,
				phase: 'later'
			}),
			item('own', { title: 'Our own idea', edited: true, order: 1 }),
			item('stale', { actionId: 'reached', order: 2 }),
			item('same', { actionId: 'y', order: 3 })
		];
		const merged = mergeRoadmap(
			existing,
			[planned('x', 'now'), planned('y', 'next'), planned('z', 'now')],
			context
		);
		expect(merged.find((i) => i.id === 'edited')).toEqual(existing[0]);
		expect(merged.find((i) => i.id === 'own')).toEqual(existing[1]);
		expect(merged.find((i) => i.actionId === 'reached')).toBeUndefined();
		expect(merged.find((i) => i.actionId === 'y')).toMatchObject({
			id: 'same',
			phase: 'next',
			order: 0
		});
		expect(merged.find((i) => i.actionId === 'z')).toMatchObject({
			phase: 'now',
			order: 2,
			edited: false
		});
		expect(merged.filter((i) => i.actionId === 'x')).toHaveLength(1);
	});
});

describe('moveRoadmapItem', () => {
	const item = (id: string, phase: RoadmapItem['phase'], order: number): RoadmapItem => ({
		id,
		assessmentId: 'a',
		phase,
		order,
		status: 'planned',
		note: '',
		edited: false,
		createdAt: 1,
		updatedAt: 1
	});
	const items = [item('a', 'now', 0), item('b', 'now', 1), item('c', 'next', 0)];

	it('swaps with its neighbour and marks the moved item as edited', () => {
		const moved = moveRoadmapItem(items, 'b', 'up', 9)!;
		expect(moved).toMatchObject({ phase: 'now', position: 1 });
		expect(moved.changed.map((i) => [i.id, i.order, i.edited])).toEqual([
			['b', 0, true],
			['a', 1, false]
		]);
	});

	it('moves to the end of the next phase and closes the gap it leaves', () => {
		const moved = moveRoadmapItem(items, 'a', 'later', 9)!;
		expect(moved).toMatchObject({ phase: 'next', position: 2 });
		expect(moved.changed.map((i) => [i.id, i.phase, i.order])).toEqual([
			['b', 'now', 0],
			['a', 'next', 1]
		]);
	});

	it('refuses moves past the ends', () => {
		expect(moveRoadmapItem(items, 'a', 'up', 9)).toBeUndefined();
		expect(moveRoadmapItem(items, 'b', 'down', 9)).toBeUndefined();
		expect(moveRoadmapItem(items, 'a', 'earlier', 9)).toBeUndefined();
		expect(moveRoadmapItem([item('x', 'later', 0)], 'x', 'later', 9)).toBeUndefined();
	});
});

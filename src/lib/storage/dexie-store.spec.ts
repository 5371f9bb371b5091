import { describe, expect, it } from 'vitest';
import { makeNewAssessment, makeRoadmapItem, makeStore } from '$lib/test-data/store';
import { z } from '$lib/domain/zod';
import { StoredDataError } from './types';

describe('DexieAssessmentStore', () => {
	it('creates an assessment with its participants and reads it back', async () => {
		const store = makeStore();
		const created = await store.createAssessment(makeNewAssessment(), [{ name: 'Team' }]);
		const read = await store.getAssessment(created.assessment.id);
		expect(read).toEqual(created);
		expect(read?.participants.map((p) => p.name)).toEqual(['Team']);
	});

	it('writes each answer at once and marks the assessment as changed', async () => {
		const store = makeStore();
		const { assessment, participants } = await store.createAssessment(makeNewAssessment(), [
			{ name: 'Team' }
		]);
		const answer = {
			assessmentId: assessment.id,
			participantId: participants[0]!.id,
			questionId: 'needs-asking',
			value: 3 as const,
			note: 'Asked at the summer fête'
		};
		const saved = await store.saveAnswer(answer);
		await store.saveAnswer({ ...answer, value: 4 });
		const read = await store.getAssessment(assessment.id);
		expect(read?.answers).toEqual([{ ...answer, value: 4, updatedAt: expect.any(Number) }]);
		expect(read?.assessment.updatedAt).toBeGreaterThanOrEqual(saved.updatedAt);
	});

	it('refuses to store an answer that breaks the schema, and keeps the old one', async () => {
		const store = makeStore();
		const { assessment, participants } = await store.createAssessment(makeNewAssessment(), [
			{ name: 'Team' }
		]);
		const base = {
			assessmentId: assessment.id,
			participantId: participants[0]!.id,
			questionId: 'q'
		};
		await store.saveAnswer({ ...base, value: 2, note: '' });
		await expect(store.saveAnswer({ ...base, value: 7 as never, note: '' })).rejects.toThrow(
			StoredDataError
		);
		expect((await store.getAssessment(assessment.id))?.answers[0]?.value).toBe(2);
	});

	it('lists assessments newest change first, with how many questions have an answer', async () => {
		const store = makeStore();
		const first = await store.createAssessment(makeNewAssessment({ date: '2026-01-01' }), [
			{ name: 'A' },
			{ name: 'B' }
		]);
		await store.createAssessment(makeNewAssessment({ date: '2026-02-01' }), [{ name: 'Team' }]);
		const [a, b] = first.participants.map((p) => p.id);
		const answer = (participantId: string, questionId: string, value: 1 | null) =>
			store.saveAnswer({
				assessmentId: first.assessment.id,
				participantId,
				questionId,
				value,
				note: ''
			});
		await answer(a!, 'q1', 1);
		await answer(b!, 'q1', 1);
		await answer(a!, 'q2', null);
		const { assessments, unreadable } = await store.listAssessments();
		expect(assessments.map((x) => [x.assessment.date, x.respondedQuestionIds])).toEqual([
			['2026-01-01', ['q1']],
			['2026-02-01', []]
		]);
		expect(unreadable).toBe(0);
	});

	it('counts damaged records in the list without deleting them, and names the field on open', async () => {
		const store = makeStore();
		const { assessment } = await store.createAssessment(makeNewAssessment(), [{ name: 'Team' }]);
		await store.db.assessments.update(assessment.id, { mode: 'party' as never });
		expect(await store.listAssessments()).toEqual({ assessments: [], unreadable: 1 });
		const error = await store.getAssessment(assessment.id).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StoredDataError);
		expect((error as StoredDataError).issues.map((i) => i.path)).toEqual(['mode']);
		expect(await store.db.assessments.count()).toBe(1);
	});

	it('deletes an assessment with everything that belongs to it, and nothing else', async () => {
		const store = makeStore();
		const gone = await store.createAssessment(makeNewAssessment(), [{ name: 'Team' }]);
		const kept = await store.createAssessment(makeNewAssessment(), [{ name: 'Team' }]);
		for (const { assessment, participants } of [gone, kept]) {
			await store.saveAnswer({
				assessmentId: assessment.id,
				participantId: participants[0]!.id,
				questionId: 'q',
				value: 1,
				note: ''
			});
		}
		await store.deleteAssessment(gone.assessment.id);
		expect(await store.getAssessment(gone.assessment.id)).toBeUndefined();
		expect(await store.db.answers.count()).toBe(1);
		expect(await store.db.participants.count()).toBe(1);
		expect((await store.getAssessment(kept.assessment.id))?.answers).toHaveLength(1);
	});

	it('keeps settings and validates them on read', async () => {
		const store = makeStore();
		await store.setSetting('itemsPerPhase', 5);
		expect(await store.getSetting('itemsPerPhase', z.number())).toBe(5);
		expect(await store.getSetting('itemsPerPhase', z.string())).toBeUndefined();
		expect(await store.getSetting('missing', z.number())).toBeUndefined();
	});
});

describe('roadmap items', () => {
	const item = makeRoadmapItem;

	it('saves, replaces and deletes an assessment’s roadmap, in order', async () => {
		const store = makeStore();
		const { assessment } = await store.createAssessment(makeNewAssessment(), [{ name: 'Team' }]);
		await store.saveRoadmapItems([item(assessment.id, 'b', 1), item(assessment.id, 'a', 0)]);
		expect((await store.getAssessment(assessment.id))?.roadmapItems.map((i) => i.id)).toEqual([
			'a',
			'b'
		]);
		await store.replaceRoadmap(assessment.id, [item(assessment.id, 'c', 0)], 'basis-1');
		const replaced = await store.getAssessment(assessment.id);
		expect(replaced?.roadmapItems.map((i) => i.id)).toEqual(['c']);
		// What the roadmap was made from is kept with it, to tell when it is out of date.
		expect(replaced?.assessment.roadmapBasis).toBe('basis-1');
		await store.deleteRoadmapItem(assessment.id, 'c');
		expect((await store.getAssessment(assessment.id))?.roadmapItems).toEqual([]);
	});

	it('refuses items of another assessment in a replace, and changes nothing', async () => {
		const store = makeStore();
		const { assessment } = await store.createAssessment(makeNewAssessment(), [{ name: 'Team' }]);
		await store.saveRoadmapItems([item(assessment.id, 'a', 0)]);
		await expect(
			store.replaceRoadmap(assessment.id, [item('other', 'x', 0)], 'basis')
		).rejects.toThrow();
		expect((await store.getAssessment(assessment.id))?.roadmapItems.map((i) => i.id)).toEqual([
			'a'
		]);
	});
});

describe('workshop records', () => {
	it('replaces the answers of the given participants only, in one go', async () => {
		const store = makeStore();
		const { assessment, participants } = await store.createAssessment(
			makeNewAssessment({ mode: 'workshop' }),
			[{ name: 'A' }, { name: 'B' }]
		);
		const [a, b] = participants.map((p) => p.id) as [string, string];
		const base = { assessmentId: assessment.id, note: '', updatedAt: 1 };
		for (const [participantId, questionId] of [
			[a, 'q1'],
			[b, 'q1'],
			[b, 'q2']
		] as const) {
			await store.saveAnswer({ ...base, participantId, questionId, value: 2 });
		}
		await store.replaceAnswers(
			assessment.id,
			[b],
			[{ ...base, participantId: b, questionId: 'q3', value: 5 }]
		);
		const answers = (await store.getAssessment(assessment.id))!.answers;
		expect(
			answers.map((x) => [x.participantId === a ? 'A' : 'B', x.questionId, x.value]).sort()
		).toEqual([
			['A', 'q1', 2],
			['B', 'q3', 5]
		]);
		// Answers for someone else in the batch are refused, and nothing changes.
		await expect(
			store.replaceAnswers(
				assessment.id,
				[b],
				[{ ...base, participantId: a, questionId: 'q9', value: 1 }]
			)
		).rejects.toThrow();
		expect((await store.getAssessment(assessment.id))!.answers).toHaveLength(2);
	});

	it('keeps consensus beside the raw answers, and removes a participant with their answers', async () => {
		const store = makeStore();
		const { assessment, participants } = await store.createAssessment(
			makeNewAssessment({ mode: 'workshop' }),
			[{ name: 'A' }, { name: 'B' }]
		);
		await store.saveAnswer({
			assessmentId: assessment.id,
			participantId: participants[1]!.id,
			questionId: 'q1',
			value: 1,
			note: ''
		});
		await store.saveConsensus({
			assessmentId: assessment.id,
			questionId: 'q1',
			value: 3,
			reason: 'agreed'
		});
		let read = (await store.getAssessment(assessment.id))!;
		expect(read.consensus.map((c) => [c.questionId, c.value])).toEqual([['q1', 3]]);
		expect(read.answers).toHaveLength(1);
		await store.deleteConsensus(assessment.id, 'q1');
		await store.saveParticipants([{ ...participants[0]!, name: 'Anna' }]);
		await store.deleteParticipant(assessment.id, participants[1]!.id);
		read = (await store.getAssessment(assessment.id))!;
		expect(read.consensus).toEqual([]);
		expect(read.participants.map((p) => p.name)).toEqual(['Anna']);
		expect(read.answers).toEqual([]);
	});
});

describe('assessmentIds', () => {
	// A restore must not overwrite a damaged record just because it cannot be read.
	it('lists every stored assessment, damaged ones included', async () => {
		const store = makeStore();
		const { assessment } = await store.createAssessment(makeNewAssessment(), [{ name: 'Team' }]);
		await store.db.assessments.update(assessment.id, { mode: 'party' as never });
		expect(await store.getAllSnapshots()).toEqual([]);
		expect(await store.assessmentIds()).toEqual([assessment.id]);
	});
});

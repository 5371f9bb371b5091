import { describe, expect, it, vi } from 'vitest';
import { makeNewAssessment, makeStore } from '$lib/test-data/store';
import { AnswerSheet } from './answer-sheet.svelte';

async function setup() {
	const store = makeStore();
	const { assessment, participants } = await store.createAssessment(makeNewAssessment(), ['Team']);
	const sheet = new AnswerSheet(store, assessment.id, participants[0]!.id, []);
	const stored = async () => (await store.getAssessment(assessment.id))!.answers;
	return { sheet, stored };
}

describe('AnswerSheet', () => {
	it('writes an answer the moment it is given and says so', async () => {
		const { sheet, stored } = await setup();
		const saving = sheet.setValue('q1', 3);
		expect(sheet.state('q1')).toBe('saving');
		await saving;
		expect(sheet.state('q1')).toBe('saved');
		expect((await stored()).map((a) => [a.questionId, a.value])).toEqual([['q1', 3]]);
	});

	it('writes a note after a pause in typing, or at once when flushed', async () => {
		const { sheet, stored } = await setup();
		sheet.setNote('q2', 'First words');
		sheet.setNote('q2', 'First words, then more');
		// Still typing: nothing written yet.
		expect(await stored()).toEqual([]);
		await sheet.flush();
		expect((await stored()).map((a) => [a.questionId, a.value, a.note])).toEqual([
			['q2', null, 'First words, then more']
		]);
	});

	it('writes a note on its own after the pause', async () => {
		const { sheet, stored } = await setup();
		sheet.setNote('q3', 'Written while nobody pressed anything');
		await vi.waitFor(async () => expect(await stored()).toHaveLength(1), { timeout: 3000 });
		expect(sheet.state('q3')).toBe('saved');
	});

	it('shows a failure and keeps the answer on screen when storage refuses it', async () => {
		const { sheet } = await setup();
		await sheet.setValue('Not An Id', 2);
		expect(sheet.state('Not An Id')).toBe('failed');
		expect(sheet.value('Not An Id')).toBe(2);
	});
});

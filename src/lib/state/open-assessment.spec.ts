import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeManifest, makePack } from '$lib/test-data/pack';
import { makeNewAssessment, makeStore } from '$lib/test-data/store';
import { noteJournal } from './note-journal';
import { OpenAssessment } from './open-assessment.svelte';

/** A minimal synchronous Storage, as the browser's localStorage is. */
class MemoryStorage {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	key = (i: number) => [...this.#items.keys()][i] ?? null;
	getItem = (k: string) => this.#items.get(k) ?? null;
	setItem = (k: string, v: string) => void this.#items.set(k, v);
	removeItem = (k: string) => void this.#items.delete(k);
	clear = () => this.#items.clear();
}

const pack = makePack(makeManifest({ id: 'sample' }));

async function setup() {
	const store = makeStore();
	const { assessment, participants } = await store.createAssessment(makeNewAssessment(), [
		{ name: 'Team' }
	]);
	const data = (await store.getAssessment(assessment.id))!;
	const open = new OpenAssessment(store, data, pack);
	const stored = async () => (await store.getAssessment(assessment.id))!.answers;
	return { store, open, stored, participant: participants[0]!.id, id: assessment.id };
}

beforeEach(() => vi.stubGlobal('localStorage', new MemoryStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('OpenAssessment', () => {
	it('writes an answer the moment it is given, and the model follows', async () => {
		const { open, stored, participant } = await setup();
		const saving = open.setValue(participant, 'culture-a', 3);
		expect(open.answerState(participant, 'culture-a')).toBe('saving');
		expect(await saving).toBe(true);
		expect(open.answerState(participant, 'culture-a')).toBe('saved');
		expect((await stored()).map((a) => [a.questionId, a.value])).toEqual([['culture-a', 3]]);
		expect(open.model.questionById.get('culture-a')!.team.value).toBe(3);
	});

	it('writes a note after a pause in typing, or at once when flushed', async () => {
		const { open, stored, participant } = await setup();
		open.setNote(participant, 'culture-b', 'First words');
		open.setNote(participant, 'culture-b', 'First words, then more');
		expect(await stored()).toEqual([]);
		await open.flushNotes();
		expect((await stored()).map((a) => [a.questionId, a.value, a.note])).toEqual([
			['culture-b', null, 'First words, then more']
		]);
	});

	it('puts back a note whose write never finished when the assessment opens again', async () => {
		const { store, open, stored, participant, id } = await setup();
		// Typed, and the tab closed before the pause ended: only the journal has it.
		open.setNote(participant, 'culture-a', 'Typed just before closing');
		expect(noteJournal.pending(id)).toHaveLength(1);
		const reopened = new OpenAssessment(store, (await store.getAssessment(id))!, pack);
		await reopened.restoreNotes();
		expect((await stored()).map((a) => a.note)).toEqual(['Typed just before closing']);
		expect(noteJournal.pending(id)).toEqual([]);
	});

	it('shows a failed write and keeps the change on screen', async () => {
		const { open, participant } = await setup();
		expect(await open.setValue(participant, 'Not An Id', 2)).toBe(false);
		expect(open.answerState(participant, 'Not An Id')).toBe('failed');
		expect(open.answer(participant, 'Not An Id')?.value).toBe(2);
		expect(open.status).toMatchObject({
			state: 'failed',
			error: expect.stringMatching(/not stored/)
		});
	});
});

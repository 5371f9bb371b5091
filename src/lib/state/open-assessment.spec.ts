import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeManifest, makePack } from '$lib/test-data/pack';
import { makeNewAssessment, makeRoadmapItem, makeStore } from '$lib/test-data/store';
import { noteJournal } from './note-journal';
import { OpenAssessment } from './open-assessment.svelte';
import { RoadmapBoard } from './roadmap-board';

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

describe('two tabs on one assessment', () => {
	/** Two tabs: each opened the assessment when it was as stored now, and knows nothing since. */
	async function twoTabs() {
		const first = await setup();
		const snapshot = (await first.store.getAssessment(first.id))!;
		const other = new OpenAssessment(first.store, snapshot, pack);
		return { ...first, a: first.open, b: other };
	}

	it('a level chosen in one tab keeps the note written in the other, and the reverse', async () => {
		const { a, b, stored, participant } = await twoTabs();
		a.setNote(participant, 'culture-a', 'Written in tab A');
		await a.flushNotes();
		expect(await b.setValue(participant, 'culture-a', 4)).toBe(true);
		expect((await stored()).map((x) => [x.value, x.note])).toEqual([[4, 'Written in tab A']]);
		// And a note written later in A (which never saw the 4) keeps B's level.
		a.setNote(participant, 'culture-a', 'Changed in tab A');
		await a.flushNotes();
		expect((await stored()).map((x) => [x.value, x.note])).toEqual([[4, 'Changed in tab A']]);
	});

	it('the same question answered in both tabs ends with one answer: the last one', async () => {
		const { a, b, stored, participant } = await twoTabs();
		await a.setValue(participant, 'culture-a', 2);
		await b.setValue(participant, 'culture-a', 5);
		expect((await stored()).map((x) => x.value)).toEqual([5]);
	});

	it('updating the roadmap in one tab keeps an item the other tab added', async () => {
		const { a, b, store, id } = await twoTabs();
		const boardA = new RoadmapBoard(a);
		const added = await new RoadmapBoard(b).add('now', { title: 'Our own item' });
		expect(added).toBeDefined();
		// A never saw B's item; its update starts from what is stored.
		expect(await boardA.regenerate([], 'basis-2')).toBe(0);
		const items = (await store.getAssessment(id))!.roadmapItems;
		expect(items.map((i) => i.title)).toEqual(['Our own item']);
		expect(a.snapshot.roadmapItems.map((i) => i.title)).toEqual(['Our own item']);
	});

	it('an item removed in one tab does not come back when the other edits it', async () => {
		const { a, b, store, id } = await twoTabs();
		await a.addRoadmapItem(makeRoadmapItem(id, 'item-1', 0, { title: 'Ask the users' }));
		await b.refresh();
		await new RoadmapBoard(b).remove('item-1');
		expect(await new RoadmapBoard(a).update('item-1', { title: 'Ask more users' })).toBe(false);
		expect(a.status).toMatchObject({
			state: 'failed',
			error: expect.stringMatching(/removed in another tab/)
		});
		expect((await store.getAssessment(id))!.roadmapItems).toEqual([]);
		// The tab that failed shows what is stored: the item is gone there too.
		await vi.waitFor(() => expect(a.snapshot.roadmapItems).toEqual([]));
	});

	it('an edit in one tab keeps the fields the other tab changed', async () => {
		const { a, b, store, id } = await twoTabs();
		await a.addRoadmapItem(makeRoadmapItem(id, 'item-1', 0, { title: 'Ask the users' }));
		await b.refresh();
		await new RoadmapBoard(b).update('item-1', { status: 'done' });
		await new RoadmapBoard(a).update('item-1', { title: 'Ask more users' });
		const [stored] = (await store.getAssessment(id))!.roadmapItems;
		expect([stored!.title, stored!.status]).toEqual(['Ask more users', 'done']);
	});

	it('a re-read keeps a note still being typed here', async () => {
		const { a, b, participant } = await twoTabs();
		a.setNote(participant, 'culture-b', 'Half a sent');
		await b.setValue(participant, 'culture-a', 3);
		await a.refresh();
		expect(a.answer(participant, 'culture-b')?.note).toBe('Half a sent');
		expect(a.answer(participant, 'culture-a')?.value).toBe(3);
		await a.flushNotes();
	});
});

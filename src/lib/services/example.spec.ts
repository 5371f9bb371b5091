import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getStore } from '$lib/storage';
import { openExample, removeExample } from './example';
import { duplicateAssessment } from './assessment-actions';

const stored = async () => (await getStore().getAllSnapshots()).map((s) => s.assessment);

describe('the example', () => {
	beforeEach(async () => {
		globalThis.indexedDB ??= new IDBFactory();
		await Promise.all((await stored()).map((a) => getStore().deleteAssessment(a.id)));
	});

	it('is stored once: a second "Try the example" opens the same workshop', async () => {
		const first = await openExample('en');
		const second = await openExample('de');
		expect(second).toBe(first);
		const examples = await stored();
		expect(examples).toHaveLength(2);
		expect(examples.every((a) => a.isExample)).toBe(true);
		expect(examples.find((a) => a.id === first)?.previousId).toBeDefined();
	});

	it('is removed with both rounds in one go, the user’s own copy kept, and comes back on undo', async () => {
		const id = await openExample('en');
		const copy = await duplicateAssessment(id, 'My copy');
		const before = await getStore().getAllSnapshots();
		const undo = await removeExample();
		expect((await stored()).map((a) => a.id)).toEqual([copy.assessment.id]);
		await undo();
		const sort = (list: typeof before) =>
			[...list].sort((a, b) => a.assessment.id.localeCompare(b.assessment.id));
		expect(sort(await getStore().getAllSnapshots())).toEqual(sort(before));
	});
});

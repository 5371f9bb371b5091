import { describe, expect, it } from 'vitest';
import { loadPack } from './packs';

// The pages where people answer load a pack without what only the roadmap needs (two thirds of
// its texts); what they do show must be the same as in the full pack.
describe('loadPack without the roadmap’s content', () => {
	it.each(['en', 'de'])(
		'leaves out actions and handbook details, and nothing else (%s)',
		async (locale) => {
			const full = (await loadPack('empowerment', locale))!;
			const light = (await loadPack('empowerment', locale, { roadmap: false }))!;
			expect(full.actions!.length).toBeGreaterThan(50);
			expect(full.handbook!.length).toBeGreaterThan(10);
			expect(light.actions).toBeUndefined();
			expect(light.handbook).toBeUndefined();
			expect(light.dimensions).toEqual(full.dimensions);
			expect({ ...light, dimensions: [] }).toEqual({
				...full,
				dimensions: [],
				actions: undefined,
				handbook: undefined
			});
		}
	);

	it('gives each question its handbook entries with the titles the handbook has', async () => {
		const full = (await loadPack('empowerment', 'de'))!;
		const light = (await loadPack('empowerment', 'de', { roadmap: false }))!;
		const titles = new Map(full.handbook!.map((e) => [e.slug, e.title]));
		const links = light.dimensions.flatMap((d) => d.questions.flatMap((q) => q.handbookLinks));
		expect(links.length).toBeGreaterThan(10);
		for (const { slug, title } of links) expect(title).toBe(titles.get(slug));
	});

	it('gives a pack with a base its base’s actions, in the reader’s language', async () => {
		const quick = (await loadPack('quick-check', 'de'))!;
		const base = (await loadPack('empowerment', 'de'))!;
		expect(quick.actions).toEqual(base.actions);
		expect(quick.actions!.every((a) => a.title !== a.id && a.what !== '')).toBe(true);
		expect((await loadPack('quick-check', 'de', { roadmap: false }))!.actions).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import { handbookFilterSchema, searchHandbook, type Searchable } from './handbook-search';

const item = (title: string, kind: string, dimensions: string[], text = ''): Searchable => ({
	title,
	summary: '',
	text,
	kind,
	dimensions
});
const items = [
	item('User panels', 'method', ['power', 'needs'], 'A standing group of service users'),
	item('Võru: local networks', 'example', ['networks'], 'Congregations and municipalities'),
	item('Über Beteiligung', 'background', [], 'Arnstein ladder')
];
const titles = (found: Searchable[]) => found.map((i) => i.title);
const filter = (raw: Record<string, string>) => handbookFilterSchema.parse(raw);

describe('searchHandbook', () => {
	it('finds entries containing every word, in any field, ignoring case and accents', () => {
		expect(titles(searchHandbook(items, filter({ q: 'VORU congregations' })))).toEqual([
			'Võru: local networks'
		]);
		expect(titles(searchHandbook(items, filter({ q: 'uber arnstein' })))).toEqual([
			'Über Beteiligung'
		]);
		expect(titles(searchHandbook(items, filter({ q: 'panels ladder' })))).toEqual([]);
	});

	it('filters by dimension and by kind', () => {
		expect(titles(searchHandbook(items, filter({ dimension: 'needs' })))).toEqual(['User panels']);
		expect(titles(searchHandbook(items, filter({ kind: 'example' })))).toEqual([
			'Võru: local networks'
		]);
		expect(searchHandbook(items, filter({}))).toHaveLength(3);
	});
});

describe('handbookFilterSchema', () => {
	// The filters come from the address bar: anything odd there is ignored, never an error page.
	it('drops invalid values from the address instead of failing', () => {
		expect(filter({ q: 'x', dimension: 'Not An Id', kind: 'poem' })).toEqual({ q: 'x' });
		expect(filter({ q: 'y'.repeat(500) }).q).toBe('');
	});
});

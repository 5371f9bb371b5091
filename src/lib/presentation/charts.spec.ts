import { describe, expect, it } from 'vitest';
import { barConfig, radarConfig, type ChartColours } from '$lib/charts/configs';
import { buildModel } from '$lib/domain/model';
import { makeManifest, makePack } from '$lib/test-data/pack';
import { makeSnapshot } from '$lib/test-data/snapshot';
import { chartData } from './charts';

const colours: ChartColours = {
	text: '#000',
	grid: '#ccc',
	current: '#00f',
	currentFill: '#00f',
	target: '#f00',
	coverage: '#666'
};

describe('chart data', () => {
	it('leaves topics without a score out (null), never plotting them as 0', () => {
		const pack = makePack(
			makeManifest({
				dimensions: [
					{ id: 'a', questions: [{ id: 'a1' }] },
					{ id: 'dk', questions: [{ id: 'dk1' }] },
					{ id: 'na', questions: [{ id: 'na1' }] }
				]
			})
		);
		const model = buildModel({
			snapshot: makeSnapshot({ answers: { p: { a1: 3, dk1: 'dontKnow', na1: 'notApplicable' } } }),
			pack
		});
		const data = chartData(model);
		expect(data.scores).toEqual([3, null, null]);
		expect(data.targets).toEqual([4, null, null]);
		const radar = radarConfig(data.labels, data.scores, data.targets, colours, data.texts);
		const bar = barConfig(data.labels, data.scores, data.targets, colours, data.texts);
		for (const config of [radar, bar]) {
			expect(config.data.datasets.map((d) => d.data)).toEqual([
				[3, null, null],
				[4, null, null]
			]);
		}
	});
});

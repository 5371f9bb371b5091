import {
	barConfig,
	radarConfig,
	type AppChartConfig,
	type ChartColours
} from '$lib/charts/configs';
import type { AssessmentModel } from '$lib/domain/model';
import { chartData } from '$lib/presentation/charts';

/** Fixed print colours: a PDF is read on white paper, whatever the screen's scheme. */
const PRINT: ChartColours = {
	text: '#1b1f22',
	grid: '#c9d1d4',
	current: '#1d5c63',
	currentFill: 'rgba(29, 92, 99, 0.25)',
	target: '#a4540c',
	coverage: '#4d5a61'
};

/** Draws the radar and bar charts off screen (no animation) and returns them as PNG data. */
export async function chartImages(model: AssessmentModel): Promise<{ radar: string; bar: string }> {
	const { Chart } = await import('$lib/charts/chart');
	const { labels, scores, targets, texts } = chartData(model);
	const draw = (config: AppChartConfig, w: number, h: number) => {
		const holder = document.createElement('div');
		holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${w}px;height:${h}px`;
		const canvas = document.createElement('canvas');
		holder.append(canvas);
		document.body.append(holder);
		config.options = {
			...config.options,
			responsive: false,
			devicePixelRatio: 2,
			animation: false
		};
		canvas.width = w;
		canvas.height = h;
		const chart = new Chart(canvas, config as never);
		const png = chart.toBase64Image('image/png', 1);
		chart.destroy();
		holder.remove();
		return png;
	};
	return {
		radar: draw(radarConfig(labels, scores, targets, PRINT, texts, false, 24), 800, 800),
		bar: draw(barConfig(labels, scores, targets, PRINT, texts, false, 17), 900, 560)
	};
}

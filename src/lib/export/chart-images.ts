import {
	barConfig,
	radarConfig,
	wrapLabel,
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

export interface ChartImages {
	/** PNG, for the accessible report: sharp at any zoom. */
	radar: string;
	bar: string;
	/**
	 * The same as JPEG on white, for the PDF: jspdf embeds a JPEG as it is, where it decodes and
	 * re-encodes a PNG pixel by pixel (0.8 s of the 1.3 s the PDF took).
	 */
	pdf: { radar: string; bar: string };
	/** In pixels: the bar chart is as tall as its topics need. */
	sizes: { radar: Size; bar: Size };
}

interface Size {
	width: number;
	height: number;
}

/**
 * The PDF prints the two charts side by side, each at `mm` wide; their sizes in pixels and
 * their fonts are chosen so that every label prints at 8 pt or more: a pixel of the radar is
 * 96 / 800 mm, and 24 px of it are 8.2 pt; 22 px of the bar chart (74 / 560 mm) are 8.2 pt.
 */
export const RADAR = { width: 800, mm: 96, font: 24 };
export const BAR = { width: 560, mm: 74, font: 22, wrap: 22 };

/**
 * Room for the legend and the scale, then as many equal rows as there are topics (chart.js
 * gives every label the same room), each as tall as the longest label's lines and a gap.
 */
function barHeight(labels: string[]): number {
	const lines = Math.max(2, ...labels.map((l) => wrapLabel(l, BAR.wrap).length));
	return Math.round(80 + labels.length * (lines * BAR.font * 1.2 + 12));
}

/**
 * Every scale's tick labels at the print size too (chart.js would draw them at its 12 px default,
 * 4 pt on paper), and the radar's scale above the data on a white backdrop, so that the target
 * markers on the level axis do not hide the numbers.
 */
function forPrint(config: AppChartConfig, font: number): AppChartConfig {
	const scales = (config.options?.scales ?? {}) as Record<string, Record<string, unknown>>;
	for (const [key, scale] of Object.entries(scales)) {
		const ticks = (scale.ticks ?? {}) as Record<string, unknown>;
		scales[key] = {
			...scale,
			ticks: {
				...ticks,
				font: { size: font },
				...(config.type === 'radar'
					? { backdropColor: 'rgba(255, 255, 255, 0.9)', showLabelBackdrop: true, z: 1 }
					: {})
			}
		};
	}
	config.options = {
		...config.options,
		scales,
		responsive: false,
		devicePixelRatio: 1,
		animation: false
	} as never;
	return config;
}

let last: { key: string; images: Promise<ChartImages> } | undefined;

/**
 * The radar and bar charts as PNG data, drawn off screen once for the figures they show: the
 * export page draws them while the user reads it, and the PDF and the accessible report reuse
 * them.
 */
export function chartImages(model: AssessmentModel): Promise<ChartImages> {
	const data = chartData(model);
	const key = JSON.stringify(data);
	if (last?.key !== key) last = { key, images: drawCharts(data) };
	return last.images;
}

async function drawCharts({
	labels,
	scores,
	targets,
	texts
}: ReturnType<typeof chartData>): Promise<ChartImages> {
	const { Chart } = await import('$lib/charts/chart');
	const draw = (config: AppChartConfig, size: { width: number; height: number; font: number }) => {
		const holder = document.createElement('div');
		holder.style.cssText = `position:fixed;left:-10000px;top:0;width:${size.width}px;height:${size.height}px`;
		const canvas = document.createElement('canvas');
		holder.append(canvas);
		document.body.append(holder);
		canvas.width = size.width;
		canvas.height = size.height;
		const chart = new Chart(canvas, forPrint(config, size.font) as never);
		const png = chart.toBase64Image('image/png', 1);
		// JPEG has no transparency: the chart goes onto white first, or its background prints black.
		const flat = document.createElement('canvas');
		flat.width = size.width;
		flat.height = size.height;
		const context = flat.getContext('2d')!;
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, size.width, size.height);
		context.drawImage(canvas, 0, 0);
		chart.destroy();
		holder.remove();
		return { png, jpeg: flat.toDataURL('image/jpeg', 0.92) };
	};
	const sizes = {
		radar: { width: RADAR.width, height: RADAR.width },
		bar: { width: BAR.width, height: barHeight(labels) }
	};
	const radar = draw(radarConfig(labels, scores, targets, PRINT, texts, false, RADAR.font), {
		...sizes.radar,
		font: RADAR.font
	});
	const bar = draw(barConfig(labels, scores, targets, PRINT, texts, false, BAR.font, BAR.wrap), {
		...sizes.bar,
		font: BAR.font
	});
	return { radar: radar.png, bar: bar.png, pdf: { radar: radar.jpeg, bar: bar.jpeg }, sizes };
}

/** chart.js, registered with only what the app draws; imported lazily by the pages that chart. */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	Tooltip
} from 'chart.js';
import type { ChartColours } from './configs';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	Tooltip
);

export { Chart };

/** #rrggbb with an alpha channel, for a canvas fill. */
export function withAlpha(hex: string, alpha: number): string {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) return hex;
	return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

/** The design system's colours, read from CSS so that charts follow light and dark mode. */
export function chartColours(element: Element = document.documentElement): ChartColours {
	const style = getComputedStyle(element);
	const v = (name: string) => style.getPropertyValue(name).trim();
	return {
		text: v('--color-text'),
		grid: v('--color-border-subtle'),
		current: v('--color-primary'),
		currentFill: withAlpha(v('--color-primary'), 0.25),
		target: v('--color-accent-strong'),
		coverage: v('--color-muted')
	};
}

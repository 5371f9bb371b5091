/**
 * chart.js configurations for the results page and the PDF. Colour is never the only carrier
 * of meaning: the target line is dashed, points have different shapes and values are labelled.
 */
import type { ChartConfiguration } from 'chart.js';

/** The charts the app draws. */
export type AppChartConfig =
	ChartConfiguration<'radar'> | ChartConfiguration<'bar'> | ChartConfiguration<'line'>;

export interface ChartColours {
	text: string;
	grid: string;
	current: string;
	currentFill: string;
	target: string;
	coverage: string;
}

export interface ChartTexts {
	current: string;
	target: string;
	score: string;
}

const scale = { min: 0, max: 5, ticks: { stepSize: 1 } };

/** Splits a long label into lines, so that chart labels are not cut off on narrow screens. */
export function wrapLabel(text: string, width = 18): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && (last + ' ' + word).length <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * Topics without a score (not enough answers) or without a target are null: chart.js leaves a
 * gap there. They are never drawn as 0, which would read as "level 0".
 */
export function radarConfig(
	labels: string[],
	current: (number | null)[],
	target: (number | null)[],
	colours: ChartColours,
	texts: ChartTexts,
	animate = true,
	fontSize = 11
): ChartConfiguration<'radar'> {
	return {
		type: 'radar',
		data: {
			labels: labels.map((l) => wrapLabel(l, 14)),
			datasets: [
				{
					label: texts.current,
					data: current,
					spanGaps: false,
					borderColor: colours.current,
					backgroundColor: colours.currentFill,
					pointStyle: 'circle',
					pointRadius: 4,
					borderWidth: 2,
					fill: true
				},
				{
					label: texts.target,
					data: target,
					spanGaps: false,
					borderColor: colours.target,
					backgroundColor: 'transparent',
					borderDash: [6, 4],
					pointStyle: 'triangle',
					pointRadius: 5,
					borderWidth: 2
				}
			]
		},
		options: {
			animation: animate ? undefined : false,
			responsive: true,
			// Square: a radar needs its width in height too, however narrow the screen.
			maintainAspectRatio: true,
			aspectRatio: 1,
			color: colours.text,
			font: { size: fontSize },
			scales: {
				r: {
					...scale,
					ticks: { ...scale.ticks, color: colours.text, backdropColor: 'transparent' },
					grid: { color: colours.grid },
					angleLines: { color: colours.grid },
					pointLabels: { color: colours.text, font: { size: fontSize } }
				}
			},
			plugins: {
				legend: { labels: { color: colours.text, usePointStyle: true, font: { size: fontSize } } }
			}
		}
	};
}

export function barConfig(
	labels: string[],
	scores: (number | null)[],
	target: (number | null)[],
	colours: ChartColours,
	texts: ChartTexts,
	animate = true,
	fontSize = 12,
	/** Characters a label line holds: fewer where the chart is narrow. */
	wrap = 24
): ChartConfiguration<'bar'> {
	return {
		type: 'bar',
		data: {
			labels: labels.map((l) => wrapLabel(l, wrap)),
			datasets: [
				{
					label: texts.score,
					data: scores,
					backgroundColor: colours.current,
					borderColor: colours.current,
					borderWidth: 1
				},
				{
					label: texts.target,
					data: target,
					// An outline beside the filled score bar: told apart by shape, not only colour.
					backgroundColor: 'transparent',
					borderColor: colours.target,
					borderWidth: 2
				}
			]
		},
		options: {
			animation: animate ? undefined : false,
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			color: colours.text,
			font: { size: fontSize },
			scales: {
				x: {
					...scale,
					ticks: { ...scale.ticks, color: colours.text, font: { size: fontSize } },
					grid: { color: colours.grid }
				},
				y: {
					ticks: { color: colours.text, autoSkip: false, font: { size: fontSize } },
					grid: { display: false }
				}
			},
			plugins: { legend: { labels: { color: colours.text, font: { size: fontSize } } } }
		}
	};
}

/** Each dimension's score per round: the current round filled, earlier rounds as outlines. */
export function progressConfig(
	labels: string[],
	rounds: { label: string; values: (number | null)[] }[],
	colours: ChartColours,
	animate = true
): ChartConfiguration<'bar'> {
	return {
		type: 'bar',
		data: {
			labels: labels.map((l) => wrapLabel(l, 24)),
			datasets: rounds.map((round, i) => {
				const isCurrent = i === rounds.length - 1;
				return {
					label: round.label,
					data: round.values,
					backgroundColor: isCurrent ? colours.current : 'transparent',
					borderColor: isCurrent ? colours.current : colours.coverage,
					borderWidth: isCurrent ? 1 : 2
				};
			})
		},
		options: {
			animation: animate ? undefined : false,
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			color: colours.text,
			scales: {
				x: {
					...scale,
					ticks: { ...scale.ticks, color: colours.text },
					grid: { color: colours.grid }
				},
				y: { ticks: { color: colours.text, autoSkip: false }, grid: { display: false } }
			},
			plugins: { legend: { labels: { color: colours.text } } }
		}
	};
}

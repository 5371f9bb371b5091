/** One line of the bench table: the app's figure beside the bare page's, where there is one. */
export interface Row {
	figure: string;
	app: number | string | undefined;
	bare?: number | string;
	unit?: 'bytes' | 'ms' | 'count' | 'score';
	target?: string;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function show(value: number | string | undefined, unit: Row['unit']): string {
	if (value === undefined) return 'not measured';
	if (typeof value === 'string') return value;
	if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
	if (unit === 'ms') return value < 10 ? `${value.toFixed(2)} ms` : `${Math.round(value)} ms`;
	return String(Math.round(value));
}

/** A Markdown table, so that the output can be pasted into the README as it is. */
export function formatTable(rows: Row[]): string {
	const lines = [
		'| figure | app | bare SvelteKit page | ratio | target |',
		'|---|---:|---:|---:|---|'
	];
	for (const row of rows) {
		const ratio =
			typeof row.app === 'number' && typeof row.bare === 'number' && row.bare > 0
				? `${(row.app / row.bare).toFixed(2)}×`
				: '–';
		const bare = row.bare === undefined ? '–' : show(row.bare, row.unit);
		lines.push(
			`| ${row.figure} | ${show(row.app, row.unit)} | ${bare} | ${ratio} | ${row.target ?? ''} |`
		);
	}
	return lines.join('\n');
}

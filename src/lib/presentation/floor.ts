import type { AssessmentModel, FloorEntry } from '$lib/domain/model';
import { m } from '$lib/paraglide/messages';
import { formatLevel } from './format';

/** "Met (level 4)", "Not met: level 1, at least 3 needed" or "Not known yet". */
export function floorStatusText(entry: FloorEntry, locale: string): string {
	const { value } = entry.question.team;
	if (entry.status === 'unknown' || typeof value !== 'number') return m.floor_unknown();
	const level = formatLevel(value, locale);
	return entry.status === 'met'
		? m.floor_met({ level })
		: m.floor_not_met({ level, floor: String(entry.floor) });
}

/** "Rights and safety: the floor – 2 of 8 met", for the page and the PDF alike. */
export function floorHeading(model: AssessmentModel): string {
	const count = m.floor_count({
		met: model.floor.filter((f) => f.status === 'met').length,
		total: model.floor.length
	});
	return `${m.floor_title()} – ${count}`;
}

/** The sign beside a status, so that it never rests on colour alone. */
export const floorSign: Record<FloorEntry['status'], string> = {
	met: '✓',
	notMet: '✗',
	unknown: '?'
};

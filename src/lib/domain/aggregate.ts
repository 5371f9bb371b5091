import type { AnswerValue } from './assessment.schema';
import type { QuestionValue } from './scoring';

/** The median of a non-empty list; between two levels for an even count (e.g. 2.5). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The team's value for one question from its participants' answers: the median of the levels
 * given; "don't know" when nobody gave a level but someone did not know; "not applicable" only
 * when everyone who answered said so.
 */
export function teamValue(values: readonly (AnswerValue | null)[]): QuestionValue {
	const levels = values.filter((v): v is 1 | 2 | 3 | 4 | 5 => typeof v === 'number');
	if (levels.length > 0) return median(levels);
	if (values.includes('dontKnow')) return 'dontKnow';
	if (values.includes('notApplicable')) return 'notApplicable';
	return undefined;
}

import { describe, expect, it } from 'vitest';
import { assessmentSnapshotSchema } from '$lib/domain/assessment.schema';
import { buildModel } from '$lib/domain/model';
import { makeExample } from '$lib/test-data/example';
import { EXAMPLE_TEXTS } from './texts';

function build(locale: string) {
	const { previous, current } = makeExample(locale);
	return [previous, current] as const;
}
const { pack } = makeExample();

describe('the example assessment', () => {
	it.each(['en', 'de'])('is valid, complete and linked to its earlier round (%s)', (locale) => {
		const [previous, current] = build(locale);
		for (const round of [previous, current])
			expect(assessmentSnapshotSchema.parse(round)).toEqual(round);
		expect(current.assessment.previousId).toBe(previous.assessment.id);
		expect([previous.assessment.isExample, current.assessment.isExample]).toEqual([true, true]);
		expect(previous.assessment.date).toBe('2025-11-25');
		expect(current.participants).toHaveLength(5);
		expect(current.answers.filter((a) => a.note)).not.toHaveLength(0);
		expect(current.consensus.length).toBeGreaterThan(0);
		expect(current.targets).toHaveLength(10);
		expect(current.roadmapItems.some((i) => i.status === 'inProgress')).toBe(true);
		expect(current.roadmapItems.some((i) => !i.actionId)).toBe(true);
		expect(previous.roadmapItems.filter((i) => i.status === 'done')).toHaveLength(3);
	});

	it('notes only questions that exist in the pack', () => {
		const ids = new Set(pack.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
		for (const texts of Object.values(EXAMPLE_TEXTS)) {
			for (const id of [...Object.keys(texts.notes), ...Object.keys(texts.consensus)])
				expect(ids).toContain(id);
		}
	});

	it('shows progress: the organisation stands higher now than a year ago', () => {
		const [previous, current] = build('en');
		const overall = (snapshot: typeof current) => buildModel({ snapshot, pack }).overall.score!;
		expect(overall(current)).toBeGreaterThan(overall(previous));
	});
});

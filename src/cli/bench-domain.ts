/**
 * The app's heavy computations, timed in Node on a synthetic workshop: 50 participants × 60
 * questions (10 dimensions × 6) with the real pack's actions.
 */
import { performance } from 'node:perf_hooks';
import type { Answer, AnswerValue, AssessmentSnapshot } from '../lib/domain/assessment.schema';
import { makeResponse, planImport } from '../lib/domain/exchange';
import { buildModel } from '../lib/domain/model';
import { assemblePack } from '../lib/domain/pack';
import type { Action, PackManifest } from '../lib/domain/pack.schema';
import { generateRoadmap } from '../lib/domain/roadmap';
import { discussionOrder, spreadByQuestion } from '../lib/domain/spread';
import { readPackFolder } from './pack-files';

import { median, type Row } from './bench-table';

/** Median milliseconds of `repeat` runs, after one warm-up run. */
function time(run: () => unknown, repeat = 50): number {
	run();
	const samples: number[] = [];
	for (let i = 0; i < repeat; i++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

export function domainRows(): Row[] {
	// A pack with 10 dimensions × 6 questions (60), and the real actions for the roadmap.
	const real = readPackFolder('questionnaires/empowerment');
	const actions = (real.json['actions.json'] as { actions: Action[] }).actions;
	const realManifest = real.json['pack.json'] as PackManifest;
	const manifest: PackManifest = {
		...realManifest,
		dimensions: realManifest.dimensions.map((d, i) => ({
			id: d.id,
			questions: Array.from({ length: 6 }, (_, q) => ({ id: `q-${i}-${q}` }))
		}))
	};
	const pack = assemblePack({
		manifest,
		texts: { title: 'Bench', description: 'Bench', questions: {} },
		actions,
		handbook: []
	});
	const questionIds = manifest.dimensions.flatMap((d) => d.questions.map((q) => q.id));

	const PARTICIPANTS = 50;
	const participants = Array.from({ length: PARTICIPANTS }, (_, i) => ({
		id: `p${i}`,
		assessmentId: 'a',
		name: `Participant ${i + 1}`,
		order: i
	}));
	const values: AnswerValue[] = [1, 2, 3, 4, 5, 'dontKnow'];
	const answers: Answer[] = participants.flatMap((p, i) =>
		questionIds.map((questionId, j) => ({
			assessmentId: 'a',
			participantId: p.id,
			questionId,
			value: values[(i * 7 + j * 3) % values.length]!,
			note: j % 10 === 0 ? 'A note about this question.' : '',
			updatedAt: 0
		}))
	);
	const snapshot: AssessmentSnapshot = {
		assessment: {
			id: 'a',
			organisation: { name: 'Bench', type: 'ngo' },
			packId: 'bench',
			packVersion: '1.0.0',
			locale: 'en',
			mode: 'workshop',
			date: '2026-11-25',
			createdAt: 0,
			updatedAt: 0
		},
		participants,
		answers,
		consensus: [],
		targets: [],
		roadmapItems: []
	};

	const label = `${PARTICIPANTS} participants × ${questionIds.length} questions`;
	const model = buildModel({ snapshot, pack });
	const files = participants.map((p) => ({
		name: `${p.id}.json`,
		text: JSON.stringify(makeResponse(snapshot, p.id, 1))
	}));
	const ms = (value: number) => ({ app: value, unit: 'ms' as const });
	return [
		{
			figure: `aggregation: spread per question + discussion order, ${label}`,
			...ms(time(() => discussionOrder([...spreadByQuestion(questionIds, answers).values()])))
		},
		{
			figure: `aggregation: assessment model (team values, scores, gaps), ${label}`,
			...ms(time(() => buildModel({ snapshot, pack })))
		},
		{ figure: `roadmap generation, ${label}`, ...ms(time(() => generateRoadmap(model))) },
		{
			figure: `read and check ${files.length} response files`,
			...ms(
				time(
					() =>
						planImport(files, snapshot, () => ({
							version: pack.version,
							questionIds: new Set(questionIds)
						})),
					10
				)
			)
		}
	];
}

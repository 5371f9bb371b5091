/**
 * `npm run bench`: how long the app's heavy computations take, and how big the landing page is.
 * Prints numbers; nothing here asserts a timing (machines are too noisy for that).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Answer, AnswerValue, AssessmentSnapshot } from '../lib/domain/assessment.schema';
import { makeResponse, planImport } from '../lib/domain/exchange';
import { buildModel } from '../lib/domain/model';
import { assemblePack } from '../lib/domain/pack';
import type { Action, PackManifest } from '../lib/domain/pack.schema';
import { generateRoadmap } from '../lib/domain/roadmap';
import { discussionOrder, spreadByQuestion } from '../lib/domain/spread';
import { readPackFolder } from './pack-files';

function time(label: string, run: () => unknown, repeat = 50): void {
	run();
	const samples: number[] = [];
	for (let i = 0; i < repeat; i++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	const median = samples[samples.length >> 1]!;
	console.log(
		`${label.padEnd(58)} median ${median.toFixed(2)} ms, max ${samples.at(-1)!.toFixed(2)} ms`
	);
}

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

console.log(
	`${PARTICIPANTS} participants × ${questionIds.length} questions = ${answers.length} answers`
);
time('spread per question + discussion order', () =>
	discussionOrder([...spreadByQuestion(questionIds, answers).values()])
);
const model = buildModel({ snapshot, pack });
time('assessment model (team values, scores, progress, strengths, gaps)', () =>
	buildModel({ snapshot, pack })
);
time('roadmap generation', () => generateRoadmap(model));
const files = participants.map((p) => ({
	name: `${p.id}.json`,
	text: JSON.stringify(makeResponse(snapshot, p.id, 1))
}));
time(
	`read and check ${files.length} response files`,
	() =>
		planImport(files, snapshot, () => ({
			version: pack.version,
			questionIds: new Set(questionIds)
		})),
	10
);

// Sizes of the built landing page, when there is a build.
const html = join('build', 'index.html');
if (existsSync(html)) {
	const scripts = [...readFileSync(html, 'utf8').matchAll(/href="\.?\/(_app\/[^"]+\.js)"/g)].map(
		(m) => m[1]!
	);
	const bytes = Buffer.concat(scripts.map((s) => readFileSync(join('build', s))));
	console.log(
		`landing page JavaScript to paint: ${scripts.length} files, ${bytes.length} bytes, ${gzipSync(bytes).length} bytes gzipped`
	);
} else {
	console.log('(run npm run build first to measure the landing page)');
}

// Response and backup files from strangers: refused with a reason or read whole.
{
	const { fuzzExchangeFiles } = await import('../lib/test-data/fuzz');
	const start = performance.now();
	fuzzExchangeFiles(1000);
	console.log(
		`${'fuzz: 1,000 response + 1,000 backup files'.padEnd(58)} ${(performance.now() - start).toFixed(0)} ms, all refused with a reason or read whole`
	);
}

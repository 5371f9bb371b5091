import type {
	Answer,
	AnswerValue,
	AssessmentSnapshot,
	Importance,
	LevelValue,
	Target
} from '$lib/domain/assessment.schema';
import { buildModel } from '$lib/domain/model';
import type { Pack } from '$lib/domain/pack';
import {
	DEFAULT_ROADMAP_OPTIONS,
	generateRoadmap,
	mergeRoadmap,
	roadmapBasis
} from '$lib/domain/roadmap';
import type { RoleGroup } from '$lib/domain/vocabulary';
import type { ExampleTexts } from './texts';

/** Whose view each of the example's people gives, in the order of texts.participants. */
const GROUPS: RoleGroup[] = ['leadership', 'staff', 'staff', 'users', 'board'];

/** Where the example organisation stands per dimension, now and a year ago. */
const LEVELS: Record<string, [now: number, before: number]> = {
	leadership: [2.8, 2.2],
	culture: [3, 2.6],
	needs: [2.6, 2],
	'co-design': [2, 1.6],
	'co-delivery': [2.8, 2.4],
	power: [1.7, 1.4],
	resources: [2, 1.8],
	networks: [3.6, 3.2],
	innovation: [1.6, 1.3],
	learning: [2, 1.6]
};

/** How each participant tends to see things: the manager a little brighter, the parent darker. */
const OUTLOOK = [0.6, 0, 0.2, -0.9, 0.4];

const TARGETS: Record<string, [LevelValue, Importance]> = {
	leadership: [4, 'high'],
	culture: [4, 'medium'],
	needs: [4, 'high'],
	'co-design': [3, 'medium'],
	'co-delivery': [4, 'medium'],
	power: [3, 'high'],
	resources: [3, 'high'],
	networks: [4, 'low'],
	innovation: [3, 'low'],
	learning: [3, 'medium']
};

/** A small, stable number in −0.5 … 0.5 from a text, so the example is the same every time. */
function wobble(text: string): number {
	let hash = 0;
	for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1009;
	return hash / 1009 - 0.5;
}

function level(x: number): LevelValue {
	return Math.min(5, Math.max(1, Math.round(x))) as LevelValue;
}

export interface ExampleInput {
	pack: Pack;
	texts: ExampleTexts;
	locale: string;
	/** Today, YYYY-MM-DD; the earlier round is a year before. */
	today: string;
	now: number;
	newId: () => string;
}

/**
 * A realistic filled-in example: a rural family centre that ran a first round a year ago
 * (three participants) and a workshop now (five participants) with notes, agreed levels,
 * targets and a roadmap the team has started to work on.
 */
export function buildExample(input: ExampleInput): [AssessmentSnapshot, AssessmentSnapshot] {
	const year = Number(input.today.slice(0, 4));
	const before = `${year - 1}${input.today.slice(4)}`;
	const previous = round(input, {
		date: before,
		label: input.texts.previousLabel,
		people: 3,
		which: 1
	});
	const current = round(input, {
		date: input.today,
		label: input.texts.label,
		people: 5,
		which: 0
	});
	current.assessment.previousId = previous.assessment.id;

	// The first round's roadmap was worked on: its first items are done, and the current
	// round's roadmap knows it.
	planRound(input, previous, []);
	previous.roadmapItems = previous.roadmapItems.map((item, i) =>
		i < 3 ? { ...item, status: 'done', edited: true } : item
	);
	planRound(input, current, [previous]);
	// This round: one item under way with a note, one own item, and the first items with an
	// owner and a date, as a team leaves a workshop.
	const [first, second, third] = current.roadmapItems;
	if (first)
		Object.assign(first, {
			status: 'inProgress',
			edited: true,
			owner: input.texts.participants[1],
			due: monthsLater(input.today, 2)
		});
	if (second)
		Object.assign(second, {
			note: input.texts.editedNote,
			edited: true,
			owner: input.texts.participants[2],
			due: monthsLater(input.today, 3)
		});
	if (third)
		Object.assign(third, {
			edited: true,
			owner: input.texts.participants[0],
			due: monthsLater(input.today, 4)
		});
	current.assessment.boardAsk = input.texts.boardAsk;
	current.roadmapItems.push({
		id: input.newId(),
		assessmentId: current.assessment.id,
		phase: 'now',
		order: current.roadmapItems.filter((i) => i.phase === 'now').length,
		title: input.texts.ownItem.title,
		note: input.texts.ownItem.note,
		owner: input.texts.participants[4],
		due: monthsLater(input.today, 5),
		status: 'planned',
		edited: true,
		createdAt: input.now,
		updatedAt: input.now
	});
	return [previous, current];
}

function round(
	input: ExampleInput,
	options: { date: string; label: string; people: number; which: 0 | 1 }
): AssessmentSnapshot {
	const id = input.newId();
	const { texts } = input;
	const assessment = {
		id,
		label: options.label,
		organisation: {
			name: 'Familienzentrum Seenland e. V.',
			type: 'ngo' as const,
			size: 'small' as const,
			country: 'DE' as const,
			region: texts.region
		},
		packId: input.pack.id,
		packVersion: input.pack.version,
		locale: input.locale,
		mode: 'workshop' as const,
		date: options.date,
		createdAt: input.now,
		updatedAt: input.now,
		isExample: true as const
	};
	const participants = texts.participants.slice(0, options.people).map((name, order) => ({
		id: input.newId(),
		assessmentId: id,
		name,
		group: GROUPS[order]!,
		order
	}));
	const answers: Answer[] = [];
	for (const dimension of input.pack.dimensions) {
		const base = LEVELS[dimension.id]?.[options.which] ?? 2;
		for (const question of dimension.questions) {
			participants.forEach((participant, p) => {
				const notes = options.which === 0 ? (texts.notes[question.id] ?? []) : [];
				const note = notes.find(([who]) => who === p)?.[1] ?? '';
				// The board member does not know how daily work is shared out.
				const unsure = p === 4 && dimension.id === 'co-delivery' && wobble(question.id) > 0;
				const value: AnswerValue = unsure
					? 'dontKnow'
					: level(base + OUTLOOK[p]! + wobble(`${question.id}${p}`) * 1.4);
				answers.push({
					assessmentId: id,
					participantId: participant.id,
					questionId: question.id,
					value,
					note,
					updatedAt: input.now
				});
			});
		}
	}
	const consensus =
		options.which === 0
			? Object.entries(texts.consensus).map(([questionId, [value, reason]]) => ({
					assessmentId: id,
					questionId,
					value,
					reason,
					updatedAt: input.now
				}))
			: [];
	const targets: Target[] = Object.entries(TARGETS).map(([dimensionId, [target, importance]]) => ({
		assessmentId: id,
		dimensionId,
		target,
		importance,
		updatedAt: input.now
	}));
	const snapshot: AssessmentSnapshot = {
		assessment,
		participants,
		answers,
		consensus,
		targets,
		roadmapItems: []
	};
	return snapshot;
}

/** The roadmap a round would first get, remembering what earlier rounds did. */
function planRound(
	input: ExampleInput,
	snapshot: AssessmentSnapshot,
	earlier: AssessmentSnapshot[]
) {
	const model = buildModel({
		snapshot,
		pack: input.pack,
		earlier: earlier.map((s) => ({ snapshot: s, pack: input.pack }))
	});
	snapshot.roadmapItems = mergeRoadmap([], generateRoadmap(model).items, {
		assessmentId: snapshot.assessment.id,
		newId: input.newId,
		now: input.now
	});
	snapshot.assessment.roadmapBasis = roadmapBasis(model, DEFAULT_ROADMAP_OPTIONS);
}

/** The first of the month, some months after a date (YYYY-MM-DD). */
function monthsLater(date: string, months: number): string {
	const [year, month] = date.split('-').map(Number) as [number, number];
	const index = year * 12 + month - 1 + months;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

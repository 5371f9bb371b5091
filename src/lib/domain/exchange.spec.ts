import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentSnapshot } from './assessment.schema';
import {
	applyResponses,
	makeResponse,
	planImport,
	readResponse,
	RESPONSE_FORMAT,
	type Response
} from './exchange';
import { newSecret } from './new-id';

const ANNA_KEY = 'AAECAwQFBgcICQoLDA0ODw';
const OLGA_KEY = newSecret();
const snapshot: AssessmentSnapshot = {
	assessment: {
		id: 'a1',
		organisation: { name: 'Šeimų bendruomenė', type: 'ngo' },
		packId: 'quick-check',
		packVersion: '1.0.0',
		locale: 'en',
		mode: 'workshop',
		date: '2026-11-25',
		createdAt: 1,
		updatedAt: 1
	},
	participants: [
		{ id: 'p1', assessmentId: 'a1', name: 'Anna', order: 0, secret: ANNA_KEY },
		{ id: 'p2', assessmentId: 'a1', name: 'Олга', order: 1, secret: OLGA_KEY }
	],
	answers: [
		{ assessmentId: 'a1', participantId: 'p1', questionId: 'q1', value: 2, note: '', updatedAt: 1 },
		{
			assessmentId: 'a1',
			participantId: 'p2',
			questionId: 'q1',
			value: 4,
			note: 'old',
			updatedAt: 1
		},
		{ assessmentId: 'a1', participantId: 'p2', questionId: 'q2', value: 3, note: '', updatedAt: 1 }
	],
	consensus: [],
	targets: [],
	roadmapItems: []
};
const questions = (packId: string) =>
	packId === 'quick-check'
		? { version: '1.0.0', questionIds: new Set(['q1', 'q2', 'q3']) }
		: undefined;

function response(changes: Partial<Response> = {}): Response {
	return {
		format: RESPONSE_FORMAT,
		version: 1,
		assessmentId: 'a1',
		participantId: 'p2',
		participantName: 'Олга',
		packId: 'quick-check',
		packVersion: '1.0.0',
		exportedAt: 100,
		secret: OLGA_KEY,
		answers: [{ questionId: 'q3', value: 'dontKnow', note: 'Не знаю', updatedAt: 50 }],
		...changes
	};
}
const file = (name: string, r: unknown) => ({ name, text: JSON.stringify(r) });

describe('responses', () => {
	it('carry one participant’s answers and nobody else’s, with their invitation key', () => {
		const made = makeResponse(snapshot, 'p2', 7);
		expect(made.answers.map((a) => a.questionId)).toEqual(['q1', 'q2']);
		expect(made.secret).toBe(OLGA_KEY);
		expect(readResponse(JSON.stringify(made))).toEqual({ ok: true, value: made });
	});

	it('are refused when they are not JSON, another kind of file, or malformed', () => {
		expect(readResponse('%PDF-1.7')).toMatchObject({ ok: false, problem: { code: 'notJson' } });
		expect(readResponse('{"format":"something-else"}')).toMatchObject({
			ok: false,
			problem: { code: 'wrongKind' }
		});
		const twice = response({ answers: [response().answers[0]!, response().answers[0]!] });
		expect(readResponse(JSON.stringify(twice))).toMatchObject({
			ok: false,
			problem: {
				code: 'invalid',
				issues: [{ path: 'answers[1].questionId', message: 'answered twice' }]
			}
		});
		expect(readResponse('x'.repeat(3_000_000))).toMatchObject({
			ok: false,
			problem: { code: 'tooLarge' }
		});
	});

	it('never throw on corrupted files', () => {
		const valid = JSON.stringify(response());
		fc.assert(
			fc.property(fc.nat(valid.length), fc.string({ maxLength: 5 }), (cut, junk) => {
				const result = readResponse(valid.slice(0, cut) + junk);
				if (!result.ok) expect(result.problem.code).toMatch(/notJson|wrongKind|invalid/);
			})
		);
	});
});

describe('planImport and applyResponses', () => {
	it('replaces that participant’s answers only', () => {
		const plan = planImport([file('olga.json', response())], snapshot, questions);
		expect(plan.rejected).toEqual([]);
		const answers = applyResponses(
			snapshot.answers,
			plan.accepted.map((a) => a.response)
		);
		expect(answers.filter((a) => a.participantId === 'p1')).toEqual([snapshot.answers[0]]);
		expect(answers.filter((a) => a.participantId === 'p2')).toEqual([
			{
				assessmentId: 'a1',
				participantId: 'p2',
				questionId: 'q3',
				value: 'dontKnow',
				note: 'Не знаю',
				updatedAt: 50
			}
		]);
	});

	it('refuses files for another assessment, another pack version, an unknown participant or question', () => {
		const plan = planImport(
			[
				file('other.json', response({ assessmentId: 'zz' })),
				file('version.json', response({ packVersion: '2.0.0' })),
				file('stranger.json', response({ participantId: 'p9', participantName: 'Eve' })),
				file(
					'questions.json',
					response({ answers: [{ questionId: 'q99', value: 1, note: '', updatedAt: 1 }] })
				),
				{ name: 'photo.jpg', text: '\u00ff\u00d8\u00ff' }
			],
			snapshot,
			questions
		);
		expect(plan.accepted).toEqual([]);
		expect(plan.rejected.map((r) => [r.file, r.problem.code])).toEqual([
			['other.json', 'otherAssessment'],
			['version.json', 'otherPackVersion'],
			['stranger.json', 'unknownParticipant'],
			['questions.json', 'unknownQuestions'],
			['photo.jpg', 'notJson']
		]);
	});

	it('keeps the newest export when a drop holds two files of the same participant', () => {
		const older = response({
			exportedAt: 100,
			answers: [{ questionId: 'q1', value: 1, note: '', updatedAt: 1 }]
		});
		const newer = response({
			exportedAt: 200,
			answers: [{ questionId: 'q1', value: 5, note: '', updatedAt: 2 }]
		});
		for (const files of [
			[file('new.json', newer), file('old.json', older)],
			[file('old.json', older), file('new.json', newer)]
		]) {
			const plan = planImport(files, snapshot, questions);
			expect(plan.accepted.map((a) => a.file)).toEqual(['new.json']);
			expect(plan.superseded).toEqual(['old.json']);
		}
	});

	it('refuses a file without the key of the participant’s invitation, named as stored here', () => {
		const keyless = { ...response(), secret: undefined };
		const plan = planImport(
			[
				// Anna's id, Olga's key and a name of the sender's choosing.
				file('anna.json', response({ participantId: 'p1', participantName: 'Олга' })),
				file('guess.json', response({ secret: newSecret() })),
				file('old-invitation.json', keyless)
			],
			snapshot,
			questions
		);
		expect(plan.accepted).toEqual([]);
		expect(plan.rejected.map((r) => [r.file, r.problem])).toEqual([
			['anna.json', { code: 'wrongSecret', name: 'Anna' }],
			['guess.json', { code: 'wrongSecret', name: 'Олга' }],
			['old-invitation.json', { code: 'noSecret', name: 'Олга' }]
		]);
		const unkeyed = { ...snapshot.participants[1]!, secret: undefined };
		const legacy = { ...snapshot, participants: [snapshot.participants[0]!, unkeyed] };
		expect(planImport([file('x.json', response())], legacy, questions).rejected).toEqual([
			{ file: 'x.json', problem: { code: 'noSecret', name: 'Олга' } }
		]);
	});

	it('keeps the newer answers: a file older than the participant’s stored answers is not used', () => {
		const stored = {
			...snapshot,
			answers: snapshot.answers.map((a) => ({ ...a, updatedAt: 60 }))
		};
		const older = planImport([file('older.json', response())], stored, questions);
		expect(older.accepted).toEqual([]);
		expect(older.older).toEqual([{ file: 'older.json', participantId: 'p2' }]);
		const same = planImport(
			[file('same.json', response({ answers: [{ ...response().answers[0]!, updatedAt: 60 }] }))],
			stored,
			questions
		);
		expect(same.accepted.map((a) => a.file)).toEqual(['same.json']);
	});

	it('asks before a file without answers removes a participant’s answers', () => {
		const empty = planImport([file('empty.json', response({ answers: [] }))], snapshot, questions);
		expect(empty.accepted).toEqual([]);
		expect(empty.emptying.map((e) => e.file)).toEqual(['empty.json']);
		// Only blank answers: the same as none.
		const blank = response({
			answers: [{ questionId: 'q1', value: null, note: ' ', updatedAt: 9 }]
		});
		expect(planImport([file('blank.json', blank)], snapshot, questions).emptying).toHaveLength(1);
		// Nobody loses anything when the participant has no answers here yet.
		const fresh = { ...snapshot, answers: [] };
		const plan = planImport([file('empty.json', response({ answers: [] }))], fresh, questions);
		expect(plan.accepted.map((a) => a.file)).toEqual(['empty.json']);
	});

	it('gives the same answers when the same file is imported twice', () => {
		const once = applyResponses(snapshot.answers, [response()]);
		expect(applyResponses(once, [response()])).toEqual(once);
	});
});

describe('a service user answering the easy-read questionnaire', () => {
	const withUser: AssessmentSnapshot = {
		...snapshot,
		participants: [
			...snapshot.participants,
			{
				id: 'p3',
				assessmentId: 'a1',
				name: 'Piet',
				group: 'users',
				packId: 'easy',
				order: 2,
				secret: ANNA_KEY
			}
		]
	};
	const packs = (packId: string) =>
		packId === 'easy'
			? { version: '1.2.0', questionIds: new Set(['e1', 'e2']) }
			: questions(packId);
	const easyResponse = (changes: Partial<Response> = {}) =>
		response({
			participantId: 'p3',
			participantName: 'Piet',
			secret: ANNA_KEY,
			group: 'users',
			packId: 'easy',
			packVersion: '1.2.0',
			answers: [{ questionId: 'e1', value: 2, note: '', updatedAt: 5 }],
			...changes
		});

	it('is checked against the questionnaire that person answers', () => {
		const plan = planImport([file('piet.json', easyResponse())], withUser, packs);
		expect(plan.rejected).toEqual([]);
		expect(plan.accepted[0]!.response.group).toBe('users');
	});

	it('refuses the team’s questionnaire from a service user, and the easy-read one from staff', () => {
		const plan = planImport(
			[
				file('piet-team.json', easyResponse({ packId: 'quick-check', packVersion: '1.0.0' })),
				file('olga-easy.json', easyResponse({ participantId: 'p2', participantName: 'Олга' }))
			],
			withUser,
			packs
		);
		expect(plan.rejected.map((r) => [r.file, r.problem.code])).toEqual([
			['piet-team.json', 'otherPackVersion'],
			['olga-easy.json', 'otherPackVersion']
		]);
	});

	it('keeps the group in the file the phone sends; files without one still import', () => {
		const made = makeResponse(withUser, 'p3', 9);
		expect(made.group).toBe('users');
		expect(readResponse(JSON.stringify(response())).ok).toBe(true);
		expect(response()).not.toHaveProperty('group');
	});
});

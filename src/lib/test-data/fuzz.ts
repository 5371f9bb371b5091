/**
 * A fuzz of the files the app reads from strangers: response files and backups, each a valid
 * file with one part replaced by anything JSON can hold, cut short or padded with junk. Every
 * case must be refused with a reason or read whole; a read response must still carry the key of
 * its participant's invitation, and a read backup must restore. Unit tests run a few hundred
 * cases (exchange-fuzz.spec.ts); `npm run bench` runs at least 1,000.
 */
import fc from 'fast-check';
import {
	checkOpenable,
	checkRestorable,
	makeBackup,
	previewRestore,
	readBackup
} from '../domain/backup';
import { makeResponse, planImport } from '../domain/exchange';
import { makeSnapshot } from './snapshot';

const KEY = 'AAECAwQFBgcICQoLDA0ODw';
const snapshot = (() => {
	const base = makeSnapshot({
		id: 'a1',
		participants: ['p1', 'p2'],
		answers: { p1: { q1: 2, q2: [4, 'why'] }, p2: { q1: 'dontKnow' } },
		consensus: { q1: 3 },
		targets: { d1: 4 }
	});
	return { ...base, participants: base.participants.map((p) => ({ ...p, secret: KEY })) };
})();
const QUESTIONS = new Set(['q1', 'q2', 'q3']);
const PACKS = (packId: string) =>
	packId === snapshot.assessment.packId
		? { version: snapshot.assessment.packVersion, questionIds: QUESTIONS }
		: undefined;
const PROBLEMS = new Set(['tooLarge', 'notJson', 'wrongKind', 'newerVersion', 'invalid']);

/** Every path to a value inside a JSON document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (typeof value !== 'object' || value === null) return [prefix];
	const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
	return [prefix, ...keys.flatMap((k) => paths((value as never)[k], [...prefix, k]))];
}

function replaced(document: unknown, path: (string | number)[], value: unknown): unknown {
	if (path.length === 0) return value;
	const copy = structuredClone(document) as Record<string | number, unknown>;
	let at = copy;
	for (const key of path.slice(0, -1)) at = at[key] as typeof at;
	if (value === undefined) delete at[path.at(-1)!];
	else at[path.at(-1)!] = value;
	return copy;
}

/** A valid file, changed: one value replaced or removed, or the text cut or padded. */
function mutations(valid: unknown): fc.Arbitrary<string> {
	const all = paths(valid);
	const text = JSON.stringify(valid);
	return fc.oneof(
		fc
			.tuple(fc.constantFrom(...all), fc.option(fc.jsonValue(), { nil: undefined }))
			.map(([path, value]) => JSON.stringify(replaced(valid, path, value)) ?? ''),
		fc
			.tuple(fc.nat(text.length), fc.string({ maxLength: 8 }))
			.map(([cut, junk]) => text.slice(0, cut) + junk)
	);
}

export function fuzzExchangeFiles(numRuns: number): void {
	const response = makeResponse(snapshot, 'p2', 100);
	fc.assert(
		fc.property(mutations(response), (text) => {
			const plan = planImport([{ name: 'x.json', text }], snapshot, PACKS);
			for (const { problem } of plan.rejected) if (!problem.code) throw new Error('no reason');
			for (const { response: read } of [...plan.accepted, ...plan.emptying]) {
				if (read.secret !== KEY) throw new Error('accepted without the invitation key');
			}
			if (
				plan.accepted.length + plan.rejected.length + plan.older.length + plan.emptying.length !==
				1
			) {
				throw new Error('a file neither used nor refused');
			}
		}),
		{ numRuns }
	);
	const backup = makeBackup([snapshot, makeSnapshot({ id: 'a2', participants: ['p3'] })], 1);
	fc.assert(
		fc.property(mutations(backup), (text) => {
			const read = readBackup(text);
			if (!read.ok) {
				if (!PROBLEMS.has(read.problem.code)) throw new Error(`no reason: ${read.problem.code}`);
				return;
			}
			// What reads well may still be refused before anything is written, but with a reason.
			const problem = checkOpenable(read.value, (id) => id === snapshot.assessment.packId);
			if (problem) {
				if (problem.code !== 'noParticipant' && problem.code !== 'unknownPack') {
					throw new Error(`no reason: ${problem.code}`);
				}
				return;
			}
			if (checkRestorable(read.value, () => true)) throw new Error('read, but would not restore');
			const preview = previewRestore(read.value, new Set());
			const answers = read.value.assessments.reduce((n, s) => n + s.answers.length, 0);
			if (preview.answers !== answers) throw new Error('preview counts differ');
		}),
		{ numRuns }
	);
}

/**
 * Moving between versions of a pack. A new major version carries its mapping in the manifest's
 * `retired`: each question an earlier version asked and this one does not, with `replacedBy`
 * when it only got a new id (the same question) and without when it was removed. An assessment
 * answered with an earlier version moves to the new one without losing anything: answers of
 * renamed questions move to the new id, answers of removed questions stay as they were (shown
 * read-only, see RetiredAnswers).
 */
import type { AssessmentSnapshot } from './assessment.schema';
import type { PackIssue } from './pack-validate';
import type { PackManifest } from './pack.schema';

/** Compares two `major.minor.patch` versions: negative when a is older. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
	return 0;
}

export const majorOf = (version: string) => Number(version.split('.')[0]);

const questionIds = (manifest: PackManifest) =>
	new Set(manifest.dimensions.flatMap((d) => d.questions.map((q) => q.id)));

/**
 * What is wrong with `next` as the successor of an imported `previous` version: it may not be
 * older, and every question `previous` asked must still be asked or be listed in `retired`
 * (in a new major version only), so that no stored answer loses its question.
 */
export function upgradeIssues(previous: PackManifest, next: PackManifest): PackIssue[] {
	const issues: PackIssue[] = [];
	if (compareVersions(next.version, previous.version) < 0) {
		issues.push({
			file: 'pack.json',
			path: 'version',
			message: `is older than the imported version ${previous.version}`
		});
		return issues;
	}
	const asked = questionIds(next);
	const gone = [...questionIds(previous)].filter((id) => !asked.has(id));
	for (const id of gone) {
		if (!next.retired?.[id])
			issues.push({
				file: 'pack.json',
				path: 'retired',
				message: `question "${id}" of version ${previous.version} is missing: list it under retired (with replacedBy when it was renamed)`
			});
	}
	if (gone.length > 0 && majorOf(next.version) === majorOf(previous.version)) {
		issues.push({
			file: 'pack.json',
			path: 'version',
			message: `questions were retired: raise the major version above ${majorOf(previous.version)}`
		});
	}
	return issues;
}

export interface VersionChange {
	from: string;
	to: string;
	/** Questions with a new id: their answers move. `kept` counts answers left under the old id
	 * because the same person had already answered the new question. */
	renamed: { from: string; to: string; answers: number; kept: number }[];
	/** Questions no longer asked: their answers are kept, read-only. */
	removed: { id: string; answers: number }[];
}

/** Retired questions that came after `version`: the ones an assessment on it has not seen yet. */
function retiredSince(manifest: PackManifest, version: string) {
	return Object.entries(manifest.retired ?? {}).filter(
		([, r]) => compareVersions(r.since, version) > 0
	);
}

/** Whether an assessment can move to `manifest`'s version: only to a newer major version. */
export function canMoveTo(snapshot: AssessmentSnapshot, manifest: PackManifest): boolean {
	return (
		snapshot.assessment.packId === manifest.id &&
		majorOf(manifest.version) > majorOf(snapshot.assessment.packVersion)
	);
}

/**
 * The assessment on `manifest`'s version, and what changed. Answers and agreed levels of a
 * renamed question move to its new id, unless the new question already has one from the same
 * person (or an agreed level): then the old one stays where it was, read-only like removed ones.
 * Nothing is deleted.
 */
export function moveToVersion(
	snapshot: AssessmentSnapshot,
	manifest: PackManifest,
	now: number
): { snapshot: AssessmentSnapshot; change: VersionChange } {
	const retired = retiredSince(manifest, snapshot.assessment.packVersion);
	const renamedTo = new Map(
		retired.flatMap(([id, r]) => (r.replacedBy ? [[id, r.replacedBy]] : []))
	);
	const given = new Set(snapshot.answers.map((a) => `${a.participantId}|${a.questionId}`));
	const agreed = new Set(snapshot.consensus.map((c) => c.questionId));
	const change: VersionChange = {
		from: snapshot.assessment.packVersion,
		to: manifest.version,
		renamed: [],
		removed: []
	};
	for (const [id, r] of retired) {
		const answers = snapshot.answers.filter((a) => a.questionId === id).length;
		if (r.replacedBy) change.renamed.push({ from: id, to: r.replacedBy, answers, kept: 0 });
		else change.removed.push({ id, answers });
	}
	const answers = snapshot.answers.map((answer) => {
		const to = renamedTo.get(answer.questionId);
		if (!to) return answer;
		const key = `${answer.participantId}|${to}`;
		if (given.has(key)) {
			change.renamed.find((r) => r.from === answer.questionId)!.kept++;
			return answer;
		}
		// Two old questions may map onto one new one: the first answer moves, the other stays.
		given.add(key);
		return { ...answer, questionId: to };
	});
	const consensus = snapshot.consensus.map((c) => {
		const to = renamedTo.get(c.questionId);
		if (!to || agreed.has(to)) return c;
		agreed.add(to);
		return { ...c, questionId: to };
	});
	return {
		snapshot: {
			...snapshot,
			assessment: { ...snapshot.assessment, packVersion: manifest.version, updatedAt: now },
			answers,
			consensus
		},
		change
	};
}

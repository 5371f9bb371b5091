import type { BackupProblem } from '$lib/domain/backup';
import type { ExchangeProblem } from '$lib/domain/exchange';
import { m } from '$lib/paraglide/messages';
import type { BackupSaved } from './backup';

/** A refused file or link, explained in the reader's language, with the field path if any. */
export function problemText(problem: ExchangeProblem | BackupProblem): string {
	switch (problem.code) {
		case 'tooLarge':
			return m.problem_tooLarge();
		case 'notJson':
			return m.problem_notJson();
		case 'damagedLink':
			return m.problem_damagedLink();
		case 'wrongKind':
			return m.problem_wrongKind();
		case 'newerVersion':
			return m.problem_newerVersion({ version: problem.version });
		case 'invalid':
			return m.problem_invalid({
				details: problem.issues
					.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
					.join('; ')
			});
		case 'otherAssessment':
			return m.problem_otherAssessment();
		case 'otherPackVersion':
			return m.problem_otherPackVersion({ expected: problem.expected, found: problem.found });
		case 'unknownParticipant':
			return m.problem_unknownParticipant({ name: problem.name });
		case 'noSecret':
			return m.problem_noSecret({ name: problem.name });
		case 'wrongSecret':
			return m.problem_wrongSecret({ name: problem.name });
		case 'notInWorkshop':
			return m.problem_notInWorkshop();
		case 'participantElsewhere':
			return m.problem_participantElsewhere();
		case 'damagedAssessment':
			return m.problem_damagedAssessment();
		case 'unknownQuestions':
			return m.problem_unknownQuestions({ ids: problem.ids.join(', ') });
		case 'noParticipant':
			return m.problem_noParticipant({ path: problem.path });
		case 'unknownPack':
			return m.problem_unknownPack({ path: problem.path, packId: problem.packId });
	}
}

/** What the screen says after "back up": saved (and what was left out and why), or why not. */
export function backupSavedText(result: BackupSaved): string {
	if (!result.ok) return m.backup_not_saved({ problem: problemText(result.problem) });
	const saved = m.export_saved({ file: result.file });
	if (result.leftOut.length === 0) return saved;
	const details = result.leftOut
		.slice(0, 5)
		.map((l) => {
			const where = l.issues.map((i) => `${i.path}: ${i.message}`).join(', ');
			return `${l.name ?? l.assessmentId}, ${l.table} ${where}`;
		})
		.join('; ');
	return `${saved}. ${m.backup_left_out({ count: result.leftOut.length, details })}`;
}

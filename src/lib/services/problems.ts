import type { ExchangeProblem } from '$lib/domain/exchange';
import { m } from '$lib/paraglide/messages';

/** A refused file or link, explained in the reader's language, with the field path if any. */
export function problemText(problem: ExchangeProblem): string {
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
		case 'unknownQuestions':
			return m.problem_unknownQuestions({ ids: problem.ids.join(', ') });
	}
}

import type { AssessmentModel, QuestionModel } from '$lib/domain/model';
import type { RoleGroup } from '$lib/domain/vocabulary';
import { m } from '$lib/paraglide/messages';
import { formatScore } from './labels';

export const groupLabel: Record<RoleGroup, () => string> = {
	leadership: m.group_leadership,
	staff: m.group_staff,
	board: m.group_board,
	volunteers: m.group_volunteers,
	users: m.group_users,
	other: m.group_other
};

/** "Service users 1.5 · Staff 3.5" for the groups whose view may be shown. */
export function groupValuesText(
	model: AssessmentModel,
	question: Pick<QuestionModel, 'groups'>,
	locale: string
): string {
	return question.groups
		.filter((g) => g.value !== null && model.visibleGroups.has(g.group))
		.map((g) => `${groupLabel[g.group]()} ${formatScore(g.value!, locale)}`)
		.join(' · ');
}

/** Who answered, by group: "2 service users, 3 staff" — or that no service user took part. */
export function whoTookPart(model: AssessmentModel): string {
	const users = model.groupSizes.get('users') ?? 0;
	return users === 0 ? m.results_no_users() : m.results_users_took_part({ count: users });
}

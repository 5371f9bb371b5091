/**
 * The views of role groups side by side: each group's median per question and score per topic,
 * and where the people served (service users and those who speak for them) see the
 * organisation differently from its own people. The team value is never changed by this: it
 * stays the agreed level or everyone's median.
 */
import { median } from './aggregate';
import type { Participant } from './assessment.schema';
import { ROLE_GROUPS, type RoleGroup } from './vocabulary';

/**
 * Users rate a topic "clearly lower" when their score is at least one whole level below the
 * organisation's: a level on this scale is a different practice ("consulting" rather than
 * "involving"), not a rounding difference.
 */
export const CLEARLY_LOWER = 1;

/** Shares of a topic's questions a group must have answered for a topic score (as for the team). */
const GROUP_COVERAGE = 0.5;

export interface GroupValue {
	group: RoleGroup;
	/** People in the group (whether or not they answered this question). */
	size: number;
	/** Median of the levels the group gave; null when none of them gave one. */
	value: number | null;
}

/** Users versus the organisation's own people: medians of each side's levels. */
export interface SideBySide {
	users: number | null;
	organisation: number | null;
}

export function groupOf(participant: Pick<Participant, 'group'>): RoleGroup {
	return participant.group ?? 'other';
}

export function groupSizes(participants: readonly Participant[]): Map<RoleGroup, number> {
	const sizes = new Map<RoleGroup, number>();
	for (const p of participants) sizes.set(groupOf(p), (sizes.get(groupOf(p)) ?? 0) + 1);
	return sizes;
}

const middle = (levels: number[]) => (levels.length === 0 ? null : median(levels));

/** One question's levels by group, and users beside the organisation. */
export function questionGroups(
	levels: { group: RoleGroup; value: number }[],
	sizes: ReadonlyMap<RoleGroup, number>
): { groups: GroupValue[]; sides: SideBySide } {
	const groups = ROLE_GROUPS.filter((g) => sizes.has(g)).map((group): GroupValue => ({
		group,
		size: sizes.get(group)!,
		value: middle(levels.filter((l) => l.group === group).map((l) => l.value))
	}));
	return {
		groups,
		sides: {
			users: middle(levels.filter((l) => l.group === 'users').map((l) => l.value)),
			organisation: middle(levels.filter((l) => l.group !== 'users').map((l) => l.value))
		}
	};
}

/**
 * A topic's score for one side or group: the weighted mean of its question values, when they
 * cover at least half of the topic's applicable questions (the rule the team score follows).
 */
export function topicValue(
	values: { value: number | null; weight: number }[],
	applicable: number
): number | null {
	const given = values.filter((v): v is { value: number; weight: number } => v.value !== null);
	if (applicable === 0 || given.length === 0 || given.length / applicable < GROUP_COVERAGE)
		return null;
	const weights = given.reduce((sum, v) => sum + v.weight, 0);
	return given.reduce((sum, v) => sum + v.value * v.weight, 0) / weights;
}

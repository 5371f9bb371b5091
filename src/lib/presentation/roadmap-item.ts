import type { ItemReason, LevelValue, Phase } from '$lib/domain/assessment.schema';
import type { RoadmapEntry } from '$lib/domain/model';
import type { Pack } from '$lib/domain/pack';
import type { Effort } from '$lib/domain/vocabulary';
import { m } from '$lib/paraglide/messages';
import {
	formatDate,
	formatList,
	formatScore,
	importanceLabel,
	levelName,
	ownerLabel,
	phaseLabel,
	phaseTime
} from './labels';

/** What a roadmap item shows, in the reader's language, on the page and in the PDF. */
export interface ItemView {
	title: string;
	what: string;
	firstStep: string;
	/** "First step this month" in Now, "First step" later. */
	firstStepLabel: string;
	owner: string;
	due: string;
	effort?: Effort;
	dimension?: string;
	reason: string;
	/** Moved up because service users rate its topic clearly lower than the organisation. */
	fromUsers: boolean;
	handbook: { slug: string; title: string }[];
}

/** Why an item is on the roadmap and in its phase, from the figures stored when it was made. */
export function reasonText(reason: ItemReason, phase: Phase, pack: Pack, locale: string): string {
	const topic = pack.dimensions.find((d) => d.id === reason.dimensionId)?.title ?? '';
	const questionText = (id: string) =>
		pack.dimensions.flatMap((d) => d.questions).find((q) => q.id === id)?.text ?? id;
	const [question] = reason.questions;
	const value = (v: number | 'dontKnow') =>
		v === 'dontKnow'
			? m.answer_dont_know()
			: Number.isInteger(v)
				? m.roadmap_level_named({ level: v, name: levelName(v as LevelValue) })
				: m.roadmap_level_between({ level: formatScore(v, locale) });
	const parts: string[] = [];
	if (reason.rule === 'findOut') {
		parts.push(
			m.roadmap_why_find_out({
				count: reason.questions.length,
				topic,
				list: formatList(
					reason.questions.map((q) => `“${questionText(q.id)}”`),
					locale
				)
			})
		);
	} else if (reason.rule === 'prerequisite') {
		const needs = pack.actions?.find((a) => a.id === reason.neededBy);
		parts.push(m.roadmap_why_prerequisite({ title: needs?.title ?? reason.neededBy ?? '' }));
	} else if (reason.rule === 'foundation' && question) {
		parts.push(
			m.roadmap_why_foundation({
				question: questionText(question.id),
				value: value(question.value)
			})
		);
	} else if (question && reason.step) {
		const step = { from: reason.step[0], to: reason.step[1] };
		const facts = {
			topic,
			score: reason.score === null ? '–' : formatScore(reason.score, locale),
			target: reason.target ?? '–',
			importance: importanceLabel[reason.importance]().toLocaleLowerCase(locale),
			question: questionText(question.id),
			value: value(question.value),
			...step
		};
		parts.push(
			reason.rank
				? m.roadmap_why_priority({ ...facts, rank: reason.rank })
				: m.roadmap_why_below_target({ ...facts, questionTarget: question.target ?? '–' })
		);
	}
	if (reason.usersView) {
		parts.push(
			m.roadmap_why_users({
				topic,
				users: formatScore(reason.usersView.users, locale),
				organisation: formatScore(reason.usersView.organisation, locale)
			})
		);
	}
	const where = { phase: phaseLabel[phase](), time: phaseTime[phase]() };
	const placement: Record<ItemReason['placement'], string> = {
		foundation: '',
		findOut: '',
		topPriority: m.roadmap_placed_top_priority(),
		quickWin: m.roadmap_placed_quick_win(),
		horizon: m.roadmap_placed_horizon(where),
		afterPrerequisite: m.roadmap_placed_after_prerequisite(where),
		afterPreviousStep: m.roadmap_placed_after_step(where),
		capacity: m.roadmap_placed_capacity(where),
		alternative: m.roadmap_placed_alternative()
	};
	if (placement[reason.placement]) parts.push(placement[reason.placement]);
	return parts.join(' ');
}

export function itemView(entry: RoadmapEntry, pack: Pack, locale: string): ItemView {
	const { item } = entry;
	const dimension = pack.dimensions.find((d) => d.id === entry.dimensionId);
	const findOut = item.kind === 'findOut';
	const unknown = (item.reason?.questions ?? []).map(
		(q) => pack.dimensions.flatMap((d) => d.questions).find((x) => x.id === q.id)?.text ?? q.id
	);
	return {
		title:
			item.title ??
			(findOut ? m.roadmap_find_out_title({ topic: dimension?.title ?? '' }) : entry.title),
		what:
			item.what ??
			(findOut ? m.roadmap_find_out_what({ list: formatList(unknown, locale) }) : entry.what),
		firstStep: item.firstStep ?? (findOut ? m.roadmap_find_out_first_step() : entry.firstStep),
		firstStepLabel: item.phase === 'now' ? m.roadmap_first_step() : m.roadmap_first_step_later(),
		owner: entry.owner ?? (entry.ownerRole ? ownerLabel[entry.ownerRole]() : ''),
		due: item.due ? formatDate(item.due, locale) : '',
		effort: entry.action?.effort,
		dimension: dimension ? dimension.title : undefined,
		reason: item.reason
			? reasonText(item.reason, item.phase, pack, locale)
			: item.actionId
				? m.roadmap_reason_unknown()
				: m.roadmap_own_item(),
		fromUsers: !!item.reason?.usersView,
		handbook: entry.handbook
	};
}

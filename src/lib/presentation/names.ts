import type { Assessment } from '$lib/domain/assessment.schema';
import { m } from '$lib/paraglide/messages';

/** The round's own label, or the organisation's name. */
export function displayName(assessment: Assessment): string {
	if (assessment.label) return assessment.label;
	if (assessment.mode === 'response') {
		return m.home_response_for({ organisation: assessment.organisation.name });
	}
	return assessment.organisation.name;
}

/** A participant's name, or "Participant 3" while names are hidden on the projector. */
export function participantLabel(index: number, name: string, hideNames: boolean): string {
	return hideNames ? m.workshop_participant_label({ number: index + 1 }) : name;
}

/**
 * The assessment's name and its questionnaire's title, each once: a participant's copy opened
 * from a short invitation is named after its questionnaire already ("Your answers: …").
 */
export function nameAndPack(name: string, packTitle: string): string[] {
	return name.includes(packTitle) ? [name] : [name, packTitle];
}

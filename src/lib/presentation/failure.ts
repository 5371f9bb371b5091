import { m } from '$lib/paraglide/messages';

/**
 * What the screen says after a write that failed, with what to do about it. Apart from the
 * open assessment, so that pages without one (home, new) do not load the model for it.
 */
export function failureMessage(cause: unknown): string {
	const name = cause instanceof Error || cause instanceof DOMException ? cause.name : '';
	if (name === 'MissingParticipantError') return m.save_failed_participant_gone();
	if (name === 'RecordGoneError') return m.save_failed_gone();
	return /Quota/i.test(name) ? m.save_failed_full() : m.save_failed();
}

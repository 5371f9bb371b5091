import { m } from '$lib/paraglide/messages';

/**
 * What the screen says after a write that failed, with what to do about it. Apart from the
 * open assessment, so that pages without one (home, new) do not load the model for it.
 */
export function failureMessage(cause: unknown): string {
	const name = errorName(cause);
	if (name === 'MissingParticipantError') return m.save_failed_participant_gone();
	if (isGone(cause)) return m.save_failed_gone();
	return /Quota/i.test(name) ? m.save_failed_full() : m.save_failed();
}

/**
 * Whether a write failed because another tab removed its record (storage's RecordGoneError).
 * Told by name: importing the class would bring the store into pages that only show messages.
 */
export function isGone(cause: unknown): boolean {
	return errorName(cause) === 'RecordGoneError';
}

const errorName = (cause: unknown) =>
	cause instanceof Error || cause instanceof DOMException ? cause.name : '';

/**
 * Notes are written to IndexedDB after a pause in typing; a tab closed within that pause (or
 * before IndexedDB finishes) would lose the last words. Each note is therefore also kept here,
 * synchronously, until its write is confirmed, and replayed when the assessment opens again.
 */
const PREFIX = 'empowerment-note:';

export interface PendingNote {
	assessmentId: string;
	participantId: string;
	questionId: string;
	note: string;
	/** When it was typed (ms). */
	at: number;
}

const key = (n: Pick<PendingNote, 'assessmentId' | 'participantId' | 'questionId'>) =>
	`${PREFIX}${n.assessmentId}|${n.participantId}|${n.questionId}`;

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		// Storage blocked: notes are then only as safe as the pause before they are written.
		return undefined;
	}
}

export const noteJournal = {
	write(note: PendingNote): void {
		try {
			storage()?.setItem(key(note), JSON.stringify(note));
		} catch {
			// Full or blocked: the IndexedDB write still follows.
		}
	},

	clear(note: Pick<PendingNote, 'assessmentId' | 'participantId' | 'questionId'>): void {
		storage()?.removeItem(key(note));
	},

	/** Notes typed for an assessment whose write was never confirmed. */
	pending(assessmentId: string): PendingNote[] {
		const store = storage();
		if (!store) return [];
		const notes: PendingNote[] = [];
		for (let i = 0; i < store.length; i++) {
			const name = store.key(i);
			if (!name?.startsWith(`${PREFIX}${assessmentId}|`)) continue;
			try {
				const note = JSON.parse(store.getItem(name) ?? '') as PendingNote;
				if (typeof note.note === 'string' && typeof note.at === 'number') notes.push(note);
			} catch {
				store.removeItem(name);
			}
		}
		return notes;
	}
};

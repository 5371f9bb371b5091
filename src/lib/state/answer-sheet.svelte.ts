import type { Answer, AnswerValue } from '$lib/domain/assessment.schema';
import type { AssessmentStore } from '$lib/storage';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface Entry {
	value: AnswerValue | null;
	note: string;
	state: SaveState;
}

const NOTE_DELAY_MS = 600;

/**
 * One participant's answers while they fill in the questionnaire. Every change is written to
 * storage at once (notes after a short pause in typing), and each question shows its save state.
 */
export class AnswerSheet {
	#entries = $state<Record<string, Entry>>({});
	// Timers are bookkeeping, not UI state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#noteTimers = new Map<string, ReturnType<typeof setTimeout>>();
	#store: AssessmentStore;
	readonly assessmentId: string;
	readonly participantId: string;

	constructor(
		store: AssessmentStore,
		assessmentId: string,
		participantId: string,
		answers: Answer[]
	) {
		this.#store = store;
		this.assessmentId = assessmentId;
		this.participantId = participantId;
		for (const a of answers) {
			if (a.participantId === participantId) {
				this.#entries[a.questionId] = { value: a.value, note: a.note, state: 'idle' };
			}
		}
	}

	#entry(questionId: string): Entry {
		return (this.#entries[questionId] ??= { value: null, note: '', state: 'idle' });
	}

	value = (questionId: string): AnswerValue | null => this.#entries[questionId]?.value ?? null;
	note = (questionId: string): string => this.#entries[questionId]?.note ?? '';
	state = (questionId: string): SaveState => this.#entries[questionId]?.state ?? 'idle';

	/** Questions with any answer (a level, don't know or not applicable). */
	answeredCount = (questionIds: readonly string[]): number =>
		questionIds.filter((id) => this.value(id) !== null).length;

	setValue = (questionId: string, value: AnswerValue | null): Promise<void> => {
		this.#entry(questionId).value = value;
		return this.#save(questionId);
	};

	setNote = (questionId: string, note: string): void => {
		this.#entry(questionId).note = note;
		clearTimeout(this.#noteTimers.get(questionId));
		this.#noteTimers.set(
			questionId,
			setTimeout(() => void this.#save(questionId), NOTE_DELAY_MS)
		);
	};

	/** Writes pending notes now, e.g. when leaving the page. */
	flush = async (): Promise<void> => {
		const pending = [...this.#noteTimers.keys()];
		pending.forEach((id) => clearTimeout(this.#noteTimers.get(id)));
		await Promise.all(pending.map((id) => this.#save(id)));
	};

	async #save(questionId: string): Promise<void> {
		this.#noteTimers.delete(questionId);
		const entry = this.#entry(questionId);
		entry.state = 'saving';
		try {
			await this.#store.saveAnswer({
				assessmentId: this.assessmentId,
				participantId: this.participantId,
				questionId,
				value: entry.value,
				note: entry.note
			});
			entry.state = 'saved';
		} catch {
			entry.state = 'failed';
		}
	}
}

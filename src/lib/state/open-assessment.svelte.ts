import type {
	Answer,
	Assessment,
	AnswerValue,
	AssessmentSnapshot,
	Importance,
	LevelValue,
	Participant,
	RoadmapItem,
	Target
} from '$lib/domain/assessment.schema';
import { buildModel, type AssessmentModel } from '$lib/domain/model';
import { newId, newSecret } from '$lib/domain/new-id';
import type { Pack } from '$lib/domain/pack';
import type { RoleGroup } from '$lib/domain/vocabulary';
import { failureMessage, isGone } from '$lib/presentation/failure';
import { onStoredChange, type AssessmentStore, type RoadmapItemUpdate } from '$lib/storage';
import { noteJournal } from './note-journal';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const NOTE_DELAY_MS = 600;

export interface EarlierRound {
	snapshot: AssessmentSnapshot;
	pack: Pack;
}

/**
 * An assessment open in the browser: owns its snapshot, writes every change through the
 * storage contract and patches itself, so that every page shows the same model without
 * reading storage again. A failed write is shown (status.error), never swallowed.
 */
export class OpenAssessment {
	snapshot: AssessmentSnapshot;
	/** Without actions and handbook until a page that shows them asks (services/open-assessment). */
	pack: Pack;
	readonly earlier: EarlierRound[];
	/** Questionnaires for service users that participants may answer instead of the team's. */
	readonly companions: readonly Pack[];
	readonly model: AssessmentModel;
	/** The last write: saving, saved or failed (with a message for the user). */
	status = $state<{ state: SaveState; error?: string }>({ state: 'idle' });
	#questionStates = $state<Record<string, SaveState>>({});
	// Timers are bookkeeping, not UI state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#noteTimers = new Map<string, ReturnType<typeof setTimeout>>();
	#store: AssessmentStore;
	/** Counts this tab's own changes, so that a re-read that overlapped one is read again. */
	#edits = 0;

	constructor(
		store: AssessmentStore,
		snapshot: AssessmentSnapshot,
		pack: Pack,
		earlier: EarlierRound[] = [],
		companions: readonly Pack[] = []
	) {
		this.#store = store;
		this.snapshot = $state.raw(snapshot);
		this.pack = $state.raw(pack);
		this.earlier = earlier;
		this.companions = companions;
		this.model = $derived(
			buildModel({
				snapshot: this.snapshot,
				pack: this.pack,
				earlier: this.earlier,
				companions: this.companions
			})
		);
	}

	get id(): string {
		return this.snapshot.assessment.id;
	}

	#patch(change: Partial<AssessmentSnapshot>) {
		this.#edits++;
		this.snapshot = {
			...this.snapshot,
			...change,
			assessment: { ...(change.assessment ?? this.snapshot.assessment), updatedAt: Date.now() }
		};
	}

	/** Runs a write; on failure keeps what is on screen and says so. Returns whether it worked. */
	async #write(write: () => Promise<unknown>): Promise<boolean> {
		this.status = { state: 'saving' };
		try {
			await write();
			this.status = { state: 'saved' };
			return true;
		} catch (cause) {
			this.status = { state: 'failed', error: failureMessage(cause) };
			// What another tab removed is shown as removed, not kept on screen as if it were there.
			if (isGone(cause)) void this.refresh();
			return false;
		}
	}

	/**
	 * Re-reads the assessment from storage (after another tab or part of the app wrote to it).
	 * Notes typed here and not yet written stay as typed.
	 */
	refresh = async (): Promise<void> => {
		let fresh: AssessmentSnapshot | undefined;
		let edits: number;
		do {
			edits = this.#edits;
			fresh = await this.#store.getAssessment(this.id);
		} while (edits !== this.#edits);
		if (!fresh) return;
		// The fresh answers, each with the note as typed here where one is still being typed
		// (its level may come from another tab), and answers that exist only here so far.
		const typing = this.#pendingNotes().flatMap(([p, q]) => this.answer(p, q) ?? []);
		const same = (a: Answer, b: Answer) =>
			a.participantId === b.participantId && a.questionId === b.questionId;
		const answers = fresh.answers.map((a) => {
			const typed = typing.find((t) => same(t, a));
			return typed ? { ...a, note: typed.note } : a;
		});
		const onlyHere = typing.filter((t) => !answers.some((a) => same(a, t)));
		this.snapshot = { ...fresh, answers: [...answers, ...onlyHere] };
	};

	/** Follows what other tabs write to this assessment; returns how to stop. */
	follow = (): (() => void) =>
		onStoredChange((assessmentId) => {
			if (!assessmentId || assessmentId === this.id) void this.refresh();
		});

	// Answers ------------------------------------------------------------------------------

	answer = (participantId: string, questionId: string): Answer | undefined =>
		this.snapshot.answers.find(
			(a) => a.participantId === participantId && a.questionId === questionId
		);

	answerState = (participantId: string, questionId: string): SaveState =>
		this.#questionStates[`${participantId}|${questionId}`] ?? 'idle';

	#setAnswer(participantId: string, questionId: string, change: Partial<Answer>): Answer {
		const before = this.answer(participantId, questionId);
		const next: Answer = {
			assessmentId: this.id,
			participantId,
			questionId,
			value: null,
			note: '',
			...before,
			...change,
			updatedAt: Date.now()
		};
		this.#patch({
			answers: [
				...this.snapshot.answers.filter(
					(a) => !(a.participantId === participantId && a.questionId === questionId)
				),
				next
			]
		});
		return next;
	}

	/**
	 * Writes the level (if `withValue`) and a note still waiting to be written; nothing else, so
	 * that a level chosen here never erases a note written in another tab, nor the reverse.
	 */
	async #saveAnswer(participantId: string, questionId: string, withValue: boolean) {
		const key = `${participantId}|${questionId}`;
		const withNote = this.#noteTimers.has(key);
		clearTimeout(this.#noteTimers.get(key));
		this.#noteTimers.delete(key);
		const answer = this.answer(participantId, questionId);
		if (!answer || !(withValue || withNote)) return true;
		this.#questionStates[key] = 'saving';
		const { assessmentId, value, note } = answer;
		const start = performance.now();
		const ok = await this.#write(() =>
			this.#store.saveAnswer({
				assessmentId,
				participantId,
				questionId,
				...(withValue && { value }),
				...(withNote && { note })
			})
		);
		// A user timing costs nothing and lets `npm run bench` read how long a save takes.
		if (ok) performance.measure('answer-save', { start });
		this.#questionStates[key] = ok ? 'saved' : 'failed';
		if (ok && withNote && this.answer(participantId, questionId)?.note === note) {
			noteJournal.clear({ assessmentId, participantId, questionId });
		}
		return ok;
	}

	/** Shows the choice at once and writes it; a failure keeps it on screen, marked unsaved. */
	setValue = (
		participantId: string,
		questionId: string,
		value: AnswerValue | null
	): Promise<boolean> => {
		this.#setAnswer(participantId, questionId, { value });
		return this.#saveAnswer(participantId, questionId, true);
	};

	/** Notes are written after a short pause in typing, or at once by flushNotes(). */
	setNote = (participantId: string, questionId: string, note: string): void => {
		const key = `${participantId}|${questionId}`;
		this.#setAnswer(participantId, questionId, { note });
		noteJournal.write({ assessmentId: this.id, participantId, questionId, note, at: Date.now() });
		clearTimeout(this.#noteTimers.get(key));
		this.#noteTimers.set(
			key,
			setTimeout(() => void this.#saveAnswer(participantId, questionId, false), NOTE_DELAY_MS)
		);
	};

	/**
	 * Notes typed before the tab closed whose write never finished (see note-journal.ts): put
	 * back, unless the stored answer changed after them.
	 */
	restoreNotes = async (): Promise<void> => {
		for (const pending of noteJournal.pending(this.id)) {
			const stored = this.answer(pending.participantId, pending.questionId);
			const known = this.snapshot.participants.some((p) => p.id === pending.participantId);
			if (!known || (stored && stored.updatedAt > pending.at)) noteJournal.clear(pending);
			else if (stored?.note === pending.note) noteJournal.clear(pending);
			else this.setNote(pending.participantId, pending.questionId, pending.note);
		}
		await this.flushNotes();
	};

	flushNotes = async (): Promise<void> => {
		await Promise.all(this.#pendingNotes().map(([p, q]) => this.#saveAnswer(p, q, false)));
	};

	/** Participant and question of every note typed here and not yet written. */
	#pendingNotes(): [participantId: string, questionId: string][] {
		return [...this.#noteTimers.keys()].map((key) => key.split('|') as [string, string]);
	}

	/** Replaces every answer of some participants (an imported response file). */
	replaceAnswers = async (participantIds: string[], answers: Answer[]): Promise<boolean> => {
		const ok = await this.#write(() =>
			this.#store.replaceAnswers(this.id, participantIds, answers)
		);
		if (ok) {
			this.#patch({
				answers: [
					...this.snapshot.answers.filter((a) => !participantIds.includes(a.participantId)),
					...answers
				]
			});
		}
		return ok;
	};

	// Targets ------------------------------------------------------------------------------

	setTarget = async (
		dimensionId: string,
		change: Partial<{ target: LevelValue; importance: Importance }>
	): Promise<boolean> => {
		const dimension = this.model.dimensionById.get(dimensionId);
		const target = change.target ?? dimension?.target;
		if (!target) return false;
		const input: Omit<Target, 'updatedAt'> = {
			assessmentId: this.id,
			dimensionId,
			target,
			importance: change.importance ?? dimension?.importance ?? 'medium'
		};
		let saved: Target | undefined;
		const ok = await this.#write(async () => (saved = await this.#store.saveTarget(input)));
		if (ok && saved) {
			this.#patch({
				targets: [...this.snapshot.targets.filter((t) => t.dimensionId !== dimensionId), saved]
			});
		}
		return ok;
	};

	// Workshop -----------------------------------------------------------------------------

	agree = async (questionId: string, value: AnswerValue, reason: string): Promise<boolean> => {
		let saved: Awaited<ReturnType<AssessmentStore['saveConsensus']>> | undefined;
		const ok = await this.#write(
			async () =>
				(saved = await this.#store.saveConsensus({
					assessmentId: this.id,
					questionId,
					value,
					reason
				}))
		);
		if (ok && saved) {
			this.#patch({
				consensus: [...this.snapshot.consensus.filter((c) => c.questionId !== questionId), saved]
			});
		}
		return ok;
	};

	clearAgreement = async (questionId: string): Promise<boolean> => {
		const ok = await this.#write(() => this.#store.deleteConsensus(this.id, questionId));
		if (ok) {
			this.#patch({
				consensus: this.snapshot.consensus.filter((c) => c.questionId !== questionId)
			});
		}
		return ok;
	};

	addParticipant = async (
		name: string,
		group: RoleGroup,
		packId?: string
	): Promise<Participant | undefined> => {
		const order = Math.max(-1, ...this.snapshot.participants.map((p) => p.order)) + 1;
		const participant: Participant = {
			id: newId(),
			assessmentId: this.id,
			name,
			group,
			...(packId && { packId }),
			order,
			secret: newSecret()
		};
		const ok = await this.#write(() => this.#store.saveParticipants([participant]));
		if (!ok) return undefined;
		this.#patch({ participants: [...this.snapshot.participants, participant] });
		return participant;
	};

	/**
	 * Gives every participant without one an invitation key (see secretSchema): participants
	 * made before keys existed, copied from another round or restored from an older backup.
	 */
	ensureSecrets = async (): Promise<boolean> => {
		const keyless = this.snapshot.participants.filter((p) => !p.secret);
		if (keyless.length === 0) return true;
		const keyed = keyless.map((p) => ({ ...p, secret: newSecret() }));
		const ok = await this.#write(() => this.#store.saveParticipants(keyed));
		if (ok) {
			this.#patch({
				participants: this.snapshot.participants.map((p) => keyed.find((k) => k.id === p.id) ?? p)
			});
		}
		return ok;
	};

	/** Name and group; the questionnaire stays, since answers belong to it. */
	updateParticipant = async (
		participant: Participant,
		changes: Pick<Participant, 'name' | 'group'>
	): Promise<boolean> => {
		const next = { ...participant, ...changes };
		const ok = await this.#write(() => this.#store.saveParticipants([next]));
		if (ok) {
			this.#patch({
				participants: this.snapshot.participants.map((p) => (p.id === next.id ? next : p))
			});
		}
		return ok;
	};

	removeParticipant = async (participant: Participant): Promise<boolean> => {
		const ok = await this.#write(() => this.#store.deleteParticipant(this.id, participant.id));
		if (ok) {
			this.#patch({
				participants: this.snapshot.participants.filter((p) => p.id !== participant.id),
				answers: this.snapshot.answers.filter((a) => a.participantId !== participant.id)
			});
		}
		return ok;
	};

	/** Whether the view of a group of one person (that person's answers) may be shown. */
	setShowSingleViews = async (show: boolean): Promise<boolean> => {
		let saved: Assessment | undefined;
		const ok = await this.#write(async () => {
			saved = await this.#store.updateAssessment(this.id, { showSingleViews: show });
		});
		if (ok && saved) this.#patch({ assessment: saved });
		return ok;
	};

	// Roadmap ------------------------------------------------------------------------------

	/**
	 * Replaces the whole roadmap with one made from the items stored now, and records what it was
	 * made from. Returns the items before and after, or undefined if nothing could be saved.
	 */
	replaceRoadmap = async (
		make: (stored: RoadmapItem[]) => RoadmapItem[],
		basis: string
	): Promise<{ before: RoadmapItem[]; after: RoadmapItem[] } | undefined> => {
		let before: RoadmapItem[] = [];
		let after: RoadmapItem[] = [];
		const ok = await this.#write(async () => {
			after = await this.#store.replaceRoadmap(this.id, (stored) => make((before = stored)), basis);
		});
		if (!ok) return undefined;
		this.#patch({
			roadmapItems: after,
			assessment: { ...this.snapshot.assessment, roadmapBasis: basis }
		});
		return { before, after };
	};

	/** Changes stored items; one that another tab removed meanwhile is not brought back. */
	updateRoadmapItems = async (updates: RoadmapItemUpdate[]): Promise<boolean> => {
		let saved: RoadmapItem[] = [];
		const ok = await this.#write(async () => {
			saved = await this.#store.updateRoadmapItems(this.id, updates);
		});
		if (ok) {
			this.#patch({
				roadmapItems: this.snapshot.roadmapItems.map((i) => saved.find((s) => s.id === i.id) ?? i)
			});
		}
		return ok;
	};

	addRoadmapItem = async (item: RoadmapItem): Promise<boolean> => {
		const ok = await this.#write(() => this.#store.saveRoadmapItems([item]));
		if (ok) this.#patch({ roadmapItems: [...this.snapshot.roadmapItems, item] });
		return ok;
	};

	/** The line the board report puts to the board; empty removes it. */
	setBoardAsk = async (text: string): Promise<boolean> => {
		const boardAsk = text.trim() || undefined;
		const ok = await this.#write(() => this.#store.updateAssessment(this.id, { boardAsk }));
		if (ok)
			this.snapshot = { ...this.snapshot, assessment: { ...this.snapshot.assessment, boardAsk } };
		return ok;
	};

	deleteRoadmapItem = async (id: string): Promise<boolean> => {
		const ok = await this.#write(() => this.#store.deleteRoadmapItem(this.id, id));
		if (ok) this.#patch({ roadmapItems: this.snapshot.roadmapItems.filter((i) => i.id !== id) });
		return ok;
	};
}

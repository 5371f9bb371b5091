import {
	answerSchema,
	assessmentSchema,
	assessmentSnapshotSchema,
	consensusSchema,
	participantSchema,
	roadmapItemSchema,
	targetSchema,
	type Answer,
	type Assessment,
	type Consensus,
	type Participant,
	type RoadmapItem,
	type Target
} from '$lib/domain/assessment.schema';
import { respondedQuestions } from '$lib/domain/model';
import { newId, newSecret } from '$lib/domain/new-id';
import { issuesOf } from '$lib/domain/json-file';
import { z } from '$lib/domain/zod-mini';
import type { Table } from 'dexie';
import { announceChange } from './changes';
import { EmpowermentDb } from './db';
import {
	MissingParticipantError,
	RecordGoneError,
	type AnswerChange,
	StoredDataError,
	type AssessmentChanges,
	type AssessmentData,
	type AssessmentListing,
	type AssessmentStore,
	type LeftOut,
	type NewAssessment,
	type NewParticipant,
	type RoadmapItemUpdate
} from './types';

function parseRecord<T>(table: string, schema: z.core.$ZodType<T>, record: unknown): T {
	const result = z.safeParse(schema, record);
	if (result.success) return result.data;
	throw new StoredDataError(table, issuesOf(result.error));
}

export class DexieAssessmentStore implements AssessmentStore {
	constructor(readonly db: EmpowermentDb) {}

	/** Tables that hold one assessment's records, keyed by assessmentId. */
	get #childTables() {
		const { db } = this;
		return [db.participants, db.answers, db.consensus, db.targets, db.roadmapItems];
	}

	async listAssessments(): Promise<AssessmentListing> {
		const { db } = this;
		return db.transaction('r', db.assessments, db.answers, db.consensus, async () => {
			const records = await db.assessments.orderBy('updatedAt').reverse().toArray();
			const assessments: AssessmentListing['assessments'] = [];
			let unreadable = 0;
			for (const record of records) {
				const parsed = assessmentSchema.safeParse(record);
				if (!parsed.success) {
					unreadable++;
					continue;
				}
				const [answers, consensus] = await Promise.all([
					db.answers.where('assessmentId').equals(parsed.data.id).toArray(),
					db.consensus.where('assessmentId').equals(parsed.data.id).toArray()
				]);
				assessments.push({
					assessment: parsed.data,
					respondedQuestionIds: [...respondedQuestions(answers, consensus)]
				});
			}
			return { assessments, unreadable };
		});
	}

	async getAssessment(id: string): Promise<AssessmentData | undefined> {
		const { db } = this;
		return db.transaction('r', [db.assessments, ...this.#childTables], async () => {
			const record = await db.assessments.get(id);
			if (!record) return undefined;
			const rows = <T, K>(table: Table<T, K>) => table.where('assessmentId').equals(id).toArray();
			const [participants, answers, consensus, targets, roadmapItems] = await Promise.all([
				rows(db.participants),
				rows(db.answers),
				rows(db.consensus),
				rows(db.targets),
				rows(db.roadmapItems)
			]);
			return {
				assessment: parseRecord('assessment', assessmentSchema, record),
				participants: participants
					.map((p) => parseRecord('participant', participantSchema, p))
					.sort((a, b) => a.order - b.order),
				answers: answers.map((a) => parseRecord('answer', answerSchema, a)),
				consensus: consensus.map((c) => parseRecord('consensus', consensusSchema, c)),
				targets: targets.map((t) => parseRecord('target', targetSchema, t)),
				roadmapItems: roadmapItems
					.map((r) => parseRecord('roadmap item', roadmapItemSchema, r))
					.sort((a, b) => a.order - b.order)
			};
		});
	}

	async createAssessment(input: NewAssessment, people: NewParticipant[]): Promise<AssessmentData> {
		const now = Date.now();
		const assessment: Assessment = parseRecord('assessment', assessmentSchema, {
			...input,
			id: newId(),
			createdAt: now,
			updatedAt: now
		});
		const participants: Participant[] = people.map((person, order) =>
			parseRecord('participant', participantSchema, {
				...person,
				id: newId(),
				assessmentId: assessment.id,
				order,
				secret: newSecret()
			})
		);
		const data = {
			assessment,
			participants,
			answers: [],
			consensus: [],
			targets: [],
			roadmapItems: []
		};
		await this.putSnapshot(data);
		return data;
	}

	async updateAssessment(id: string, changes: AssessmentChanges): Promise<Assessment> {
		const updated = await this.db.transaction('rw', this.db.assessments, async () => {
			const current = await this.db.assessments.get(id);
			if (!current) throw new Error(`No assessment ${id}`);
			const next = parseRecord('assessment', assessmentSchema, {
				...current,
				...changes,
				updatedAt: Date.now()
			});
			await this.db.assessments.put(next);
			return next;
		});
		announceChange(id);
		return updated;
	}

	async deleteAssessment(id: string): Promise<void> {
		const { db } = this;
		await db.transaction('rw', [db.assessments, ...this.#childTables], async () => {
			await db.assessments.delete(id);
			await Promise.all(this.#childTables.map((t) => t.where('assessmentId').equals(id).delete()));
		});
		announceChange(id);
	}

	putSnapshot(snapshot: AssessmentData): Promise<void> {
		return this.putSnapshots([snapshot]);
	}

	async putSnapshots(
		snapshots: AssessmentData[],
		onProgress?: (done: number) => void
	): Promise<void> {
		const valid = snapshots.map((s) => parseRecord('snapshot', assessmentSnapshotSchema, s));
		const { db } = this;
		await db.transaction('rw', [db.assessments, ...this.#childTables], async () => {
			for (const [index, snapshot] of valid.entries()) {
				const id = snapshot.assessment.id;
				await Promise.all(
					this.#childTables.map((t) => t.where('assessmentId').equals(id).delete())
				);
				await db.assessments.put(snapshot.assessment);
				await db.participants.bulkPut(snapshot.participants);
				await db.answers.bulkPut(snapshot.answers);
				await db.consensus.bulkPut(snapshot.consensus);
				await db.targets.bulkPut(snapshot.targets);
				await db.roadmapItems.bulkPut(snapshot.roadmapItems);
				onProgress?.(index + 1);
			}
		});
		announceChange(valid.length === 1 ? valid[0]!.assessment.id : undefined);
	}

	assessmentIds(): Promise<string[]> {
		return this.db.assessments.toCollection().primaryKeys();
	}

	async backupSnapshots(): Promise<{ snapshots: AssessmentData[]; leftOut: LeftOut[] }> {
		const { db } = this;
		return db.transaction('r', [db.assessments, ...this.#childTables], async () => {
			const snapshots: AssessmentData[] = [];
			const leftOut: LeftOut[] = [];
			for (const record of await db.assessments.toArray()) {
				const id = String((record as { id?: unknown }).id);
				const assessment = assessmentSchema.safeParse(record);
				if (!assessment.success) {
					leftOut.push({
						assessmentId: id,
						table: 'assessment',
						issues: issuesOf(assessment.error)
					});
					continue;
				}
				const name = assessment.data.label || assessment.data.organisation.name;
				const readable = <T>(table: string, schema: z.core.$ZodType<T>, rows: unknown[]): T[] =>
					rows.flatMap((row, index) => {
						const parsed = z.safeParse(schema, row);
						if (parsed.success) return [parsed.data];
						const issues = issuesOf(parsed.error).map((i) => ({
							...i,
							path: `[${index}]${i.path ? `.${i.path}` : ''}`
						}));
						leftOut.push({ assessmentId: id, name, table, issues });
						return [];
					});
				const rows = <T, K>(table: Table<T, K>) => table.where('assessmentId').equals(id).toArray();
				const participants = readable(
					'participant',
					participantSchema,
					await rows(db.participants)
				);
				const known = new Set(participants.map((p) => p.id));
				const answers = readable('answer', answerSchema, await rows(db.answers)).filter((a) => {
					if (known.has(a.participantId)) return true;
					const path = `${a.participantId}/${a.questionId}`;
					leftOut.push({
						assessmentId: id,
						name,
						table: 'answer',
						issues: [{ path, message: 'no such participant' }]
					});
					return false;
				});
				snapshots.push({
					assessment: assessment.data,
					participants: participants.sort((a, b) => a.order - b.order),
					answers,
					consensus: readable('consensus', consensusSchema, await rows(db.consensus)),
					targets: readable('target', targetSchema, await rows(db.targets)),
					roadmapItems: readable(
						'roadmap item',
						roadmapItemSchema,
						await rows(db.roadmapItems)
					).sort((a, b) => a.order - b.order)
				});
			}
			return { snapshots, leftOut };
		});
	}

	async recordOwners(
		table: 'participants' | 'roadmapItems',
		ids: string[]
	): Promise<Map<string, string>> {
		const records: unknown[] = await this.db[table].bulkGet(ids);
		const owners = new Map<string, string>();
		records.forEach((record, index) => {
			const owner = (record as { assessmentId?: unknown } | undefined)?.assessmentId;
			if (typeof owner === 'string') owners.set(ids[index]!, owner);
		});
		return owners;
	}

	async participantOwner(participantId: string): Promise<string | undefined> {
		const record: unknown = await this.db.participants.get(participantId);
		const owner = (record as { assessmentId?: unknown } | undefined)?.assessmentId;
		return typeof owner === 'string' ? owner : undefined;
	}

	async getAllSnapshots(): Promise<AssessmentData[]> {
		const ids = await this.assessmentIds();
		const snapshots = await Promise.all(
			ids.map((id) => this.getAssessment(id).catch(() => undefined))
		);
		return snapshots.filter((s): s is AssessmentData => s !== undefined);
	}

	async saveAnswer(change: AnswerChange): Promise<Answer> {
		const { assessmentId, participantId, questionId } = change;
		const at = Date.now();
		let saved: Answer | undefined;
		await this.#touching(assessmentId, at, async () => {
			await this.#mustHaveParticipants(assessmentId, [participantId]);
			// Only the fields that changed: another tab may have written the other one meanwhile.
			const stored = await this.db.answers.get([assessmentId, participantId, questionId]);
			saved = parseRecord('answer', answerSchema, {
				value: null,
				note: '',
				...stored,
				...change,
				updatedAt: at
			});
			await this.db.answers.put(saved);
		});
		return saved!;
	}

	/**
	 * Answers are written only for participants stored with their assessment: another tab may
	 * have removed one, and an answer without its participant would make backups unrestorable.
	 */
	async #mustHaveParticipants(assessmentId: string, ids: string[]) {
		const found = await this.db.participants.bulkGet(ids);
		if (found.some((p) => p?.assessmentId !== assessmentId)) throw new MissingParticipantError();
	}

	async saveTarget(input: Omit<Target, 'updatedAt'>): Promise<Target> {
		const target = parseRecord('target', targetSchema, { ...input, updatedAt: Date.now() });
		await this.#touching(target.assessmentId, target.updatedAt, () => this.db.targets.put(target));
		return target;
	}

	async replaceAnswers(
		assessmentId: string,
		participantIds: string[],
		answers: Answer[]
	): Promise<void> {
		const valid = answers.map((a) => parseRecord('answer', answerSchema, a));
		if (
			valid.some(
				(a) => a.assessmentId !== assessmentId || !participantIds.includes(a.participantId)
			)
		) {
			throw new Error('Answers must belong to the participants being replaced');
		}
		await this.#touching(assessmentId, Date.now(), async () => {
			await this.#mustHaveParticipants(assessmentId, participantIds);
			await this.db.answers
				.where('assessmentId')
				.equals(assessmentId)
				.filter((a) => participantIds.includes(a.participantId))
				.delete();
			await this.db.answers.bulkPut(valid);
		});
	}

	async saveConsensus(input: Omit<Consensus, 'updatedAt'>): Promise<Consensus> {
		const consensus = parseRecord('consensus', consensusSchema, {
			...input,
			updatedAt: Date.now()
		});
		await this.#touching(consensus.assessmentId, consensus.updatedAt, () =>
			this.db.consensus.put(consensus)
		);
		return consensus;
	}

	async deleteConsensus(assessmentId: string, questionId: string): Promise<void> {
		await this.#touching(assessmentId, Date.now(), () =>
			this.db.consensus.delete([assessmentId, questionId])
		);
	}

	async saveParticipants(participants: Participant[]): Promise<void> {
		const valid = participants.map((p) => parseRecord('participant', participantSchema, p));
		const ids = new Set(valid.map((p) => p.assessmentId));
		if (ids.size !== 1) throw new Error('Participants must belong to one assessment');
		await this.#touching([...ids][0]!, Date.now(), () => this.db.participants.bulkPut(valid));
	}

	async deleteParticipant(assessmentId: string, participantId: string): Promise<void> {
		await this.#touching(assessmentId, Date.now(), async () => {
			await this.db.participants.delete(participantId);
			await this.db.answers
				.where('[assessmentId+participantId]')
				.equals([assessmentId, participantId])
				.delete();
		});
	}

	async saveRoadmapItems(items: RoadmapItem[]): Promise<void> {
		const valid = items.map((i) => parseRecord('roadmap item', roadmapItemSchema, i));
		const ids = new Set(valid.map((i) => i.assessmentId));
		if (ids.size !== 1) throw new Error('Roadmap items must belong to one assessment');
		await this.#touching([...ids][0]!, Date.now(), () => this.db.roadmapItems.bulkPut(valid));
	}

	async replaceRoadmap(
		assessmentId: string,
		items: RoadmapItem[] | ((stored: RoadmapItem[]) => RoadmapItem[]),
		basis: string
	): Promise<RoadmapItem[]> {
		const roadmapBasis = parseRecord('assessment', assessmentSchema.shape.roadmapBasis, basis);
		let valid: RoadmapItem[] = [];
		await this.#touching(assessmentId, Date.now(), async () => {
			const table = this.db.roadmapItems;
			// Made from what is stored now, not from what this tab last read: an item another tab
			// added or removed meanwhile stays added or removed.
			const stored = (await table.where('assessmentId').equals(assessmentId).toArray()).map((i) =>
				parseRecord('roadmap item', roadmapItemSchema, i)
			);
			valid = (typeof items === 'function' ? items(stored) : items).map((i) =>
				parseRecord('roadmap item', roadmapItemSchema, i)
			);
			if (valid.some((i) => i.assessmentId !== assessmentId)) {
				throw new Error('Roadmap items must belong to the assessment');
			}
			await table.where('assessmentId').equals(assessmentId).delete();
			await table.bulkPut(valid);
			await this.db.assessments.update(assessmentId, { roadmapBasis });
		});
		return valid;
	}

	async updateRoadmapItems(
		assessmentId: string,
		updates: RoadmapItemUpdate[]
	): Promise<RoadmapItem[]> {
		const saved: RoadmapItem[] = [];
		await this.#touching(assessmentId, Date.now(), async () => {
			const stored = await this.db.roadmapItems.bulkGet(updates.map((u) => u.id));
			// An item removed in another tab is not brought back by an edit here.
			if (stored.some((item) => item?.assessmentId !== assessmentId)) throw new RecordGoneError();
			for (const [i, { changes }] of updates.entries()) {
				saved.push(parseRecord('roadmap item', roadmapItemSchema, { ...stored[i], ...changes }));
			}
			await this.db.roadmapItems.bulkPut(saved);
		});
		return saved;
	}

	async deleteRoadmapItem(assessmentId: string, id: string): Promise<void> {
		await this.#touching(assessmentId, Date.now(), () => this.db.roadmapItems.delete(id));
	}

	/** Runs a write and marks its assessment as changed, in one transaction; tells other tabs. */
	async #touching(assessmentId: string, at: number, write: () => Promise<unknown>) {
		const { db } = this;
		await db.transaction('rw', [db.assessments, ...this.#childTables], async () => {
			await write();
			await db.assessments.update(assessmentId, { updatedAt: at });
		});
		announceChange(assessmentId);
	}

	async getSetting<T>(key: string, schema: z.core.$ZodType<T>): Promise<T | undefined> {
		const parsed = z.safeParse(schema, (await this.db.settings.get(key))?.value);
		return parsed.success ? parsed.data : undefined;
	}

	async setSetting(key: string, value: unknown): Promise<void> {
		await this.db.settings.put({ key, value });
	}
}

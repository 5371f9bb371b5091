import {
	answerSchema,
	assessmentSchema,
	participantSchema,
	type Answer,
	type Assessment,
	type Participant
} from '$lib/domain/assessment.schema';
import { newId } from '$lib/domain/new-id';
import { formatPath } from '$lib/domain/pack-validate';
import type { z } from '$lib/domain/zod';
import { EmpowermentDb } from './db';
import {
	StoredDataError,
	type AssessmentData,
	type AssessmentListing,
	type AssessmentStore,
	type NewAssessment
} from './types';

function parseRecord<T>(table: string, schema: z.ZodType<T>, record: unknown): T {
	const result = schema.safeParse(record);
	if (result.success) return result.data;
	throw new StoredDataError(
		table,
		result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))
	);
}

export class DexieAssessmentStore implements AssessmentStore {
	constructor(readonly db: EmpowermentDb) {}

	async listAssessments(): Promise<AssessmentListing> {
		return this.db.transaction('r', this.db.assessments, this.db.answers, async () => {
			const records = await this.db.assessments.orderBy('updatedAt').reverse().toArray();
			const assessments: AssessmentListing['assessments'] = [];
			let unreadable = 0;
			for (const record of records) {
				const parsed = assessmentSchema.safeParse(record);
				if (!parsed.success) {
					unreadable++;
					continue;
				}
				const answers = await this.db.answers
					.where('assessmentId')
					.equals(parsed.data.id)
					.toArray();
				const answeredQuestions = new Set(
					answers.filter((a) => a.value !== null).map((a) => a.questionId)
				).size;
				assessments.push({ assessment: parsed.data, answeredQuestions });
			}
			return { assessments, unreadable };
		});
	}

	async getAssessment(id: string): Promise<AssessmentData | undefined> {
		const { db } = this;
		return db.transaction('r', db.assessments, db.participants, db.answers, async () => {
			const record = await db.assessments.get(id);
			if (!record) return undefined;
			const participants = await db.participants.where('assessmentId').equals(id).sortBy('order');
			const answers = await db.answers.where('assessmentId').equals(id).toArray();
			return {
				assessment: parseRecord('assessment', assessmentSchema, record),
				participants: participants.map((p) => parseRecord('participant', participantSchema, p)),
				answers: answers.map((a) => parseRecord('answer', answerSchema, a))
			};
		});
	}

	async createAssessment(
		input: NewAssessment,
		participantNames: string[]
	): Promise<AssessmentData> {
		const now = Date.now();
		const assessment: Assessment = parseRecord('assessment', assessmentSchema, {
			...input,
			id: newId(),
			createdAt: now,
			updatedAt: now
		});
		const participants: Participant[] = participantNames.map((name, order) =>
			parseRecord('participant', participantSchema, {
				id: newId(),
				assessmentId: assessment.id,
				name,
				order
			})
		);
		await this.db.transaction('rw', this.db.assessments, this.db.participants, async () => {
			await this.db.assessments.add(assessment);
			await this.db.participants.bulkAdd(participants);
		});
		return { assessment, participants, answers: [] };
	}

	async deleteAssessment(id: string): Promise<void> {
		const { db } = this;
		const tables = [
			db.assessments,
			db.participants,
			db.answers,
			db.consensus,
			db.targets,
			db.roadmapItems
		];
		await db.transaction('rw', tables, async () => {
			await db.assessments.delete(id);
			await Promise.all(
				tables.slice(1).map((table) => table.where('assessmentId').equals(id).delete())
			);
		});
	}

	async saveAnswer(input: Omit<Answer, 'updatedAt'>): Promise<Answer> {
		const answer = parseRecord('answer', answerSchema, { ...input, updatedAt: Date.now() });
		await this.db.transaction('rw', this.db.answers, this.db.assessments, async () => {
			await this.db.answers.put(answer);
			await this.db.assessments.update(answer.assessmentId, { updatedAt: answer.updatedAt });
		});
		return answer;
	}

	async getSetting<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
		const parsed = schema.safeParse((await this.db.settings.get(key))?.value);
		return parsed.success ? parsed.data : undefined;
	}

	async setSetting(key: string, value: unknown): Promise<void> {
		await this.db.settings.put({ key, value });
	}
}

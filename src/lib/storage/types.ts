import type {
	Answer,
	Assessment,
	AssessmentSnapshot,
	Consensus,
	Participant,
	RoadmapItem,
	Target
} from '$lib/domain/assessment.schema';
import type { z } from '$lib/domain/zod-mini';

/** One assessment with everything recorded for it. */
export type AssessmentData = AssessmentSnapshot;

export interface AssessmentListing {
	/** Newest change first, each with the questions the team has answered (see respondedQuestions). */
	assessments: { assessment: Assessment; respondedQuestionIds: string[] }[];
	/** Stored records that failed validation; they are kept, not deleted. */
	unreadable: number;
}

export type NewAssessment = Omit<Assessment, 'id' | 'createdAt' | 'updatedAt'>;
/** Who answers, as the new-assessment form names them. */
export type NewParticipant = Pick<Participant, 'name' | 'group'>;

export type AssessmentChanges = Partial<
	Pick<Assessment, 'label' | 'organisation' | 'date' | 'mode' | 'showSingleViews' | 'boardAsk'>
>;

/** A stored record a backup leaves out, with why (it fails its schema, or lost its participant). */
export interface LeftOut {
	assessmentId: string;
	/** The assessment's name when its own record is readable. */
	name?: string;
	table: string;
	issues: { path: string; message: string }[];
}

/** The storage contract: pages and services use this, never Dexie directly. */
export interface AssessmentStore {
	listAssessments(): Promise<AssessmentListing>;
	/** undefined when there is no such assessment; throws StoredDataError when it is damaged. */
	getAssessment(id: string): Promise<AssessmentData | undefined>;
	createAssessment(input: NewAssessment, people: NewParticipant[]): Promise<AssessmentData>;
	updateAssessment(id: string, changes: AssessmentChanges): Promise<Assessment>;
	deleteAssessment(id: string): Promise<void>;
	/** Writes a whole assessment in one transaction, replacing any with the same id. */
	putSnapshot(snapshot: AssessmentData): Promise<void>;
	/**
	 * Writes several assessments in one transaction: all of them, or none (restore).
	 * `onProgress` hears how many are written so far.
	 */
	putSnapshots(snapshots: AssessmentData[], onProgress?: (done: number) => void): Promise<void>;
	/** Every readable assessment with all its records (backup); damaged ones are skipped. */
	getAllSnapshots(): Promise<AssessmentData[]>;
	/**
	 * Everything a backup can hold: every readable record, and what was left out and why (a
	 * damaged assessment record leaves out its whole assessment; a damaged answer only itself).
	 */
	backupSnapshots(): Promise<{ snapshots: AssessmentData[]; leftOut: LeftOut[] }>;
	/** Which stored assessment each of the given participant or roadmap item ids belongs to. */
	recordOwners(table: 'participants' | 'roadmapItems', ids: string[]): Promise<Map<string, string>>;
	/** The id of every stored assessment, damaged ones included (reads no records). */
	assessmentIds(): Promise<string[]>;
	/** Which stored assessment a participant id belongs to, if any (ids are keys of one table). */
	participantOwner(participantId: string): Promise<string | undefined>;
	/**
	 * Writes the given fields of one answer at once (the others stay as stored) and marks the
	 * assessment as changed; returns the answer as stored.
	 */
	saveAnswer(change: AnswerChange): Promise<Answer>;
	saveTarget(target: Omit<Target, 'updatedAt'>): Promise<Target>;
	/** Replaces every answer of the given participants in one transaction (response import). */
	replaceAnswers(assessmentId: string, participantIds: string[], answers: Answer[]): Promise<void>;
	saveConsensus(consensus: Omit<Consensus, 'updatedAt'>): Promise<Consensus>;
	deleteConsensus(assessmentId: string, questionId: string): Promise<void>;
	/** Adds or renames participants. */
	saveParticipants(participants: Participant[]): Promise<void>;
	/** Removes a participant with all their answers. */
	deleteParticipant(assessmentId: string, participantId: string): Promise<void>;
	/** Writes new roadmap items at once. */
	saveRoadmapItems(items: RoadmapItem[]): Promise<void>;
	/**
	 * Changes the given fields of stored roadmap items in one transaction; RecordGoneError, and
	 * nothing written, if one of them is no longer stored. Returns the items as stored.
	 */
	updateRoadmapItems(assessmentId: string, updates: RoadmapItemUpdate[]): Promise<RoadmapItem[]>;
	/**
	 * Replaces an assessment's whole roadmap in one transaction (after regenerating), with the
	 * basis it was made from (see roadmapBasis). Given a function, makes the new roadmap from the
	 * items stored at that moment. Returns the items as stored.
	 */
	replaceRoadmap(
		assessmentId: string,
		items: RoadmapItem[] | ((stored: RoadmapItem[]) => RoadmapItem[]),
		basis: string
	): Promise<RoadmapItem[]>;
	deleteRoadmapItem(assessmentId: string, id: string): Promise<void>;
	/** undefined when unset or when the stored value no longer fits the schema. */
	getSetting<T>(key: string, schema: z.core.$ZodType<T>): Promise<T | undefined>;
	setSetting(key: string, value: unknown): Promise<void>;
}

/** A stored record that no longer matches its schema, with where it fails. */
export class StoredDataError extends Error {
	constructor(
		readonly table: string,
		readonly issues: { path: string; message: string }[]
	) {
		super(
			`Stored ${table} record is damaged: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
		);
		this.name = 'StoredDataError';
	}
}

/** One answer's changed fields: a level, a note, or both. */
export type AnswerChange = Pick<Answer, 'assessmentId' | 'participantId' | 'questionId'> &
	Partial<Pick<Answer, 'value' | 'note'>>;

export interface RoadmapItemUpdate {
	id: string;
	changes: Partial<Omit<RoadmapItem, 'id' | 'assessmentId'>>;
}

/** A change to a record another tab removed meanwhile: nothing written. */
export class RecordGoneError extends Error {
	constructor() {
		super('The record is no longer stored');
		this.name = 'RecordGoneError';
	}
}

/** A write for a participant who is no longer stored (removed in another tab): nothing written. */
export class MissingParticipantError extends Error {
	constructor() {
		super('The participant is no longer stored');
		this.name = 'MissingParticipantError';
	}
}

import type { EmpowermentDb, StoredPackRecord } from './db';

export type PackRemoval = { ok: true } | { ok: false; usedBy: string[] };

/** Imported questionnaire packs (built-in ones live in the app's code, not here). */
export class DexiePackStore {
	constructor(readonly db: EmpowermentDb) {}

	listPacks(): Promise<StoredPackRecord[]> {
		return this.db.packs.toArray();
	}

	async putPack(record: StoredPackRecord): Promise<void> {
		await this.db.packs.put(record);
	}

	/**
	 * Removes a pack no assessment uses, in one transaction with the check, so that an
	 * assessment started meanwhile in another tab is never left without its questions.
	 * Otherwise gives the names of the assessments that use it.
	 */
	async deletePack(id: string): Promise<PackRemoval> {
		const { db } = this;
		return db.transaction('rw', db.packs, db.assessments, async () => {
			const users = await db.assessments.filter((a) => a.packId === id).toArray();
			if (users.length > 0) {
				return { ok: false, usedBy: users.map((a) => a.label || a.organisation.name) };
			}
			await db.packs.delete(id);
			return { ok: true };
		});
	}
}

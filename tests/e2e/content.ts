import { readFileSync } from 'node:fs';

/**
 * Figures the tests expect, read from the questionnaire packs themselves, so that a content
 * change (a question added or retired) does not leave the tests counting the old questions.
 * Deliberately not the app's own code: the tests check the app against the data.
 */
interface Manifest {
	estimatedMinutes: number;
	dimensions: {
		id: string;
		questions: { id: string; applicability?: { orgTypes?: string[]; sizes?: string[] } }[];
	}[];
}

const read = <T>(path: string): T =>
	JSON.parse(readFileSync(new URL(`../../questionnaires/${path}`, import.meta.url), 'utf8')) as T;

export const manifest = (packId: string) => read<Manifest>(`${packId}/pack.json`);

/** The example's organisation (src/lib/example/build-example.ts): a small association. */
export const EXAMPLE_ORGANISATION = { type: 'ngo', size: 'small' } as const;

/** Questions a pack asks an organisation of this type and size (the pack's applicability). */
export function questionCount(packId: string, profile: { type: string; size?: string }): number {
	return manifest(packId)
		.dimensions.flatMap((d) => d.questions)
		.filter(({ applicability: { orgTypes, sizes } = {} }) => {
			if (orgTypes && !orgTypes.includes(profile.type)) return false;
			return !(sizes && profile.size && !sizes.includes(profile.size));
		}).length;
}

import { describe, expect, it } from 'vitest';
import { makeManifest, makeTexts } from '$lib/test-data/pack';
import { formatPath } from './json-file';
import { actionSchema, packManifestSchema, packTextsSchema } from './pack.schema';

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
	return (result.error?.issues ?? []).map((i) => formatPath(i.path));
}

describe('packManifestSchema', () => {
	it('accepts the minimal manifest', () => {
		expect(packManifestSchema.safeParse(makeManifest()).success).toBe(true);
	});

	// A typo in a key would otherwise be ignored silently and the author would never know.
	it('rejects unknown keys', () => {
		const result = packManifestSchema.safeParse({ ...makeManifest(), dimensons: [] });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
	});

	// Saved answers point at question ids; ids with spaces or capitals break URLs and lookups.
	it('rejects a question id that is not a plain slug, at its path', () => {
		const manifest = makeManifest();
		manifest.dimensions[0]!.questions[1]!.id = 'Culture B';
		expect(issuePaths(packManifestSchema.safeParse(manifest))).toEqual([
			'dimensions[0].questions[1].id'
		]);
	});

	it('rejects a version that is not major.minor.patch', () => {
		expect(issuePaths(packManifestSchema.safeParse(makeManifest({ version: 'v1' })))).toEqual([
			'version'
		]);
	});

	it('rejects an organisation type the app does not know', () => {
		const manifest = makeManifest();
		(manifest.dimensions[0]!.questions[0] as Record<string, unknown>).applicability = {
			orgTypes: ['company']
		};
		expect(issuePaths(packManifestSchema.safeParse(manifest))).toEqual([
			'dimensions[0].questions[0].applicability.orgTypes[0]'
		]);
	});

	it('rejects a pack without dimensions', () => {
		expect(issuePaths(packManifestSchema.safeParse(makeManifest({ dimensions: [] })))).toEqual([
			'dimensions'
		]);
	});
});

describe('actionSchema', () => {
	const action = {
		id: 'a',
		questions: ['culture-a'],
		from: 2,
		to: 3,
		effort: 'small',
		horizon: 'short',
		owner: 'staff',
		handbook: ['panel']
	};

	it('accepts a one-step action', () => {
		expect(actionSchema.safeParse(action).success).toBe(true);
	});

	// An action "from 3 to 3" could never be chosen by the roadmap.
	it('rejects an action that does not go up', () => {
		expect(issuePaths(actionSchema.safeParse({ ...action, from: 3, to: 3 }))).toEqual(['to']);
	});

	// The roadmap climbs one level at a time; a jump would hide the steps between.
	it('rejects an action that skips a level', () => {
		expect(issuePaths(actionSchema.safeParse({ ...action, from: 2, to: 4 }))).toEqual(['to']);
	});

	it('lets only a tailored action replace another', () => {
		expect(issuePaths(actionSchema.safeParse({ ...action, replaces: 'b' }))).toEqual(['replaces']);
		expect(actionSchema.safeParse({ ...action, replaces: 'b', orgTypes: ['public'] }).success).toBe(
			true
		);
	});

	// Every action must lead somewhere in the handbook, so the roadmap can explain it.
	it('rejects an action without handbook references', () => {
		expect(issuePaths(actionSchema.safeParse({ ...action, handbook: [] }))).toEqual(['handbook']);
	});
});

describe('packTextsSchema', () => {
	it('accepts complete texts', () => {
		expect(packTextsSchema.safeParse(makeTexts(makeManifest())).success).toBe(true);
	});

	// A question needs exactly five level descriptors: one per level of the scale.
	it('rejects a question with four levels, at its path', () => {
		const texts = makeTexts(makeManifest());
		(texts.questions['culture-a']!.levels as string[]).pop();
		expect(issuePaths(packTextsSchema.safeParse(texts))).toEqual(['questions.culture-a.levels']);
	});

	it('rejects an empty level descriptor', () => {
		const texts = makeTexts(makeManifest());
		texts.questions['culture-a']!.levels[2] = '  ';
		expect(issuePaths(packTextsSchema.safeParse(texts))).toEqual(['questions.culture-a.levels[2]']);
	});
});

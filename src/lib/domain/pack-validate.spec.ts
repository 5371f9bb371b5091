import { describe, expect, it } from 'vitest';
import { makeManifest, makePackFiles } from '$lib/test-data/pack';
import { summarisePack, validatePack, type PackFiles } from './pack-validate';
import type { PackManifest, PackTexts } from './pack.schema';

const problems = (files: PackFiles) =>
	validatePack(files).issues.map((i) => `${i.file}: ${i.path}: ${i.message}`);

describe('validatePack', () => {
	it('accepts a complete pack and summarises it', () => {
		const check = validatePack(makePackFiles(makeManifest({ locales: ['en', 'de'] })));
		expect(check.issues).toEqual([]);
		expect(summarisePack(check.pack!)).toBe(
			'mini 1.0.0: 1 dimensions, 2 questions, 8 actions (0 question steps without one), 1 handbook entries, locales en 100% de 100%'
		);
	});

	it('requires the manifest id to match the folder', () => {
		const files = { ...makePackFiles(), folder: 'other' };
		expect(problems(files)).toEqual(['pack.json: id: must equal the folder name "other"']);
	});

	it('finds a question id used twice across dimensions', () => {
		const manifest = makeManifest({
			dimensions: [
				{ id: 'culture', questions: [{ id: 'culture-a' }, { id: 'culture-b' }] },
				{ id: 'lead', questions: [{ id: 'culture-a' }] }
			]
		});
		expect(problems(makePackFiles(manifest))).toContain(
			'pack.json: dimensions: question id "culture-a" is used twice'
		);
	});

	it('finds a handbook reference that does not resolve', () => {
		const manifest = makeManifest();
		manifest.dimensions[0]!.questions[1]!.handbook = ['pannel'];
		expect(problems(makePackFiles(manifest))).toContain(
			'pack.json: dimensions[0].questions[1].handbook[0]: no handbook entry "pannel"'
		);
	});

	it('finds an action for a question that does not exist', () => {
		const files = makePackFiles();
		(
			files.json['actions.json'] as { actions: { questions: string[] }[] }
		).actions[0]!.questions[0] = 'cultur';
		expect(problems(files)).toContain(
			'actions.json: actions[0].questions[0]: no question "cultur"'
		);
	});

	it('requires all five levels in every declared locale', () => {
		const files = makePackFiles(makeManifest({ locales: ['en', 'de'] }));
		const de = files.json['locales/de.json'] as { questions: Record<string, { levels: string[] }> };
		delete (de.questions['culture-b'] as Partial<{ levels: string[] }>).levels;
		expect(problems(files)).toEqual([
			'locales/de.json: questions.culture-b.levels: Invalid input: expected tuple, received undefined'
		]);
	});

	it('requires every declared locale to have its texts and handbook bodies', () => {
		const files = makePackFiles(makeManifest({ locales: ['en', 'de'] }));
		delete files.json['locales/de.json'];
		delete files.markdown['locales/de/handbook/panel.md'];
		expect(problems(files)).toEqual(['locales/de.json: : missing: "de" is a declared locale']);
	});

	it('reports an unreadable file and skips the reference checks that would depend on it', () => {
		const files = makePackFiles();
		delete files.json['handbook.json'];
		files.unreadable = { 'handbook.json': 'not valid JSON: Unexpected end of JSON input' };
		expect(problems(files)).toEqual([
			'handbook.json: : not valid JSON: Unexpected end of JSON input'
		]);
	});

	it('reports a missing handbook body', () => {
		const files = makePackFiles();
		delete files.markdown['locales/en/handbook/panel.md'];
		expect(problems(files)).toEqual(['locales/en/handbook/panel.md: : missing or empty']);
	});

	it('measures an undeclared locale as work in progress instead of failing', () => {
		const files = makePackFiles();
		files.json['locales/pl.json'] = { title: 'Tytuł', description: 'Opis', questions: {} };
		const check = validatePack(files);
		expect(check.issues).toEqual([]);
		// Title and description: 2 of 45 texts (2 + 2 per dimension + 7 per question + 3 per
		// action + 3 per handbook entry).
		expect(summarisePack(check.pack!)).toMatch(/locales en 100% pl 4%$/);
	});

	it('flags translations of ids that no longer exist', () => {
		const files = makePackFiles();
		const en = files.json['locales/en.json'] as { questions: Record<string, unknown> };
		en.questions['culture-old'] = en.questions['culture-a'];
		expect(problems(files)).toEqual([
			'locales/en.json: questions.culture-old: no such id in the pack (left over from a rename?)'
		]);
	});

	// A team at a level with no next step would get an empty roadmap for that question.
	it('refuses a question and level step without an action', () => {
		const files = makePackFiles();
		const actions = (files.json['actions.json'] as { actions: { id: string }[] }).actions;
		actions.splice(
			actions.findIndex((a) => a.id === 'culture-b-step-3'),
			1
		);
		delete (files.json['locales/en.json'] as { actions: Record<string, unknown> }).actions[
			'culture-b-step-3'
		];
		expect(problems(files)).toEqual([
			'actions.json: actions: no action raises "culture-b" from level 3 to 4'
		]);
	});

	// An example that cannot be checked must not be presented as real.
	it('refuses a good-practice example without its project and sources', () => {
		const files = makePackFiles();
		const { entries } = files.json['handbook.json'] as { entries: Record<string, unknown>[] };
		entries[0]!.kind = 'example';
		expect(problems(files)).toEqual([
			'handbook.json: entries[0].project: every good-practice example needs it',
			'handbook.json: entries[0].status: every good-practice example needs it',
			'handbook.json: entries[0].lastChecked: every good-practice example needs it',
			'handbook.json: entries[0].sources: every good-practice example needs it'
		]);
		Object.assign(entries[0]!, {
			project: { name: 'AllDi', organisation: 'Diakonie', place: 'Heide', years: '2017–2019' },
			status: 'ended',
			lastChecked: '2026-12-01',
			sources: [{ url: 'https://example.org/alldi', title: 'AllDi' }]
		});
		expect(problems(files)).toEqual([]);
	});

	// The same words for levels of two questions mean one fact is scored twice, or a level says
	// nothing about its own question.
	it('refuses a level text that repeats one of another question', () => {
		const files = makePackFiles();
		const en = files.json['locales/en.json'] as PackTexts;
		en.questions['culture-b']!.levels[2] = en.questions['culture-a']!.levels[2];
		expect(problems(files)).toEqual([
			'locales/en.json: questions.culture-b.levels.2: repeats a level text of "culture-a": say what this question\'s level looks like'
		]);
	});

	it('checks retired questions of earlier versions', () => {
		const files = makePackFiles();
		(files.json['pack.json'] as PackManifest).retired = {
			'culture-a': { since: '2.0.0' },
			'culture-old': { since: '2.0.0', replacedBy: 'culture-new' }
		};
		(files.json['locales/en.json'] as PackTexts).retired = { 'culture-a': 'A', 'culture-old': 'B' };
		expect(problems(files)).toEqual([
			'pack.json: retired.culture-a: is still a question of the pack',
			'pack.json: retired.culture-old.replacedBy: no question "culture-new"'
		]);
	});

	it('finds prerequisites, replacements and twins that do not resolve, and circles', () => {
		const files = makePackFiles();
		const actions = (files.json['actions.json'] as { actions: Record<string, unknown>[] }).actions;
		actions.push(
			{ ...actions[0], id: 'b', requires: ['c'], sameAs: ['nothing'] },
			{ ...actions[0], id: 'c', requires: ['b'], orgTypes: ['public'], replaces: 'gone' }
		);
		expect(problems(files)).toEqual(
			expect.arrayContaining([
				'actions.json: actions[8].requires[0]: "c" does not suit every organisation type this action suits',
				'actions.json: actions[8].sameAs[0]: no other action "nothing"',
				'actions.json: actions[8].requires: prerequisites go round in a circle',
				'actions.json: actions[9].replaces: no action "gone"'
			])
		);
	});

	describe('a pack with a base', () => {
		const base = validatePack(makePackFiles()).pack!;
		const quick = () => {
			const manifest = makeManifest({
				id: 'quick',
				base: 'mini',
				dimensions: [
					{
						id: 'culture',
						questions: [{ id: 'quick-a', handbook: ['panel'], covers: ['culture-a'] }]
					}
				]
			});
			return {
				folder: 'quick',
				json: {
					'pack.json': manifest,
					'locales/en.json': {
						title: 'Quick',
						description: 'Quick check',
						questions: { 'quick-a': { text: 'Q?', help: 'H', levels: ['1', '2', '3', '4', '5'] } }
					}
				},
				markdown: {}
			} satisfies PackFiles;
		};

		it("borrows the base pack's actions and handbook", () => {
			const check = validatePack(quick(), base);
			expect(check.issues).toEqual([]);
			expect(check.pack?.actions).toBe(base.actions);
			expect(summarisePack(check.pack!)).toBe(
				'quick 1.0.0: 1 dimensions, 1 questions, 8 actions (0 question steps without one), 1 handbook entries, locales en 100%'
			);
		});

		it('rejects a dimension the base does not have', () => {
			const files = quick();
			files.json['pack.json'].dimensions[0]!.id = 'money';
			expect(problems({ ...files })).toContain(
				'pack.json: base: base pack "mini" was not found or is not valid'
			);
			expect(validatePack(files, base).issues.map((i) => i.path)).toEqual(['dimensions[0].id']);
		});

		it('lets a questionnaire for service users share one answer scale, but not skip covers', () => {
			const files = quick();
			const manifest = files.json['pack.json'];
			manifest.audience = 'users';
			manifest.dimensions[0]!.questions.push({ id: 'quick-b' });
			const en = files.json['locales/en.json'] as unknown as PackTexts;
			en.questions['quick-b'] = { text: 'B?', help: 'H', levels: ['1', '2', '3', '4', '5'] };
			const issues = validatePack(files, base).issues.map((i) => `${i.path}: ${i.message}`);
			expect(issues).toContain(
				"dimensions[0].questions[1].covers: say which of the base pack's questions this speaks to"
			);
			expect(issues.filter((i) => i.includes('repeats a level text'))).toEqual([]);
			manifest.audience = 'team';
			expect(
				validatePack(files, base).issues.filter((i) => i.message.includes('repeats a level text'))
			).not.toEqual([]);
		});

		it('refuses a questionnaire for service users without a base', () => {
			const files = makePackFiles(makeManifest({ audience: 'users' }));
			expect(problems(files)).toContain(
				'pack.json: audience: a questionnaire for service users needs a base pack'
			);
		});
	});
});

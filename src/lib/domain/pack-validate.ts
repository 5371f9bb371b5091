import {
	actionsFileSchema,
	handbookFileSchema,
	packManifestSchema,
	packTextsSchema,
	type Action,
	type HandbookEntry,
	type PackManifest,
	type PackTexts
} from './pack.schema';
import { issuesOf } from './json-file';
import { ORG_TYPES } from './vocabulary';
import type { z } from './zod';

/** The files of one pack folder, read by the caller (the CLI reads disk, an import reads a bundle). */
export interface PackFiles {
	/** The folder name, which must equal the manifest id. */
	folder: string;
	/** Parsed JSON by path relative to the pack folder, e.g. `pack.json`, `locales/de.json`. */
	json: Record<string, unknown>;
	/** Markdown by path, e.g. `locales/de/handbook/user-panels.md`. */
	markdown: Record<string, string>;
	/** Files that could not be read at all, e.g. broken JSON: path → what is wrong. */
	unreadable?: Record<string, string>;
}

export interface PackIssue {
	file: string;
	/** Where in the file, e.g. `dimensions[0].questions[1].id`; empty for the file as a whole. */
	path: string;
	message: string;
}

/** A pack that passed every check, with its base pack's dimensions texts, actions and handbook. */
export interface ValidPack {
	manifest: PackManifest;
	actions: Action[];
	handbook: HandbookEntry[];
	texts: Record<string, PackTexts>;
	/** Handbook bodies: locale → slug → Markdown. */
	bodies: Record<string, Record<string, string>>;
	/** Share of the pack's texts present per locale, 0 … 1; declared locales are always 1. */
	completeness: Record<string, number>;
	/** Dimension titles and descriptions come from here when the pack has a base. */
	base?: ValidPack;
}

export interface PackCheck {
	issues: PackIssue[];
	/** Worth a look but not wrong, e.g. a level step without any action. */
	warnings: PackIssue[];
	pack?: ValidPack;
}

function zodIssues(file: string, error: z.ZodError): PackIssue[] {
	return issuesOf(error).map((issue) => ({ file, ...issue }));
}

function parseFile<T>(
	files: PackFiles,
	file: string,
	schema: z.ZodType<T>,
	issues: PackIssue[]
): T | undefined {
	if (!(file in files.json)) return undefined;
	const result = schema.safeParse(files.json[file]);
	if (result.success) return result.data;
	issues.push(...zodIssues(file, result.error));
	return undefined;
}

function duplicates(values: string[]): string[] {
	const seen = new Set<string>();
	return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

const LOCALE_FILE = /^locales\/([a-z]{2})\.json$/;

/**
 * Checks one pack: every file against its schema, then the references between files (unique
 * ids, handbook links, dimension ids, texts for every declared language).
 * Packs that name a `base` must be given that base, already checked.
 */
export function validatePack(files: PackFiles, base?: ValidPack): PackCheck {
	const issues: PackIssue[] = [];
	const warnings: PackIssue[] = [];
	const issue = (file: string, path: string, message: string) =>
		issues.push({ file, path, message });

	for (const [file, message] of Object.entries(files.unreadable ?? {})) issue(file, '', message);
	if (!('pack.json' in files.json) && !files.unreadable?.['pack.json']) {
		issue('pack.json', '', 'missing: every pack needs a pack.json manifest');
	}
	const manifest = parseFile(files, 'pack.json', packManifestSchema, issues);
	const ownActions = parseFile(files, 'actions.json', actionsFileSchema, issues);
	const ownHandbook = parseFile(files, 'handbook.json', handbookFileSchema, issues);
	const texts: Record<string, PackTexts> = {};
	const localeFiles = new Set<string>();
	for (const file of Object.keys(files.json)) {
		const locale = LOCALE_FILE.exec(file)?.[1];
		if (locale) {
			localeFiles.add(locale);
			const parsed = parseFile(files, file, packTextsSchema, issues);
			if (parsed) texts[locale] = parsed;
		} else if (!['pack.json', 'actions.json', 'handbook.json'].includes(file)) {
			issue(
				file,
				'',
				'unexpected file: a pack holds pack.json, actions.json, handbook.json and locales/'
			);
		}
	}
	// References are only worth checking once every structural file could be read: a broken
	// handbook.json would otherwise make every handbook link look wrong.
	if (!manifest || issues.length > 0) return { issues, warnings };

	if (manifest.id !== files.folder) {
		issue('pack.json', 'id', `must equal the folder name "${files.folder}"`);
	}
	if (!manifest.locales.includes(manifest.defaultLocale)) {
		issue('pack.json', 'defaultLocale', `"${manifest.defaultLocale}" is not listed in locales`);
	}
	duplicates(manifest.locales).forEach((l) =>
		issue('pack.json', 'locales', `"${l}" is listed twice`)
	);

	if (manifest.audience === 'users' && manifest.base === undefined) {
		issue('pack.json', 'audience', 'a questionnaire for service users needs a base pack');
	}
	if (manifest.base !== undefined) {
		if (!base || base.manifest.id !== manifest.base) {
			issue('pack.json', 'base', `base pack "${manifest.base}" was not found or is not valid`);
			return { issues, warnings };
		}
		if (ownActions) issue('actions.json', '', "a pack with a base uses the base pack's actions");
		if (ownHandbook) issue('handbook.json', '', "a pack with a base uses the base pack's handbook");
	}
	const actions = base && manifest.base ? base.actions : (ownActions?.actions ?? []);
	const handbook = base && manifest.base ? base.handbook : (ownHandbook?.entries ?? []);
	const dimensionIds = new Set(
		manifest.base && base
			? base.manifest.dimensions.map((d) => d.id)
			: manifest.dimensions.map((d) => d.id)
	);
	const slugs = new Set(handbook.map((entry) => entry.slug));

	// Unique ids: answers, targets and links are stored by id.
	duplicates(manifest.dimensions.map((d) => d.id)).forEach((id) =>
		issue('pack.json', 'dimensions', `dimension id "${id}" is used twice`)
	);
	const questions = manifest.dimensions.flatMap((d) => d.questions);
	duplicates(questions.map((q) => q.id)).forEach((id) =>
		issue('pack.json', 'dimensions', `question id "${id}" is used twice`)
	);
	if (!manifest.base) {
		duplicates(actions.map((a) => a.id)).forEach((id) =>
			issue('actions.json', 'actions', `action id "${id}" is used twice`)
		);
		duplicates(handbook.map((e) => e.slug)).forEach((slug) =>
			issue('handbook.json', 'entries', `handbook slug "${slug}" is used twice`)
		);
	}

	// References.
	manifest.dimensions.forEach((dimension, d) => {
		if (manifest.base && !dimensionIds.has(dimension.id)) {
			issue(
				'pack.json',
				`dimensions[${d}].id`,
				`"${dimension.id}" is not a dimension of "${manifest.base}"`
			);
		}
		dimension.questions.forEach((question, q) =>
			question.handbook?.forEach((slug, h) => {
				if (!slugs.has(slug)) {
					issue(
						'pack.json',
						`dimensions[${d}].questions[${q}].handbook[${h}]`,
						`no handbook entry "${slug}"`
					);
				}
			})
		);
	});
	const baseQuestions = new Set(
		(base?.manifest.dimensions ?? []).flatMap((d) => d.questions.map((q) => q.id))
	);
	manifest.dimensions.forEach((dimension, d) =>
		dimension.questions.forEach((question, q) => {
			const at = `dimensions[${d}].questions[${q}]`;
			if (question.covers && !manifest.base) {
				issue('pack.json', `${at}.covers`, 'only a pack with a base can cover its questions');
			}
			if (manifest.audience === 'users' && !question.covers) {
				issue('pack.json', `${at}.covers`, "say which of the base pack's questions this speaks to");
			}
			question.covers?.forEach((id, c) => {
				if (manifest.base && !baseQuestions.has(id))
					issue('pack.json', `${at}.covers[${c}]`, `no question "${id}" in "${manifest.base}"`);
			});
		})
	);
	if (!manifest.base) {
		actionReferences(actions, questions, slugs).forEach((i) => issues.push(i));
		handbook.forEach((entry, e) => {
			if (entry.kind === 'example') {
				// An example that cannot be checked must not be presented as real.
				for (const field of ['project', 'status', 'lastChecked', 'sources'] as const) {
					if (!entry[field] || (field === 'sources' && entry.sources!.length === 0))
						issue(
							'handbook.json',
							`entries[${e}].${field}`,
							'every good-practice example needs it'
						);
				}
			}
			entry.dimensions.forEach((id, i) => {
				if (!dimensionIds.has(id))
					issue('handbook.json', `entries[${e}].dimensions[${i}]`, `no dimension "${id}"`);
			});
			entry.related?.forEach((slug, i) => {
				if (!slugs.has(slug) || slug === entry.slug) {
					issue(
						'handbook.json',
						`entries[${e}].related[${i}]`,
						`no other handbook entry "${slug}"`
					);
				}
			});
		});
	}
	// A question × level step without an action leaves a team at that level without a next step.
	for (const gap of stepGaps(manifest, actions)) {
		issue(
			manifest.base ? 'pack.json' : 'actions.json',
			manifest.base ? 'dimensions' : 'actions',
			`no action raises "${gap.question}" from level ${gap.from} to ${gap.from + 1}`
		);
	}
	const questionIds = new Set(questions.map((q) => q.id));
	for (const [id, retired] of Object.entries(manifest.retired ?? {})) {
		if (questionIds.has(id)) issue('pack.json', `retired.${id}`, 'is still a question of the pack');
		if (retired.replacedBy && !questionIds.has(retired.replacedBy))
			issue('pack.json', `retired.${id}.replacedBy`, `no question "${retired.replacedBy}"`);
	}

	// Texts: what every language must hold, and how much of it each one has.
	const expected = expectedTexts(manifest, actions, handbook);
	const completeness: Record<string, number> = {};
	const bodies: Record<string, Record<string, string>> = {};
	for (const locale of manifest.locales) {
		if (!localeFiles.has(locale)) {
			issue(`locales/${locale}.json`, '', `missing: "${locale}" is a declared locale`);
		}
	}
	for (const [locale, localeTexts] of Object.entries(texts)) {
		const file = `locales/${locale}.json`;
		const isDeclared = manifest.locales.includes(locale);
		bodies[locale] = {};
		let present = 0;
		for (const key of expected) {
			const value = key.markdown
				? files.markdown[`locales/${locale}/handbook/${key.markdown}.md`]
				: lookup(localeTexts, key.path);
			if (typeof value === 'string' && value.trim() !== '') {
				present++;
				if (key.markdown) bodies[locale][key.markdown] = value;
			} else if (isDeclared) {
				if (key.markdown)
					issue(`locales/${locale}/handbook/${key.markdown}.md`, '', 'missing or empty');
				else issue(file, key.path.join('.'), 'missing');
			}
		}
		completeness[locale] = expected.length === 0 ? 1 : present / expected.length;
		// A users' questionnaire answers every statement on one plain scale, so levels repeat.
		const levelIds = new Set(manifest.audience === 'users' ? [] : questions.map((q) => q.id));
		repeatedLevels(localeTexts, levelIds).forEach((path) =>
			issue(
				file,
				path.path,
				`repeats a level text of "${path.of}": say what this question's level looks like`
			)
		);
		unknownKeys(localeTexts, manifest, actions, handbook).forEach((path) =>
			issue(file, path, 'no such id in the pack (left over from a rename?)')
		);
	}
	for (const path of Object.keys(files.markdown)) {
		const match = /^locales\/([a-z]{2})\/handbook\/(.+)\.md$/.exec(path);
		if (!match || !localeFiles.has(match[1]!) || !slugs.has(match[2]!) || manifest.base) {
			issue(
				path,
				'',
				'not a handbook entry of this pack, or its locale has no locales/<locale>.json'
			);
		}
	}

	if (issues.length > 0) return { issues, warnings };
	return {
		issues,
		warnings,
		pack: {
			manifest,
			actions,
			handbook,
			texts,
			bodies,
			completeness,
			base: manifest.base ? base : undefined
		}
	};
}

/** Every action's references: questions, handbook, and the actions it replaces, needs or equals. */
function actionReferences(
	actions: Action[],
	questions: { id: string }[],
	slugs: Set<string>
): PackIssue[] {
	const issues: PackIssue[] = [];
	const issue = (path: string, message: string) =>
		issues.push({ file: 'actions.json', path, message });
	const questionIds = new Set(questions.map((q) => q.id));
	const byId = new Map(actions.map((a) => [a.id, a]));
	actions.forEach((action, a) => {
		const at = `actions[${a}]`;
		action.questions.forEach((id, q) => {
			if (!questionIds.has(id)) issue(`${at}.questions[${q}]`, `no question "${id}"`);
		});
		action.handbook.forEach((slug, h) => {
			if (!slugs.has(slug)) issue(`${at}.handbook[${h}]`, `no handbook entry "${slug}"`);
		});
		if (action.replaces) {
			const generic = byId.get(action.replaces);
			if (!generic) issue(`${at}.replaces`, `no action "${action.replaces}"`);
			else if (
				generic.from !== action.from ||
				!generic.questions.some((q) => action.questions.includes(q))
			)
				issue(
					`${at}.replaces`,
					`"${action.replaces}" is not an action for the same question and step`
				);
		}
		action.sameAs?.forEach((id, i) => {
			if (!byId.has(id) || id === action.id) issue(`${at}.sameAs[${i}]`, `no other action "${id}"`);
		});
		action.requires?.forEach((id, i) => {
			const required = byId.get(id);
			if (!required || id === action.id) {
				issue(`${at}.requires[${i}]`, `no other action "${id}"`);
			} else if (
				required.orgTypes &&
				!(action.orgTypes ?? ORG_TYPES).every((t) => required.orgTypes!.includes(t))
			) {
				// Otherwise an organisation could be offered an action whose prerequisite it never gets.
				issue(
					`${at}.requires[${i}]`,
					`"${id}" does not suit every organisation type this action suits`
				);
			}
		});
		if (requiresItself(action.id, byId))
			issue(`${at}.requires`, 'prerequisites go round in a circle');
	});
	return issues;
}

function requiresItself(start: string, byId: Map<string, Action>): boolean {
	const seen = new Set<string>();
	const stack = [...(byId.get(start)?.requires ?? [])];
	while (stack.length > 0) {
		const id = stack.pop()!;
		if (id === start) return true;
		if (seen.has(id)) continue;
		seen.add(id);
		stack.push(...(byId.get(id)?.requires ?? []));
	}
	return false;
}

/**
 * Question × level step pairs (below 5) that no action raises. A question that covers base
 * questions counts as raised when one of them is.
 */
export function stepGaps(
	manifest: PackManifest,
	actions: Action[]
): { question: string; from: number }[] {
	const gaps: { question: string; from: number }[] = [];
	for (const question of manifest.dimensions.flatMap((d) => d.questions)) {
		const ids = question.covers ?? [question.id];
		for (let from = 1; from < 5; from++) {
			if (!actions.some((a) => a.from === from && a.questions.some((q) => ids.includes(q)))) {
				gaps.push({ question: question.id, from });
			}
		}
	}
	return gaps;
}

/** Level texts used by more than one question (or twice in one): each should describe its own. */
function repeatedLevels(texts: PackTexts, ids: Set<string>): { path: string; of: string }[] {
	const seen = new Map<string, string>();
	const repeats: { path: string; of: string }[] = [];
	for (const [id, question] of Object.entries(texts.questions)) {
		if (!ids.has(id)) continue;
		question.levels.forEach((level, i) => {
			const key = level.trim().toLocaleLowerCase();
			const first = seen.get(key);
			if (first) repeats.push({ path: `questions.${id}.levels.${i}`, of: first });
			else seen.set(key, id);
		});
	}
	return repeats;
}

interface ExpectedText {
	path: string[];
	/** Set for a handbook body, which lives in its own Markdown file. */
	markdown?: string;
}

function expectedTexts(manifest: PackManifest, actions: Action[], handbook: HandbookEntry[]) {
	const keys: ExpectedText[] = [{ path: ['title'] }, { path: ['description'] }];
	if (!manifest.base) {
		for (const d of manifest.dimensions) {
			keys.push(
				{ path: ['dimensions', d.id, 'title'] },
				{ path: ['dimensions', d.id, 'description'] }
			);
		}
	}
	for (const q of manifest.dimensions.flatMap((d) => d.questions)) {
		keys.push({ path: ['questions', q.id, 'text'] }, { path: ['questions', q.id, 'help'] });
		if (q.ceiling) keys.push({ path: ['questions', q.id, 'ceilingNote'] });
		for (let level = 0; level < 5; level++)
			keys.push({ path: ['questions', q.id, 'levels', String(level)] });
	}
	for (const id of Object.keys(manifest.retired ?? {})) keys.push({ path: ['retired', id] });
	if (!manifest.base) {
		for (const a of actions) {
			for (const field of ['title', 'what', 'firstStep'])
				keys.push({ path: ['actions', a.id, field] });
		}
		for (const e of handbook) {
			keys.push({ path: ['handbook', e.slug, 'title'] }, { path: ['handbook', e.slug, 'summary'] });
			keys.push({ path: [], markdown: e.slug });
		}
	}
	return keys;
}

function lookup(value: unknown, path: string[]): unknown {
	let current = value;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

function unknownKeys(
	texts: PackTexts,
	manifest: PackManifest,
	actions: Action[],
	handbook: HandbookEntry[]
): string[] {
	const known = {
		retired: new Set(Object.keys(manifest.retired ?? {})),
		dimensions: new Set(manifest.base ? [] : manifest.dimensions.map((d) => d.id)),
		questions: new Set(manifest.dimensions.flatMap((d) => d.questions.map((q) => q.id))),
		actions: new Set(manifest.base ? [] : actions.map((a) => a.id)),
		handbook: new Set(manifest.base ? [] : handbook.map((e) => e.slug))
	};
	return (Object.keys(known) as (keyof typeof known)[]).flatMap((group) =>
		Object.keys(texts[group] ?? {})
			.filter((id) => !known[group].has(id))
			.map((id) => `${group}.${id}`)
	);
}

/** The one-line summary other tools read: `<id> <version>: <N> dimensions, … locales en 100% …`. */
export function summarisePack(pack: ValidPack): string {
	const { manifest } = pack;
	const dimensions = manifest.dimensions.length;
	const questions = manifest.dimensions.reduce((sum, d) => sum + d.questions.length, 0);
	const locales = [
		...manifest.locales,
		...Object.keys(pack.completeness)
			.filter((l) => !manifest.locales.includes(l))
			.sort()
	];
	// Rounded down, so that 99.7 % never reads as complete.
	const percent = locales.map((l) => `${l} ${Math.floor((pack.completeness[l] ?? 0) * 100)}%`);
	const gaps = stepGaps(manifest, pack.actions).length;
	return (
		`${manifest.id} ${manifest.version}: ${dimensions} dimensions, ${questions} questions, ` +
		`${pack.actions.length} actions (${gaps} question steps without one), ` +
		`${pack.handbook.length} handbook entries, locales ${percent.join(' ')}`
	);
}

/**
 * Reading the app's own JSON files (invitations, responses, backups) from untrusted text:
 * size, JSON, kind of file, format version and schema are checked in that order, and the
 * first thing wrong is reported in words the UI can translate. Never throws.
 */
import { z } from './zod-mini';

export interface Issue {
	/** Where in the file, e.g. `assessments[0].answers[3].value`. */
	path: string;
	message: string;
}

export type FileProblem =
	| { code: 'tooLarge' }
	| { code: 'notJson' }
	| { code: 'wrongKind' }
	| { code: 'newerVersion'; version: number }
	| { code: 'invalid'; issues: Issue[] };

export type Read<T, P = FileProblem> = { ok: true; value: T } | { ok: false; problem: P };

export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) =>
			typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`
		)
		.join('');
}

export function issuesOf(error: z.core.$ZodError, limit = Infinity): Issue[] {
	return error.issues
		.slice(0, limit)
		.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function readJsonFile<T>(
	text: string,
	expect: { format: string; version: number; schema: z.core.$ZodType<T>; maxLength: number }
): Read<T> {
	if (text.length > expect.maxLength) return { ok: false, problem: { code: 'tooLarge' } };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, problem: { code: 'notJson' } };
	}
	if (typeof json !== 'object' || json === null)
		return { ok: false, problem: { code: 'wrongKind' } };
	const { format, version } = json as { format?: unknown; version?: unknown };
	if (format !== expect.format) return { ok: false, problem: { code: 'wrongKind' } };
	if (typeof version === 'number' && version > expect.version) {
		return { ok: false, problem: { code: 'newerVersion', version } };
	}
	const result = z.safeParse(expect.schema, json);
	if (result.success) return { ok: true, value: result.data };
	return { ok: false, problem: { code: 'invalid', issues: issuesOf(result.error, 5) } };
}

import { describe, expect, it } from 'vitest';
import { makeManifest, makePackFiles } from '$lib/test-data/pack';
import { bundleFiles, makePackBundle, readPackBundle } from './pack-bundle';
import { validatePack } from './pack-validate';

const text = (value: unknown) => JSON.stringify(value);
const bundle = () => makePackBundle(makePackFiles(makeManifest({ locales: ['en', 'de'] })));

/** The bundle read and checked as the Questionnaires page does; issues as `file: path: message`. */
function importIssues(value: unknown): string[] {
	const read = readPackBundle(text(value));
	if (!read.ok) return [read.problem.code];
	return validatePack(bundleFiles(read.value)).issues.map(
		(i) => `${i.file}: ${i.path}: ${i.message}`
	);
}

describe('pack bundles', () => {
	it('round-trips a pack folder', () => {
		const read = readPackBundle(text(bundle()));
		expect(read.ok).toBe(true);
		const check = validatePack(bundleFiles(read.ok ? read.value : bundle()));
		expect(check.issues).toEqual([]);
		expect(check.pack!.bodies.de!.panel).toBe('A panel (de).');
	});

	// Each refusal below must leave the reader with a reason, never a crash.
	it('refuses what is not a bundle', () => {
		expect(importIssues([1, 2])).toEqual(['wrongKind']);
		expect(importIssues({ format: 'empowerment-roadmap-backup', version: 1 })).toEqual([
			'wrongKind'
		]);
		expect(readPackBundle('{"format": ').ok).toBe(false);
		expect(importIssues({ ...bundle(), version: 2 })).toEqual(['newerVersion']);
	});

	it('refuses a file path outside the pack or of another kind', () => {
		const read = readPackBundle(
			text({ ...bundle(), files: { ...bundle().files, '../evil.json': {} } })
		);
		expect(read.ok).toBe(false);
		if (!read.ok && read.problem.code === 'invalid')
			expect(read.problem.issues[0]!.path).toBe('files.../evil.json');
		expect(readPackBundle(text({ ...bundle(), files: { 'script.js': 'alert(1)' } })).ok).toBe(
			false
		);
	});

	it('refuses a bundle without a manifest', () => {
		const { ['pack.json']: manifest, ...rest } = bundle().files;
		expect(manifest).toBeDefined();
		expect(importIssues({ ...bundle(), files: rest })).toContain(
			'pack.json: : missing: every pack needs a pack.json manifest'
		);
	});

	it('reports a manifest field by its path', () => {
		const files = bundle().files;
		const manifest = { ...(files['pack.json'] as object), version: 'one' };
		expect(importIssues({ ...bundle(), files: { ...files, 'pack.json': manifest } })).toEqual([
			'pack.json: version: use a version like 1.0.0 (major.minor.patch)'
		]);
	});

	it('refuses Markdown given as JSON and JSON given as text', () => {
		const files = bundle().files;
		expect(
			importIssues({
				...bundle(),
				files: { ...files, 'locales/en/handbook/panel.md': { x: 1 }, 'actions.json': 'text' }
			})
		).toEqual([
			'actions.json: : a JSON file of a pack must hold an object',
			'locales/en/handbook/panel.md: : a Markdown file must be given as text'
		]);
	});

	it('refuses a missing text of a declared language, with its path', () => {
		const files = bundle().files;
		const de = structuredClone(files['locales/de.json']) as { questions: Record<string, unknown> };
		delete de.questions['culture-a'];
		expect(importIssues({ ...bundle(), files: { ...files, 'locales/de.json': de } })).toContain(
			'locales/de.json: questions.culture-a.text: missing'
		);
	});

	it('refuses a bundle larger than any real pack', () => {
		const read = readPackBundle(' '.repeat(8_000_001));
		expect(read.ok ? '' : read.problem.code).toBe('tooLarge');
	});
});

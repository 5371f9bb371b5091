import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { packJsonSchemas } from '$lib/domain/pack-json-schema';
import { validatePack, type ValidPack } from '$lib/domain/pack-validate';
import { listPackFolders, readPackFolder } from './pack-files';

const run = promisify(execFile);
const checkPacks = (...args: string[]) =>
	run('npx', ['tsx', 'src/cli/check-packs.ts', ...args]).then(
		(r) => ({ code: 0, ...r }),
		(e: { code: number; stdout: string; stderr: string }) => e
	);

describe('the packs in questionnaires/', () => {
	// CI fails here on bad content before any user sees it.
	it('are all valid', () => {
		const folders = listPackFolders('questionnaires');
		expect(folders.length).toBeGreaterThan(0);
		const valid = new Map<string, ValidPack>();
		const baseOf = (folder: string) =>
			(readPackFolder(folder).json['pack.json'] as { base?: string }).base;
		// Packs that borrow from a base come after the packs they borrow from.
		const ordered = folders.sort((a, b) => Number(!!baseOf(a)) - Number(!!baseOf(b)));
		for (const folder of ordered) {
			const files = readPackFolder(folder);
			const base = baseOf(folder);
			const check = validatePack(files, base ? valid.get(base) : undefined);
			expect(check.issues, folder).toEqual([]);
			valid.set(files.folder, check.pack!);
		}
	});

	it('have JSON Schemas that match the zod schemas (run npm run questionnaires:schema)', () => {
		for (const [file, text] of Object.entries(packJsonSchemas())) {
			expect(readFileSync(join('questionnaires', '_schema', file), 'utf8'), file).toBe(text);
		}
	});
});

describe('npm run questionnaires:check', () => {
	const dir = mkdtempSync(join(tmpdir(), 'packs-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('prints one summary line per pack and exits 0', async () => {
		const result = await checkPacks('tests/fixtures/packs/sample');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(
			/^sample \d+\.\d+\.\d+: 3 dimensions, 6 questions, \d+ actions \(\d+ question steps without one\), \d+ handbook entries, locales en 100% de 100%$/m
		);
	});

	it('names the file and the JSON path of each problem and exits 1', async () => {
		const broken = join(dir, 'sample');
		cpSync('tests/fixtures/packs/sample', broken, { recursive: true });
		const de = JSON.parse(readFileSync(join(broken, 'locales/de.json'), 'utf8'));
		de.questions['needs-asking'].levels.pop();
		writeFileSync(join(broken, 'locales/de.json'), JSON.stringify(de));
		writeFileSync(join(broken, 'handbook.json'), '{ "entries": [');

		const result = await checkPacks(broken);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			`${join(broken, 'locales/de.json')}: questions.needs-asking.levels:`
		);
		expect(result.stderr).toContain(`${join(broken, 'handbook.json')}: not valid JSON`);
		// Nothing else: a broken handbook.json must not make every handbook link look wrong.
		expect(result.stderr.trim().split('\n')).toHaveLength(2);
		expect(result.stdout).toBe('');
	});
});

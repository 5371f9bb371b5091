/**
 * `npm run fixtures:db`: writes tests/fixtures/db/v<N>.json, the records a browser holds after
 * loading the example with today's schema version N. Run it once when a new schema version is
 * added, and commit the file: it is what later versions must still open.
 */
import { writeFileSync } from 'node:fs';
import { makePackBundle } from '../lib/domain/pack-bundle';
import { SCHEMA_VERSIONS } from '../lib/storage/db';
import { makeExample } from '../lib/test-data/example';
import { makeManifest, makePackFiles } from '../lib/test-data/pack';

const version = SCHEMA_VERSIONS.at(-1)!.version;
const { previous, current } = makeExample('en', '2026-11-25');
const snapshots = [previous, current];
const tables = {
	assessments: snapshots.map((s) => s.assessment),
	participants: snapshots.flatMap((s) => s.participants),
	answers: snapshots.flatMap((s) => s.answers),
	consensus: snapshots.flatMap((s) => s.consensus),
	targets: snapshots.flatMap((s) => s.targets),
	roadmapItems: snapshots.flatMap((s) => s.roadmapItems),
	settings: [{ key: 'roadmap.perPhase', value: 5 }],
	packs: [
		{
			id: 'mini',
			version: '1.0.0',
			importedAt: Date.parse('2026-11-25T10:00:00Z'),
			files: makePackBundle(makePackFiles(makeManifest({ locales: ['en', 'de'] }))).files
		}
	]
};
const file = `tests/fixtures/db/v${version}.json`;
writeFileSync(file, JSON.stringify({ version, tables }, null, '\t') + '\n');
console.log(`wrote ${file}`);

/** `npm run questionnaires:schema`: rewrites questionnaires/_schema/*.json from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packJsonSchemas } from '../lib/domain/pack-json-schema';

export const SCHEMA_DIR = join('questionnaires', '_schema');

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const [file, text] of Object.entries(packJsonSchemas())) {
	writeFileSync(join(SCHEMA_DIR, file), text);
	console.log(`wrote ${join(SCHEMA_DIR, file)}`);
}

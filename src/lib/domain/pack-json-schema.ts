import {
	actionsFileSchema,
	handbookFileSchema,
	packManifestSchema,
	packTextsSchema
} from './pack.schema';
import { z } from './zod';

/**
 * JSON Schemas for editors, generated from the zod schemas so the two never disagree.
 * Draft 7, because that is what most editors understand. Cross-file checks (ids, references,
 * completeness) are beyond JSON Schema: `npm run questionnaires:check` does those.
 */
export function packJsonSchemas(): Record<string, string> {
	const schemas = {
		'pack.schema.json': packManifestSchema,
		'actions.schema.json': actionsFileSchema,
		'handbook.schema.json': handbookFileSchema,
		'texts.schema.json': packTextsSchema
	};
	return Object.fromEntries(
		Object.entries(schemas).map(([file, schema]) => [
			file,
			JSON.stringify(z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }), null, '\t') + '\n'
		])
	);
}

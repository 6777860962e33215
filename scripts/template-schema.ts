/**
 * Writes definitions/template.schema.json from the zod schema. Run after changing
 * definitions/template.ts: `npx tsx scripts/template-schema.ts`. A test fails while the
 * committed file differs from a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { templateJsonSchemaText } from '../definitions/json-schema.js';
import { DEFINITIONS_DIR, SCHEMA_FILE_NAME } from '../definitions/load.js';

const target = path.join(DEFINITIONS_DIR, SCHEMA_FILE_NAME);
writeFileSync(target, templateJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);

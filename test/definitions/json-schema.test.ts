import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateJsonSchema, templateJsonSchemaText } from '../../definitions/json-schema.js';
import { DEFINITIONS_DIR, SCHEMA_FILE_NAME } from '../../definitions/load.js';

describe('template JSON Schema', () => {
  it('is committed as generated; run `npx tsx scripts/template-schema.ts` after changing template.ts', () => {
    const committed = readFileSync(path.join(DEFINITIONS_DIR, SCHEMA_FILE_NAME), 'utf8');
    expect(committed).toBe(templateJsonSchemaText());
  });

  it('names its definitions after the template language', () => {
    const schema = templateJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema['$defs'] ?? {})).toEqual(expect.arrayContaining(['Step', 'TaskStep', 'ApprovalStep', 'ParallelStep', 'Branch', 'DurationRef']));
  });
});

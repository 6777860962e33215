/**
 * `npm run openapi:client`: regenerates the TypeScript types of the API (api/client/schema.ts)
 * from the OpenAPI document, with openapi-typescript. test/api/openapi.test.ts fails while the
 * committed file differs from what this writes, so run it after changing a route or schema.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../api/app.js';
import { openApiDocument } from '../api/openapi.js';
import { projectRoot } from './stack/paths.js';

/** Where the generated types live. */
export const clientSchemaPath = path.join(projectRoot, 'api', 'client', 'schema.ts');

/** The generated types of the current document, as committed. */
export async function clientSchemaSource(): Promise<string> {
  // Building the app once registers every route with the document.
  void createApp;
  const document = openApiDocument();
  // Fields with a default are optional to send (openapi-typescript would make them required).
  const ast = await openapiTS(JSON.stringify(document), { alphabetize: true, defaultNonNullable: false });
  return `/**\n * The Tandem API's types, generated from its OpenAPI document by \`npm run openapi:client\`\n * (openapi-typescript). Do not edit: regenerate.\n */\n/* eslint-disable */\n${astToString(ast)}`;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  writeFileSync(clientSchemaPath, await clientSchemaSource());
  console.log(`wrote ${path.relative(projectRoot, clientSchemaPath)}`);
}

/**
 * A typed client of the Tandem API for portals written in TypeScript: openapi-fetch over the
 * types generated from the OpenAPI document (schema.ts). Paths, parameters, bodies and answers
 * are checked by the compiler.
 *
 *   const tandem = tandemClient('https://tandem.example.com', process.env.TANDEM_KEY);
 *   const { data, error } = await tandem.GET('/fund-requests/{id}', { params: { path: { id } } });
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

/** A client for the API at `baseUrl`, sending `apiKey` with every request. */
export function tandemClient(baseUrl: string, apiKey: string): Client<paths> {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${apiKey}` } });
}

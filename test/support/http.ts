/** Calling the test stack's API over real HTTP, with real keys. */
import { createApiKey, type Scope } from '../../api/auth/keys.js';
import { STARTING_STATUS } from '../../api/starting-row.js';
import { ensureCompany } from './directory.js';
import { eventually } from './eventually.js';
import type { TestStack } from './stack.js';

/** An answer: status, headers and parsed JSON (or text). */
export interface HttpAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Options of one call. */
export interface CallOptions {
  key?: string;
  body?: unknown;
  /** Raw body text or bytes (sent as is) instead of JSON. */
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
}

/** Calls the API; JSON in and out. */
export async function call<T = unknown>(stack: TestStack, method: string, path: string, options: CallOptions = {}): Promise<HttpAnswer<T>> {
  if (!stack.api) throw new Error('start the test stack with { api: true }');
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.key) headers['authorization'] = `Bearer ${options.key}`;
  let payload: string | Uint8Array | undefined;
  if (options.raw !== undefined) payload = options.raw;
  else if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${stack.api.url}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  const text = await response.text();
  let body: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: body as T };
}

/** Creates an API key for `companyId` (and the company, if it is new) directly in the test database. */
export async function keyFor(stack: TestStack, companyId: string, scopes: Scope[] = ['read', 'act', 'admin']): Promise<string> {
  if (!scopes.includes('platform')) await ensureCompany(stack, companyId);
  return (await createApiKey(stack.pool, companyId, `test key of ${companyId}`, scopes)).token;
}

/**
 * Waits until `key`'s company reads instance `id` as its workflow wrote it: past `Starting`,
 * the row the API writes with the start (api/starting-row.ts). Returns that answer.
 */
export async function projected<T extends { status: string } = { status: string }>(stack: TestStack, id: string, key: string): Promise<HttpAnswer<T>> {
  return eventually(async () => {
    const answer = await call<T>(stack, 'GET', `/instances/${id}`, { key });
    if (answer.status !== 200) throw new Error(`GET /instances/${id} answered ${answer.status}`);
    if (answer.body.status === STARTING_STATUS) throw new Error(`instance ${id} is still ${STARTING_STATUS}`);
    return answer;
  });
}

/**
 * The console's only way to the server: the public API, through the typed client generated
 * from the OpenAPI document (api/client/schema.ts), with the session cookie the browser
 * holds and, on POST, PUT and DELETE, the session's CSRF token in `X-CSRF-Token`.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '../api/client/schema.js';

export type Schemas = components['schemas'];

/** A refusal as the API words it. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

let csrfToken = '';

const csrf: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD'].includes(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/** The typed client, same origin, with the session cookie. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', headers: { accept: 'application/json' } });
api.use(csrf);

/** Remembers the CSRF token of GET /me for later writes. */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

/** The data of an answer, or the API's refusal as an {@link ApiProblem}. */
export function answer<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined && result.response.ok) return result.data;
  const body = result.error;
  const error = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: { code?: unknown; message?: unknown } }).error : undefined;
  throw new ApiProblem(result.response.status, typeof error?.code === 'string' ? error.code : 'unknown', typeof error?.message === 'string' ? error.message : `The server answered ${result.response.status}.`);
}

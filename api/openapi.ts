/**
 * The OpenAPI 3.1 document, generated from the schemas the handlers parse requests with
 * (registered beside each route) and the response schemas and contracts of
 * api/responses.ts and api/openapi-contract.ts. It is the contract for portals:
 * test/api/openapi.test.ts lints it with an independent validator and checks the typed client
 * generated from it (api/client/schema.ts) is current.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from '../activities/webhooks/index.js';
import { CONTRACT, errors as mergeErrors, type RouteAuth, type RouteContract, type RouteErrors } from './openapi-contract.js';
import { WebhookPayload } from './responses.js';
import { ErrorBody } from './schemas.js';
import { SESSION_COOKIE } from './session/sessions.js';

/** Every route registers itself here next to its handler. */
export const registry = new OpenAPIRegistry();

registry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'An API key: "Authorization: Bearer tdm_…" (`npm run tandem -- keys create`).' });
registry.registerComponent('securitySchemes', 'session', {
  type: 'apiKey',
  in: 'cookie',
  name: SESSION_COOKIE,
  description: 'A signed-in person’s session: the HttpOnly cookie set by signing in (POST /sign-in and the mailed link, or the company’s identity provider).',
});
registry.registerComponent('securitySchemes', 'csrfToken', {
  type: 'apiKey',
  in: 'header',
  name: 'X-CSRF-Token',
  description: 'The session’s CSRF token (`csrfToken` of GET /me, or the tandem_csrf cookie), required beside the session cookie on every POST, PUT and DELETE.',
});

/** The security requirement of a route, by how it authenticates. */
function securityOf(auth: RouteAuth, method: string): RouteConfig['security'] {
  if (auth === 'none') return [];
  const session: Record<string, string[]> = SAFE_METHODS.has(method) ? { session: [] } : { session: [], csrfToken: [] };
  if (auth === 'session') return [session];
  if (auth === 'apiKeyOrAdminSession') return [{ apiKey: [] }, session];
  return [{ apiKey: [] }];
}
const SAFE_METHODS = new Set(['get', 'head', 'options']);

const header = (description: string, schema: { type: 'string' | 'integer'; example?: string | number }) => ({ description, schema });

/** Response headers, declared once. */
const RESPONSE_HEADERS = {
  ETag: header('The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match.', { type: 'string', example: 'W/"3q2-7wEj…"' }),
  'Cache-Control': header('`private, no-cache`: revalidate with If-None-Match.', { type: 'string', example: 'private, no-cache' }),
  RateLimit: header('What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`.', { type: 'string' }),
  'RateLimit-Policy': header('This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`.', { type: 'string' }),
  'Retry-After': header('Seconds until the limit resets.', { type: 'integer', example: 30 }),
  Location: header('Where to go next.', { type: 'string' }),
};
const rateLimitHeaders = { RateLimit: RESPONSE_HEADERS.RateLimit, 'RateLimit-Policy': RESPONSE_HEADERS['RateLimit-Policy'] };

/** Errors every authenticated route can give. */
const COMMON_ERRORS: RouteErrors = { 400: ['invalid_request', 'unknown_fields'], 403: ['wrong_scope'], 404: ['not_found'] };
/** Errors every route of a signed-in person can give; POST, PUT and DELETE also check the CSRF token. */
const SESSION_ERRORS: RouteErrors = { 400: ['invalid_request', 'unknown_fields'], 404: ['not_found'] };
const CSRF_ERRORS: RouteErrors = { 403: ['csrf_token_missing', 'csrf_token_invalid'] };
/** Errors every sign-in route can give. */
const SIGN_IN_ERRORS: RouteErrors = { 400: ['invalid_request', 'unknown_fields'] };

/** The 401 codes of each way to authenticate (none for routes that need no authentication). */
const UNAUTHENTICATED: Record<RouteAuth, readonly string[]> = {
  apiKey: ['unauthenticated', 'invalid_key'],
  session: ['not_signed_in', 'session_expired'],
  apiKeyOrAdminSession: ['unauthenticated', 'invalid_key', 'session_expired'],
  none: [],
};
/** A signed-in person who is not an admin of their company, on a company settings route (api/session/admin.ts). */
const ADMIN_SESSION_ERRORS: RouteErrors = { 403: ['not_company_admin'] };

function commonErrors(auth: RouteAuth, method: string): RouteErrors {
  if (auth === 'none') return SIGN_IN_ERRORS;
  if (auth === 'session') return SAFE_METHODS.has(method) ? SESSION_ERRORS : mergeErrors(SESSION_ERRORS, CSRF_ERRORS);
  if (auth === 'apiKeyOrAdminSession') return SAFE_METHODS.has(method) ? mergeErrors(COMMON_ERRORS, ADMIN_SESSION_ERRORS) : mergeErrors(COMMON_ERRORS, ADMIN_SESSION_ERRORS, CSRF_ERRORS);
  return COMMON_ERRORS;
}

const ERROR_MEANING: Record<number, string> = {
  400: 'The request is not valid; `details` name each problem by path.',
  401: 'Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one.',
  403: 'The key lacks the scope, or the person or company may not do this.',
  404: 'Not found, or not visible to your company.',
  409: 'The request conflicts with the current state.',
  413: 'The body is too large.',
  415: 'The body has the wrong media type.',
  422: 'The request is well formed but the business rules refuse it.',
  429: 'Too many requests for this key (sign-in: from this address).',
};

function errorResponse(status: number, codes: readonly string[], rateLimited = true): ResponseConfig {
  const limitHeaders = rateLimited ? rateLimitHeaders : {};
  return {
    description: `${ERROR_MEANING[status] ?? 'Refused.'} Codes: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
    headers: status === 429 ? { ...limitHeaders, 'Retry-After': RESPONSE_HEADERS['Retry-After'] } : limitHeaders,
    content: { 'application/json': { schema: ErrorBody } },
  };
}

function successResponse(given: ResponseConfig | undefined, schema: RouteContract['success'][number], method: string, rateLimited: boolean): ResponseConfig {
  const description = given?.description ?? 'OK';
  const limitHeaders = rateLimited ? rateLimitHeaders : {};
  if ('redirect' in schema) return { description: `${description}. ${schema.redirect}`, headers: { ...limitHeaders, Location: RESPONSE_HEADERS.Location } };
  const headers = { ...limitHeaders, ...(method === 'get' ? { ETag: RESPONSE_HEADERS.ETag, 'Cache-Control': RESPONSE_HEADERS['Cache-Control'] } : {}) };
  if ('mediaType' in schema) return { description: `${description}. ${schema.description}`, headers, content: { [schema.mediaType]: { schema: { type: 'string', format: 'binary' } } } };
  return { description, headers, content: { 'application/json': { schema } } };
}

const IfNoneMatch = z.string().optional().openapi({ description: 'The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache).' });
const IdempotencyKey = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/)
  .optional()
  .openapi({ description: 'Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict.' });

const MultipartDocuments = z
  .object({ file: z.array(z.string().openapi({ type: 'string', format: 'binary' })).openapi({ description: 'One part per document, each named "file": PDF, PNG, JPEG, CSV, plain text or XLSX, up to 10 MiB each.' }) })
  .openapi('DocumentUpload');

/** `get /instances/{id}/tasks/{taskId}` → `getInstancesByIdTasksByTaskId`: stable, unique, derived from the route. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith('{') ? `by-${segment.slice(1, -1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+|(?=[A-Z])/))
    .filter(Boolean);
  return [method, ...words].map((word, index) => (index === 0 ? word.toLowerCase() : `${word[0]?.toUpperCase() ?? ''}${word.slice(1).toLowerCase()}`)).join('');
}

/** Registers a route with its contract: response schemas, error codes and headers. */
export function documentRoute(route: Omit<RouteConfig, 'responses'> & { responses: RouteConfig['responses'] }): void {
  const contract = CONTRACT[`${route.method} ${route.path}`];
  if (!contract) {
    // Stays in the document as registered; test/api/openapi.test.ts names it as missing its contract.
    registry.registerPath({ security: [{ apiKey: [] }], operationId: operationIdOf(route.method, route.path), ...route, responses: { ...route.responses, ...Object.fromEntries(Object.entries(COMMON_ERRORS).map(([status, codes]) => [status, errorResponse(Number(status), codes ?? [])])) } });
    return;
  }
  const auth = contract.auth ?? 'apiKey';
  // A person's session routes have no rate limit; API keys have one per key, sign-in one per address.
  const rateLimited = auth !== 'session';
  // A redirect has no body, so no ETag and no 304.
  const conditional = route.method === 'get' && Object.values(contract.success).every((schema) => !('redirect' in schema));
  const responses: Record<number, ResponseConfig> = {};
  for (const [status, schema] of Object.entries(contract.success)) responses[Number(status)] = successResponse(route.responses[status] as ResponseConfig | undefined, schema, route.method, rateLimited);
  if (conditional) {
    responses[304] = {
      description: contract.longPoll ? 'Unchanged since If-None-Match (after waiting up to waitForChange).' : 'Unchanged since If-None-Match.',
      headers: { ETag: RESPONSE_HEADERS.ETag },
    };
  }
  const codes = mergeErrors(commonErrors(auth, route.method), contract.errors ?? {});
  for (const [status, list] of Object.entries(codes)) responses[Number(status)] = errorResponse(Number(status), list ?? [], rateLimited);
  if (auth !== 'none') responses[401] = errorResponse(401, UNAUTHENTICATED[auth], rateLimited);
  if (rateLimited) responses[429] = errorResponse(429, ['rate_limited']);

  const request: NonNullable<RouteConfig['request']> = { ...route.request };
  if (contract.query) request.query = contract.query;
  if (conditional) request.headers = z.object({ 'If-None-Match': IfNoneMatch });
  if (contract.idempotent) request.headers = z.object({ 'Idempotency-Key': IdempotencyKey });
  if (contract.multipart) request.body = { required: true, content: { 'multipart/form-data': { schema: MultipartDocuments } } };
  registry.registerPath({ operationId: operationIdOf(route.method, route.path), ...route, security: securityOf(auth, route.method), request, responses });
}

const EVENT_MEANING: Record<(typeof WEBHOOK_EVENT_TYPES)[number], string> = {
  'instance.started': 'An instance your company takes part in started.',
  'instance.changed': 'What your company sees of an instance changed (status, steps, tasks).',
  'instance.completed': 'An instance reached an end step.',
  'instance.cancelled': 'An instance was cancelled.',
  'instance.incident': 'An instance stopped at a step in an incident (a run-time error in the template’s data, or the database refused its data); ops retry or cancel it.',
  'task.opened': 'A task of your company (or a shared one) opened; `task` is set.',
  'task.decided': 'A task your company may see was decided; `task` is set.',
};

const DeliveryHeaders = z.object({
  'Tandem-Event-Id': z.string().openapi({ description: 'The delivery id, as `id` in the body; the same on every retry and replay: deduplicate on it.' }),
  'Tandem-Event-Type': z.enum(WEBHOOK_EVENT_TYPES).openapi({ description: 'The event type, as `type` in the body.' }),
  'Tandem-Delivery-Attempt': z.string().regex(/^[1-9][0-9]*$/).openapi({ description: '1, 2, … (a replay continues the count).' }),
  'Tandem-Signature': z
    .string()
    .regex(/^t=\d+(,v1=[0-9a-f]{64})+$/)
    .openapi({
      description:
        '`t=<unix seconds>,v1=<hex>`: HMAC-SHA256 keyed with the subscription’s whole `whsec_…` secret over `<t>.<raw body>`. Verify against the raw bytes, compare in constant time, refuse a `t` more than a few minutes old; one matching `v1` is enough.',
      example: 't=1735689600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
    }),
});

for (const type of WEBHOOK_EVENT_TYPES) {
  registry.registerWebhook({
    method: 'post',
    path: type,
    operationId: `on${type.split('.').map((word) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`).join('')}`,
    // Deliveries carry no API key; they are signed (Tandem-Signature).
    security: [],
    summary: EVENT_MEANING[type],
    description: 'POSTed to the subscription’s URL (`POST /webhooks`). Any 2xx acknowledges it; anything else, a redirect or a timeout is retried with backoff.',
    request: { headers: DeliveryHeaders, body: { required: true, content: { 'application/json': { schema: WebhookPayload } } } },
    responses: { 200: { description: 'Received (any 2xx).' } },
  });
}

const DESCRIPTION = `Status, inboxes and decisions for cross-company partner workflows (MDF and joint solutions).

Every route but /health, /sign-in and /me needs an API key (\`Authorization: Bearer tdm_…\`) and shows only what your company may see: anything else is a 404.

**People** sign in without a password (\`POST /sign-in\` mails a link, or \`GET /sign-in/oidc/{companyId}\` goes to the company's identity provider); the session cookie then authenticates the \`/me\` routes, and every POST, PUT and DELETE there also needs the session's CSRF token in \`X-CSRF-Token\`.

**Errors** are JSON \`{ "error": { "code", "message", "details"? } }\` with a stable \`code\`; each response lists the codes it can carry.

**Conditional reads**: every GET answers with an \`ETag\` per company view; send it as \`If-None-Match\` for a 304. The status routes (instances, fund requests, allocations, the task inbox) long-poll with \`waitForChange=1s…60s\`.

**Retries**: POSTs that start or decide something take an \`Idempotency-Key\`.

**JSON field names**: the API's own fields are camelCase, in requests and responses (\`templateId\`, \`businessKey\`, \`openTasks\`). Data a template defines keeps the template's names, which are snake_case: instance \`input\` and \`vars\`, task \`form\`, a fund request's \`proposal\` and \`claim\` as returned (\`activity_type\`), a budget's \`team\` roles (\`channel_manager\`). So a proposal is sent as \`activityType\` and read back as \`activity_type\`. Planned transition: responses will add the camelCase form of template-defined data beside the current one in a minor version, the snake_case form will be deprecated with a \`Deprecation\` header, and removed only in the next major version of this document.`;

const generated = new Map<string, object>();

/** The generated document; `serverUrl` is the public base URL of this API. */
export function openApiDocument(serverUrl = 'http://localhost:3000'): object {
  let document = generated.get(serverUrl);
  if (!document) {
    document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
      openapi: '3.1.0',
      info: { title: 'Tandem API', version: '1', description: DESCRIPTION },
      servers: [{ url: serverUrl, description: 'This Tandem' }],
    });
    generated.set(serverUrl, document);
  }
  return document;
}

/**
 * The OpenAPI document as the contract portals are built from: valid by an independent linter
 * (Redocly, recommended-strict), a response schema and error codes for every route, webhooks for
 * every event, enums that match the templates, and a committed typed client that matches it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '../../activities/webhooks/events.js';
import { createApp } from '../../api/app.js';
import { openApiDocument, registry } from '../../api/openapi.js';
import { CONTRACT } from '../../api/openapi-contract.js';
import { FUND_REQUEST_STATUSES, JOINT_SOLUTION_STATUSES, PARTNER_ONBOARDING_STATUSES } from '../../api/responses.js';
import { loadTemplateFile } from '../../definitions/load.js';
import { clientSchemaPath, clientSchemaSource } from '../../scripts/openapi-client.js';
import { projectRoot } from '../../scripts/stack/paths.js';

// Importing the app registers every route with the document.
void createApp;

interface Operation {
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string; schema: { pattern?: string; enum?: string[] } }>;
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema: unknown }> }>;
}
interface Document {
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, Operation>>;
  webhooks: Record<string, { post: Operation }>;
  components: { schemas: Record<string, unknown> };
}
const document = openApiDocument('https://tandem.acme-partners.example') as Document;
const operations = Object.entries(document.paths).flatMap(([route, methods]) => Object.entries(methods).map(([method, operation]) => ({ key: `${method} ${route}`, operation })));

describe('the OpenAPI document', () => {
  it('passes Redocly’s recommended-strict rules with no problem', async () => {
    const config = await createConfig({
      extends: ['recommended-strict'],
      rules: {
        // The served document names the server that serves it, which is localhost in development.
        'no-server-example.com': 'off',
        // A private project: there is no licence to name.
        'info-license': 'off',
      },
    });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: path.join(projectRoot, 'openapi.json'), config });
    // Starting a sign-in at the identity provider answers only with a redirect, which the
    // operation-2xx-response rule cannot know is its success; nothing else is excused.
    const redirectOnly = '#/paths/~1sign-in~1oidc~1{companyId}/get/responses';
    const excused = (problem: (typeof problems)[number]) => problem.ruleId === 'operation-2xx-response' && problem.location[0]?.pointer === redirectOnly;
    expect(problems.filter((problem) => !excused(problem)).map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer ?? ''}`)).toEqual([]);
    expect(Object.keys(document.paths['/sign-in/oidc/{companyId}']?.['get']?.responses ?? {})).toContain('302');
  });

  it('has a contract for every documented route, and documents every route of the contract', () => {
    const registered = registry.definitions.flatMap((definition) => (definition.type === 'route' ? [`${definition.route.method} ${definition.route.path}`] : []));
    expect(registered.filter((key) => !CONTRACT[key])).toEqual([]);
    expect(Object.keys(CONTRACT).filter((key) => !registered.includes(key))).toEqual([]);
  });

  it('gives every success answer a schema, every error answer the Error schema and its codes, and declares the headers', () => {
    for (const { key, operation } of operations) {
      const auth = CONTRACT[key]?.auth ?? 'apiKey';
      const redirect = Object.keys(operation.responses).some((status) => status.startsWith('3') && status !== '304');
      for (const [status, response] of Object.entries(operation.responses)) {
        const code = Number(status);
        if (code === 304) {
          expect(response.headers, key).toHaveProperty('ETag');
          continue;
        }
        if (code >= 300 && code < 400) expect(response.headers, `${key} ${status}`).toHaveProperty('Location');
        else expect(response.content, `${key} ${status}`).toBeDefined();
        if (code >= 400) {
          expect(response.content?.['application/json']?.schema, `${key} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
          expect(response.description, `${key} ${status}`).toMatch(/Codes: `[a-z_]+`/);
        }
        // A person's session routes have no rate limit, so they declare none.
        if (auth === 'session') expect(response.headers ?? {}, `${key} ${status}`).not.toHaveProperty('RateLimit');
        else expect(response.headers, `${key} ${status}`).toHaveProperty('RateLimit');
      }
      if (auth === 'none') expect(operation.responses['401'], key).toBeUndefined();
      else expect(operation.responses['401'], key).toBeDefined();
      if (auth === 'session') expect(operation.responses['429'], key).toBeUndefined();
      else expect(operation.responses['429']?.headers, key).toHaveProperty('Retry-After');
      if (key.startsWith('get ') && !redirect) {
        expect(operation.parameters?.some((parameter) => parameter.in === 'header' && parameter.name === 'If-None-Match'), key).toBe(true);
        const ok = Object.entries(operation.responses).find(([status]) => status.startsWith('2'));
        expect(ok?.[1].headers, key).toHaveProperty('ETag');
      }
      if (CONTRACT[key]?.idempotent) expect(operation.parameters?.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key'), key).toBe(true);
    }
  });

  it('asks the session cookie of a person’s routes (and the CSRF header when they change something), no authentication of sign-in, an admin key or an admin’s session of the company settings, and an API key of every other route', () => {
    const session = document.components as unknown as { securitySchemes: Record<string, { type: string; in?: string; name?: string }> };
    expect(session.securitySchemes['session']).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'tandem_session' });
    expect(session.securitySchemes['csrfToken']).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
    const personRoutes = operations.filter(({ key }) => key.split(' ')[1]?.startsWith('/me'));
    expect(personRoutes.map(({ key }) => key).sort()).toEqual(Object.keys(CONTRACT).filter((key) => key.split(' ')[1]?.startsWith('/me')).sort());
    expect(personRoutes.length).toBe(32);
    for (const { key, operation } of personRoutes) {
      expect(operation.security, key).toEqual(key.startsWith('get ') ? [{ session: [] }] : [{ session: [], csrfToken: [] }]);
      expect(operation.responses['401']?.description, key).toContain('`not_signed_in`');
      if (!key.startsWith('get ')) expect(operation.responses['403']?.description, key).toContain('`csrf_token_missing`');
    }
    for (const key of ['post /sign-in', 'get /sign-in/oidc/{companyId}']) {
      const operation = operations.find((candidate) => candidate.key === key)?.operation;
      expect(operation?.security, key).toEqual([]);
    }
    // The company's settings take an admin key or the session of one of the company's admins (api/session/admin.ts).
    const settings = /^\w+ \/(directory|admin\/keys|webhooks|identity-provider)\b/;
    const settingsRoutes = operations.filter(({ key }) => settings.test(key));
    expect(settingsRoutes.length).toBeGreaterThanOrEqual(20);
    for (const { key, operation } of settingsRoutes) {
      expect(operation.security, key).toEqual([{ apiKey: [] }, key.startsWith('get ') ? { session: [] } : { session: [], csrfToken: [] }]);
      expect(operation.responses['403']?.description, key).toContain('`not_company_admin`');
    }
    for (const { key, operation } of operations.filter(({ key }) => !/^\w+ \/(me|sign-in)\b/.test(key) && !settings.test(key))) expect(operation.security, key).toEqual([{ apiKey: [] }]);
  });

  it('documents waitForChange on every status route a portal polls, with its format', () => {
    for (const route of ['/instances/{id}', '/fund-requests/{id}', '/allocations/{id}', '/tasks']) {
      const wait = document.paths[route]?.['get']?.parameters?.find((parameter) => parameter.name === 'waitForChange');
      expect(wait?.schema.pattern, route).toBe('^[1-9][0-9]?s$');
      const pattern = new RegExp(wait?.schema.pattern ?? '');
      expect(['1s', '30s', '60s'].every((value) => pattern.test(value))).toBe(true);
    }
  });

  it('lists fund request statuses as an enum that matches the MDF template, and the other templates’ statuses in the instance status', () => {
    const statusesOf = (file: string) => {
      const loaded = loadTemplateFile(path.join(projectRoot, 'definitions', file));
      if (!loaded.ok) throw new Error(`${file} is not valid`);
      // Steps nest (parallel branches), so every `status` anywhere in the template counts.
      const found = new Set<string>(['Starting', 'Cancelled']);
      const walk = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (typeof value === 'object' && value !== null) {
          for (const [key, inner] of Object.entries(value)) {
            if (key === 'status' && typeof inner === 'string') found.add(inner);
            else walk(inner);
          }
        }
      };
      walk(loaded.template.steps);
      return [...found].sort();
    };
    expect([...FUND_REQUEST_STATUSES].sort()).toEqual(statusesOf('mdf-fund-request.yaml'));
    expect([...JOINT_SOLUTION_STATUSES].sort()).toEqual(statusesOf('joint-solution.yaml'));
    expect([...PARTNER_ONBOARDING_STATUSES].sort()).toEqual(statusesOf('partner-onboarding.yaml'));
    const filter = document.paths['/fund-requests']?.['get']?.parameters?.find((parameter) => parameter.name === 'status');
    expect(filter?.schema).toEqual({ $ref: '#/components/schemas/FundRequestStatus' });
    expect(document.components.schemas['FundRequestStatus']).toMatchObject({ type: 'string', enum: [...FUND_REQUEST_STATUSES] });
  });

  it('describes the document upload as multipart with file parts', () => {
    const upload = document.paths['/fund-requests/{id}/documents']?.['post'];
    expect(Object.keys(upload?.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
  });

  it('accepts a real sha256 in the claim’s pattern, in either case', () => {
    const hash = createHash('sha256').update('invoice').digest('hex');
    const patterns = [...JSON.stringify(document.components.schemas).matchAll(/"sha256":\{"type":"string","pattern":"([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(new RegExp(pattern).test(hash), pattern).toBe(true);
  });

  it('describes every webhook event with its payload and signature header, and names its server', () => {
    expect(Object.keys(document.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    for (const type of WEBHOOK_EVENT_TYPES) {
      const post = document.webhooks[type]?.post;
      expect(post?.parameters?.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['Tandem-Signature', 'Tandem-Event-Id']));
      expect(JSON.stringify(post?.requestBody)).toContain('#/components/schemas/WebhookPayload');
    }
    expect(document.servers).toEqual([{ url: 'https://tandem.acme-partners.example', description: 'This Tandem' }]);
  });

  it('matches the committed typed client (run `npm run openapi:client` after changing the API)', async () => {
    expect(readFileSync(clientSchemaPath, 'utf8')).toBe(await clientSchemaSource());
  });
});

/**
 * Who may call what: every route against the owner company, another company, no key and
 * a key of the wrong scope; row-level security checked by querying as the API's role;
 * and random bodies thrown at every route never produce a 5xx or change the database.
 */
import fc from 'fast-check';
import pg from 'pg';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiKey } from '../../api/auth/keys.js';
import { VERIFIED_KEY_TTL_MS } from '../../api/auth/verified-keys.js';
import { asCompany, queryAs } from '../../api/projection.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { acme, bindings, globex, parties, paul } from '../fixtures/people.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const template: TemplateInput = {
  id: 'authz',
  version: 1,
  title: 'Authorization',
  parties,
  steps: [
    { id: 'propose', kind: 'task', owner: 'partner.requester', next: 'review' },
    { id: 'review', kind: 'approval', approvers: ['vendor.manager'], next: { approve: 'ok', reject: 'ok', request_changes: 'propose' } },
    { id: 'ok', kind: 'end', status: 'Done' },
  ],
};

let stack: TestStack;
const keys: Record<'owner' | 'other' | 'ops' | 'vendor', string> = { owner: '', other: '', ops: '', vendor: '' };

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishTemplate(stack.pool, template);
  // A version only for the deprecation route, so the matrix can keep starting version 1.
  await publishTemplate(stack.pool, { ...template, version: 50 });
  keys.owner = await keyFor(stack, globex);
  keys.vendor = await keyFor(stack, acme);
  keys.other = await keyFor(stack, 'initech');
  keys.ops = await keyFor(stack, 'tandem-ops', ['platform']);
});
afterAll(async () => {
  await stack?.stop();
});

let counter = 0;
/** A fresh running instance (Globex requester, Acme vendor) with its first task open. */
async function freshInstance(): Promise<string> {
  const businessKey = `authz-${++counter}`;
  const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: keys.owner, body: { templateId: 'authz', businessKey, bindings, input: {}, initiator: paul } });
  expect(started.status).toBe(201);
  await eventually(async () => expect((await call(stack, 'GET', `/instances/${started.body.id}`, { key: keys.owner })).status).toBe(200));
  return started.body.id;
}

type Caller = 'owner' | 'other' | 'none' | 'wrongScope';
interface RouteCase {
  name: string;
  /** Expected status per caller. */
  expect: Record<Caller, number>;
  /** Makes what the route acts on (default: a fresh instance) and returns the id `request` gets. */
  fresh?: () => Promise<string>;
  request: (id: string) => { method: string; path: string; body?: unknown };
}

// Deliveries go to a name that never resolves (RFC 2606), so no test traffic leaves the machine.
const webhookBody = { url: 'https://hooks.example.invalid/tandem', events: ['instance.completed'] };

/** A fresh webhook subscription of the owner company. */
async function freshWebhook(): Promise<string> {
  const created = await call<{ id: string }>(stack, 'POST', '/webhooks', { key: keys.owner, body: webhookBody });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** A fresh webhook subscription of the owner with one delivered delivery; returns "<webhook id>/<delivery id>". */
async function freshDelivery(): Promise<string> {
  const webhookId = await freshWebhook();
  const eventId = `instance.completed:authz-delivery:${++counter}`;
  await stack.pool.query(`INSERT INTO webhook_events (id, type, instance_id, revision, state, occurred_at) VALUES ($1, 'instance.completed', 'authz-delivery', 1, '{}', now())`, [eventId]);
  const delivery = await stack.pool.query<{ id: string }>(
    `INSERT INTO webhook_deliveries (subscription_id, company_id, event_id, event_type, instance_id, body, status, attempts, delivered_at)
     VALUES ($1, $2, $3, 'instance.completed', 'authz-delivery', '{}', 'delivered', 1, now()) RETURNING id`,
    [webhookId, globex, eventId],
  );
  return `${webhookId}/${delivery.rows[0]?.id}`;
}

/** A fresh key of the other company, made by ops; returns its id. */
async function freshKey(): Promise<string> {
  const created = await call<{ id: string }>(stack, 'POST', '/admin/keys', { key: keys.ops, body: { companyId: 'initech', name: 'to revoke', scopes: ['company'] } });
  expect(created.status).toBe(201);
  return created.body.id;
}

const decision = { actor: paul.email, outcome: 'submit' };
const routes: RouteCase[] = [
  { name: 'list instances', expect: { owner: 200, other: 200, none: 401, wrongScope: 403 }, request: () => ({ method: 'GET', path: '/instances' }) },
  { name: 'read an instance', expect: { owner: 200, other: 404, none: 401, wrongScope: 403 }, request: (id) => ({ method: 'GET', path: `/instances/${id}` }) },
  { name: 'read a timeline', expect: { owner: 200, other: 404, none: 401, wrongScope: 403 }, request: (id) => ({ method: 'GET', path: `/instances/${id}/timeline` }) },
  { name: 'start an instance', expect: { owner: 201, other: 403, none: 401, wrongScope: 403 }, request: () => ({ method: 'POST', path: '/instances', body: { templateId: 'authz', businessKey: `m-${++counter}`, bindings, input: {}, initiator: paul } }) },
  { name: 'cancel an instance', expect: { owner: 200, other: 404, none: 401, wrongScope: 403 }, request: (id) => ({ method: 'POST', path: `/instances/${id}/cancel`, body: { actor: paul.email, reason: 'test' } }) },
  { name: 'read the inbox', expect: { owner: 200, other: 200, none: 401, wrongScope: 403 }, request: () => ({ method: 'GET', path: '/tasks' }) },
  { name: 'read a task', expect: { owner: 200, other: 404, none: 401, wrongScope: 403 }, request: (id) => ({ method: 'GET', path: `/instances/${id}/tasks/propose.1.partner.requester` }) },
  { name: 'decide a task', expect: { owner: 200, other: 404, none: 401, wrongScope: 403 }, request: (id) => ({ method: 'POST', path: `/instances/${id}/tasks/propose.1.partner.requester/decision`, body: decision }) },
  { name: 'list templates', expect: { owner: 200, other: 200, none: 401, wrongScope: 200 }, request: () => ({ method: 'GET', path: '/templates' }) },
  { name: 'read a template', expect: { owner: 200, other: 200, none: 401, wrongScope: 200 }, request: () => ({ method: 'GET', path: '/templates/authz/versions/1' }) },
  { name: 'validate a template', expect: { owner: 403, other: 403, none: 401, wrongScope: 200 }, request: () => ({ method: 'POST', path: '/templates/validate', body: template }) },
  { name: 'publish a template', expect: { owner: 403, other: 403, none: 401, wrongScope: 201 }, request: () => ({ method: 'POST', path: '/templates', body: { ...template, version: 100 + ++counter } }) },
  { name: 'deprecate a template', expect: { owner: 403, other: 403, none: 401, wrongScope: 200 }, request: () => ({ method: 'POST', path: '/templates/authz/versions/50/deprecate' }) },
  { name: 'list keys', expect: { owner: 403, other: 403, none: 401, wrongScope: 200 }, request: () => ({ method: 'GET', path: '/admin/keys' }) },
  { name: 'create a key', expect: { owner: 403, other: 403, none: 401, wrongScope: 201 }, request: () => ({ method: 'POST', path: '/admin/keys', body: { companyId: 'acme', name: 'portal', scopes: ['company'] } }) },
  { name: 'withdraw from an instance', expect: { owner: 200, other: 404, none: 401, wrongScope: 403 }, request: (id) => ({ method: 'POST', path: `/instances/${id}/withdraw`, body: { actor: paul.email, party: 'partner', reason: 'test' } }) },
  { name: 'revoke a key', expect: { owner: 403, other: 403, none: 401, wrongScope: 200 }, fresh: freshKey, request: (keyId) => ({ method: 'POST', path: `/admin/keys/${keyId}/revoke` }) },
  { name: 'create a webhook', expect: { owner: 201, other: 201, none: 401, wrongScope: 403 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'POST', path: '/webhooks', body: webhookBody }) },
  { name: 'list webhooks', expect: { owner: 200, other: 200, none: 401, wrongScope: 403 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/webhooks' }) },
  { name: 'read a webhook', expect: { owner: 200, other: 404, none: 401, wrongScope: 403 }, fresh: freshWebhook, request: (id) => ({ method: 'GET', path: `/webhooks/${id}` }) },
  { name: 'list deliveries', expect: { owner: 200, other: 404, none: 401, wrongScope: 403 }, fresh: freshWebhook, request: (id) => ({ method: 'GET', path: `/webhooks/${id}/deliveries` }) },
  { name: 'replay a delivery', expect: { owner: 202, other: 404, none: 401, wrongScope: 403 }, fresh: freshDelivery, request: (ids) => ({ method: 'POST', path: `/webhooks/${ids.replace('/', '/deliveries/')}/replay` }) },
  { name: 'delete a webhook', expect: { owner: 200, other: 404, none: 401, wrongScope: 403 }, fresh: freshWebhook, request: (id) => ({ method: 'DELETE', path: `/webhooks/${id}` }) },
];

/** Routes with a matrix of their own (test/mdf/authorization.test.ts). */
const MDF_PREFIXES = ['/budgets', '/allocations', '/fund-requests', '/reports'];
const OpenApiPaths = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

describe('the authorization matrix', () => {
  it('has a row for every route the API documents', async () => {
    const document = await call(stack, 'GET', '/openapi.json');
    const documented = Object.entries(OpenApiPaths.parse(document.body).paths)
      .filter(([path]) => !MDF_PREFIXES.some((prefix) => path.startsWith(prefix)))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`));
    const covered = await Promise.all(
      routes.map(async (route) => {
        const { method, path } = route.request(await (route.fresh ?? freshInstance)());
        return { method, path };
      }),
    );
    // A row's concrete path matches a documented template when each {param} stands for one path segment.
    const matches = (template: string) => covered.some(({ method, path }) => {
      const [templateMethod = '', templatePath = ''] = template.split(' ');
      const pattern = new RegExp(`^${templatePath.split('{}').map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
      return method === templateMethod && pattern.test(path);
    });
    expect(documented.filter((template) => !matches(template))).toEqual([]);
  });

  // "wrongScope" is an ops-only key on company routes, and the ops key is the right one on ops routes.
  const keyOf: Record<Caller, () => string | undefined> = { owner: () => keys.owner, other: () => keys.other, none: () => undefined, wrongScope: () => keys.ops };
  const callers: Caller[] = ['none', 'wrongScope', 'other', 'owner'];

  it.each(routes)('$name', async (route) => {
    const id = await (route.fresh ?? freshInstance)();
    const answers: Record<string, number> = {};
    for (const caller of callers) {
      const { method, path, body } = route.request(id);
      const key = keyOf[caller]();
      const answer = await call<{ error?: { code: string } }>(stack, method, path, { ...(key ? { key } : {}), ...(body === undefined ? {} : { body }) });
      answers[caller] = answer.status;
      if (answer.status >= 400) expect(answer.body.error?.code, `${caller} ${method} ${path}`).toEqual(expect.any(String));
    }
    expect(answers).toEqual(route.expect);
  });
});

describe('row-level security', () => {
  it('lets the API role see only rows of the company set for its transaction, and write nothing', async () => {
    const id = await freshInstance();
    const client = new pg.Client({ connectionString: stack.databaseUrl });
    await client.connect();
    try {
      const countAs = async (company: string | undefined) => {
        await client.query('BEGIN');
        await client.query('SET LOCAL ROLE tandem_api');
        if (company !== undefined) await client.query(`SELECT set_config('tandem.company_id', $1, true)`, [company]);
        const instances = await client.query<{ count: string }>('SELECT count(*) FROM instances WHERE id = $1', [id]);
        const tasks = await client.query<{ count: string }>('SELECT count(*) FROM tasks WHERE instance_id = $1', [id]);
        const events = await client.query<{ count: string }>('SELECT count(*) FROM audit_events WHERE instance_id = $1', [id]);
        await client.query('COMMIT');
        return [instances.rows[0]?.count, tasks.rows[0]?.count, events.rows[0]?.count].map(Number);
      };
      const [ownInstances = 0, ownTasks = 0, ownEvents = 0] = await countAs(globex);
      expect(ownInstances).toBe(1);
      expect(ownTasks).toBeGreaterThan(0);
      expect(ownEvents).toBeGreaterThan(0);
      expect(await countAs(acme)).toEqual([ownInstances, ownTasks, ownEvents]);
      expect(await countAs('initech')).toEqual([0, 0, 0]);
      expect(await countAs(undefined)).toEqual([0, 0, 0]);

      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE tandem_api');
      await expect(client.query(`UPDATE instances SET status = 'forged' WHERE id = $1`, [id])).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE tandem_api');
      await expect(client.query('SELECT count(*) FROM api_keys')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');

      const webhookId = await freshWebhook();
      const webhooksAs = async (company: string) => {
        await client.query('BEGIN');
        await client.query('SET LOCAL ROLE tandem_api');
        await client.query(`SELECT set_config('tandem.company_id', $1, true)`, [company]);
        const visible = await client.query<{ id: string }>('SELECT id, url FROM webhook_subscriptions WHERE id = $1', [webhookId]);
        await client.query('COMMIT');
        return visible.rows.map((row) => row.id);
      };
      expect(await webhooksAs(globex)).toEqual([webhookId]);
      expect(await webhooksAs(acme)).toEqual([]);
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE tandem_api');
      await client.query(`SELECT set_config('tandem.company_id', $1, true)`, [globex]);
      await expect(client.query('SELECT secret FROM webhook_subscriptions')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE tandem_api');
      await expect(client.query('SELECT count(*) FROM webhook_events')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });
});

describe('company reads', () => {
  it('read as the API role with the company set verbatim, however it is quoted, and leave the connection as they found it', async () => {
    const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 1, pipeline: true });
    try {
      const company = "o'brien\\'); SET LOCAL ROLE postgres; --";
      const seen = await asCompany(pool, company, async (client) => {
        const first = await client.query<{ role: string; company: string; readOnly: string }>(
          `SELECT current_user AS role, current_setting('tandem.company_id') AS company, current_setting('transaction_read_only') AS "readOnly"`,
        );
        return first.rows[0];
      });
      expect(seen).toEqual({ role: 'tandem_api', company, readOnly: 'on' });
      const single = await queryAs<{ role: string; company: string }>(pool, globex, `SELECT current_user AS role, current_setting('tandem.company_id') AS company`, []);
      expect(single.rows).toEqual([{ role: 'tandem_api', company: globex }]);
      await expect(queryAs(pool, globex, 'SELECT no_such_column FROM instances', [])).rejects.toThrow(/no_such_column/);
      const after = await pool.query<{ role: string; company: string | null; inTransaction: boolean }>(
        `SELECT current_user AS role, nullif(current_setting('tandem.company_id', true), '') AS company, now() <> statement_timestamp() AS "inTransaction"`,
      );
      expect(after.rows[0]?.role).not.toBe('tandem_api');
      expect(after.rows[0]?.company).toBeNull();
      expect(after.rows[0]?.inTransaction).toBe(false);
    } finally {
      await pool.end();
    }
  });
});

describe('revoked keys', () => {
  it('refuses a key revoked through the API at once, though it was verified a moment before', async () => {
    const token = await keyFor(stack, globex);
    expect((await call(stack, 'GET', '/instances', { key: token })).status).toBe(200);
    const keyId = token.slice('tdm_'.length, 'tdm_'.length + 16);
    expect((await call(stack, 'POST', `/admin/keys/${keyId}/revoke`, { key: keys.ops })).status).toBe(200);
    expect((await call(stack, 'GET', '/instances', { key: token })).status).toBe(401);
  });

  it('refuses a key revoked by another process (the ops CLI) as soon as the revocation is announced', async () => {
    const token = await keyFor(stack, globex);
    expect((await call(stack, 'GET', '/instances', { key: token })).status).toBe(200);
    const keyId = token.slice('tdm_'.length, 'tdm_'.length + 16);
    // The test's own pool stands for another process: only the notification can reach the API's memory.
    expect(await revokeApiKey(stack.pool, keyId)).toBe(true);
    await eventually(async () => expect((await call(stack, 'GET', '/instances', { key: token })).status).toBe(401), VERIFIED_KEY_TTL_MS / 2);
  });
});

describe('random input', () => {
  it('never answers a random body or query with anything but a 4xx error, and never changes the database', async () => {
    const id = await freshInstance();
    const snapshot = async () =>
      (
        await stack.pool.query<{ table: string; digest: string }>(
          `SELECT 'instances' AS table, md5(coalesce(string_agg(id || revision, ',' ORDER BY id), '')) AS digest FROM instances
           UNION ALL SELECT 'tasks', md5(coalesce(string_agg(instance_id || id || status, ',' ORDER BY instance_id, id), '')) FROM tasks
           UNION ALL SELECT 'templates', md5(coalesce(string_agg(id || version || coalesce(deprecated_at::text, ''), ',' ORDER BY id, version), '')) FROM templates
           UNION ALL SELECT 'keys', md5(coalesce(string_agg(id || coalesce(revoked_at::text, ''), ',' ORDER BY id), '')) FROM api_keys
           UNION ALL SELECT 'webhooks', md5(coalesce(string_agg(id || url || array_to_string(events, ' '), ',' ORDER BY id), '')) FROM webhook_subscriptions`,
        )
      ).rows;
    const before = await snapshot();
    const posts = [
      { path: '/instances', key: keys.owner },
      { path: `/instances/${id}/cancel`, key: keys.owner },
      { path: `/instances/${id}/tasks/propose.1.partner.requester/decision`, key: keys.owner },
      { path: '/templates', key: keys.ops },
      { path: '/admin/keys', key: keys.ops },
      { path: '/templates/authz/versions/1/deprecate', key: keys.owner },
      { path: '/webhooks', key: keys.owner },
    ];
    const gets = ['/instances', `/instances/${id}`, '/tasks', `/instances/${id}/timeline`, '/webhooks', '/webhooks/wh_0123456789abcdef/deliveries'];
    const body = fc.oneof(fc.json(), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })), fc.string({ maxLength: 50 }).map((text) => ({ raw: text })));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...posts), body, async (route, value) => {
        const options = typeof value === 'object' && value !== null && 'raw' in value && typeof value.raw === 'string' ? { raw: value.raw, headers: { 'content-type': 'application/json' } } : { raw: typeof value === 'string' ? value : JSON.stringify(value), headers: { 'content-type': 'application/json' } };
        const answer = await call<{ error?: { code?: unknown; message?: unknown } }>(stack, 'POST', route.path, { key: route.key, ...options });
        expect(answer.status, `${route.path} ${options.raw}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${route.path} ${options.raw}`).toBeLessThan(500);
        expect(typeof answer.body.error?.code).toBe('string');
        expect(typeof answer.body.error?.message).toBe('string');
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...gets), fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 20 }), { minKeys: 1 }), async (path, parameters) => {
        const answer = await call(stack, 'GET', `${path}?${new URLSearchParams(parameters).toString()}`, { key: keys.owner });
        expect(answer.status, `${path} ${JSON.stringify(parameters)}`).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
    expect(await snapshot()).toEqual(before);
  });
});

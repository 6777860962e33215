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
import { acme, globex, parties, paul, startBindings } from '../fixtures/people.js';
import { enrol, enrolFixtures, ensureCompany, relate } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor, projected } from '../support/http.js';
import { PEOPLE_ROUTES } from '../support/people-routes.js';
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
/** Globex owns what the matrix acts on; Acme is the related company (the other party); Initech takes no part. */
const keys = { owner: '', related: '', other: '', platform: '', ownRead: '', ownAct: '', ownAdmin: '' };

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishTemplate(stack.pool, template);
  // A version only for the deprecation route, so the matrix can keep starting version 1.
  await publishTemplate(stack.pool, { ...template, version: 50 });
  await enrolFixtures(stack);
  keys.owner = await keyFor(stack, globex);
  keys.related = await keyFor(stack, acme);
  keys.other = await keyFor(stack, 'initech');
  keys.platform = await keyFor(stack, 'tandem-ops', ['platform']);
  keys.ownRead = await keyFor(stack, globex, ['read']);
  keys.ownAct = await keyFor(stack, globex, ['act']);
  keys.ownAdmin = await keyFor(stack, globex, ['admin']);
});
afterAll(async () => {
  await stack?.stop();
});

let counter = 0;
/** A fresh running instance (Globex requester, Acme vendor) with its first task open. */
async function freshInstance(): Promise<string> {
  const businessKey = `authz-${++counter}`;
  const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: keys.owner, body: { templateId: 'authz', businessKey, bindings: startBindings, input: {}, initiator: paul.email } });
  expect(started.status).toBe(201);
  await projected(stack, started.body.id, keys.owner);
  return started.body.id;
}

/** A fresh running instance of version 1, which the migration rows move to version 50. */
async function freshVersionOne(): Promise<string> {
  const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: keys.owner, body: { templateId: 'authz', version: 1, businessKey: `authz-${++counter}`, bindings: startBindings, input: {}, initiator: paul.email } });
  expect(started.status).toBe(201);
  await projected(stack, started.body.id, keys.owner);
  return started.body.id;
}

type Caller = 'none' | 'platform' | 'other' | 'related' | 'ownRead' | 'ownAdmin' | 'ownAct' | 'owner';
interface RouteCase {
  name: string;
  /** Expected status per caller. */
  expect: Record<Caller, number>;
  /** Makes what the route acts on (default: a fresh instance) and returns the id `request` gets. */
  fresh?: () => Promise<string>;
  request: (id: string) => { method: string; path: string; body?: unknown };
}

/**
 * Company routes: reads need `read`, writes need `act` (or `admin` for the directory, keys and
 * webhooks); `owner` holds all three scopes. `related` is Acme, the other party of the instance.
 */
const reads = (owner: number, other: number, related = other): Record<Caller, number> => ({ none: 401, platform: 403, other, related, ownRead: owner, ownAdmin: 403, ownAct: 403, owner });
const acts = (owner: number, other: number, related = other): Record<Caller, number> => ({ none: 401, platform: 403, other, related, ownRead: 403, ownAdmin: 403, ownAct: owner, owner });
const administers = (owner: number, other: number, related = other): Record<Caller, number> => ({ none: 401, platform: 403, other, related, ownRead: 403, ownAdmin: owner, ownAct: 403, owner });
const adminReads = (owner: number, other: number, related = other): Record<Caller, number> => ({ none: 401, platform: 403, other, related, ownRead: owner, ownAdmin: 403, ownAct: 403, owner });
/** Operator routes: the platform key only. */
const operates = (platform: number): Record<Caller, number> => ({ none: 401, platform, other: 403, related: 403, ownRead: 403, ownAdmin: 403, ownAct: 403, owner: 403 });
/** Readable with any key. */
const anyKey: Record<Caller, number> = { none: 401, platform: 200, other: 200, related: 200, ownRead: 200, ownAdmin: 200, ownAct: 200, owner: 200 };

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

/** A fresh key of the owner company, made by the platform; returns its id. */
async function freshKey(): Promise<string> {
  const created = await call<{ id: string }>(stack, 'POST', '/admin/keys', { key: keys.platform, body: { companyId: globex, name: 'to revoke', scopes: ['read'] } });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** A fresh person of the owner's directory; returns their id. */
async function freshPerson(): Promise<string> {
  const ids = await enrol(stack, [{ person: { name: 'Matrix Person', email: `person-${++counter}@globex.example`, company: globex } }]);
  return [...ids.values()][0] ?? '';
}

/** A fresh group of the owner's directory with one person; returns "<group>/<person id>". */
async function freshGroupWithPerson(): Promise<string> {
  const group = `matrix-${++counter}`;
  const ids = await enrol(stack, [{ person: { name: 'Grouped Person', email: `grouped-${counter}@globex.example`, company: globex }, groups: [group] }]);
  return `${group}/${[...ids.values()][0] ?? ''}`;
}

/** A fresh company for invitations; returns its id. */
async function freshCompany(): Promise<string> {
  const id = `matrix-co-${++counter}`;
  await ensureCompany(stack, id);
  return id;
}

/** A fresh program to which Acme invited Globex (still open); returns the program. */
async function freshInvitation(): Promise<string> {
  const program = `program-${++counter}`;
  await stack.pool.query(`INSERT INTO company_relationships (vendor_company_id, partner_company_id, program, status) VALUES ($1, $2, $3, 'invited')`, [acme, globex, program]);
  return program;
}

/** A fresh program in which Acme and Globex are related; returns the program. */
async function freshRelationship(): Promise<string> {
  const program = `program-${++counter}`;
  await relate(stack, acme, globex, program);
  return program;
}

const decision = { actor: paul.email, outcome: 'submit' };
const none = () => Promise.resolve('');
const routes: RouteCase[] = [
  { name: 'list instances', expect: reads(200, 200), request: () => ({ method: 'GET', path: '/instances' }) },
  { name: 'read an instance', expect: reads(200, 404, 200), request: (id) => ({ method: 'GET', path: `/instances/${id}` }) },
  { name: 'read a timeline', expect: reads(200, 404, 200), request: (id) => ({ method: 'GET', path: `/instances/${id}/timeline` }) },
  // Initech plays no party (403); Acme plays one, but Paul is not in Acme's directory (422).
  { name: 'start an instance', expect: acts(201, 403, 422), request: () => ({ method: 'POST', path: '/instances', body: { templateId: 'authz', businessKey: `m-${++counter}`, bindings: startBindings, input: {}, initiator: paul.email } }) },
  { name: 'cancel an instance', expect: acts(200, 404, 403), request: (id) => ({ method: 'POST', path: `/instances/${id}/cancel`, body: { actor: paul.email, reason: 'test' } }) },
  { name: 'read the inbox', expect: reads(200, 200), request: () => ({ method: 'GET', path: '/tasks' }) },
  // Every company reads its own board; what it holds is its own solutions only (test/joint/board-api.test.ts).
  { name: 'read the joint solutions board', expect: reads(200, 200), fresh: none, request: () => ({ method: 'GET', path: '/joint/solutions' }) },
  { name: 'read a task', expect: reads(200, 404), request: (id) => ({ method: 'GET', path: `/instances/${id}/tasks/propose.1.partner.requester` }) },
  { name: 'decide a task', expect: acts(200, 404), request: (id) => ({ method: 'POST', path: `/instances/${id}/tasks/propose.1.partner.requester/decision`, body: decision }) },
  { name: 'list templates', expect: anyKey, request: () => ({ method: 'GET', path: '/templates' }) },
  { name: 'read a template', expect: anyKey, request: () => ({ method: 'GET', path: '/templates/authz/versions/1' }) },
  { name: 'validate a template', expect: operates(200), request: () => ({ method: 'POST', path: '/templates/validate', body: template }) },
  { name: 'publish a template', expect: operates(201), request: () => ({ method: 'POST', path: '/templates', body: { ...template, version: 100 + ++counter } }) },
  { name: 'deprecate a template', expect: operates(200), request: () => ({ method: 'POST', path: '/templates/authz/versions/50/deprecate' }) },
  // An admin of a company taking part; the fresh instance has no incident, so the workflow refuses (409).
  { name: 'retry an incident', expect: administers(409, 404, 409), request: (id) => ({ method: 'POST', path: `/instances/${id}/incident/retry`, body: { reason: 'test' } }) },
  { name: 'cancel an incident', expect: administers(409, 404, 409), request: (id) => ({ method: 'POST', path: `/instances/${id}/incident/cancel`, body: { reason: 'test' } }) },
  { name: 'migrate an instance', expect: operates(200), fresh: freshVersionOne, request: (id) => ({ method: 'POST', path: `/instances/${id}/migrate`, body: { toVersion: 50 } }) },
  { name: 'migrate a version', expect: operates(200), fresh: none, request: () => ({ method: 'POST', path: '/templates/authz/versions/1/migrate', body: { toVersion: 50, dryRun: true } }) },
  { name: 'withdraw from an instance', expect: acts(200, 404, 403), request: (id) => ({ method: 'POST', path: `/instances/${id}/withdraw`, body: { actor: paul.email, party: 'partner', reason: 'test' } }) },
  // Keys: a company's admin sees and makes its own company's keys, the platform every company's.
  { name: 'list keys', expect: { ...administers(200, 200), platform: 200 }, fresh: none, request: () => ({ method: 'GET', path: '/admin/keys' }) },
  { name: 'create a key', expect: { ...administers(201, 403), platform: 201 }, fresh: none, request: () => ({ method: 'POST', path: '/admin/keys', body: { companyId: globex, name: 'portal', scopes: ['read'] } }) },
  { name: 'revoke a key', expect: { ...administers(200, 404), platform: 200 }, fresh: freshKey, request: (keyId) => ({ method: 'POST', path: `/admin/keys/${keyId}/revoke` }) },
  { name: 'create a webhook', expect: administers(201, 201), fresh: none, request: () => ({ method: 'POST', path: '/webhooks', body: webhookBody }) },
  { name: 'list webhooks', expect: administers(200, 200), fresh: none, request: () => ({ method: 'GET', path: '/webhooks' }) },
  { name: 'read a webhook', expect: administers(200, 404), fresh: freshWebhook, request: (id) => ({ method: 'GET', path: `/webhooks/${id}` }) },
  { name: 'list deliveries', expect: administers(200, 404), fresh: freshWebhook, request: (id) => ({ method: 'GET', path: `/webhooks/${id}/deliveries` }) },
  { name: 'replay a delivery', expect: administers(202, 404), fresh: freshDelivery, request: (ids) => ({ method: 'POST', path: `/webhooks/${ids.replace('/', '/deliveries/')}/replay` }) },
  { name: 'delete a webhook', expect: administers(200, 404), fresh: freshWebhook, request: (id) => ({ method: 'DELETE', path: `/webhooks/${id}` }) },
  // Companies: the operator's.
  { name: 'create a company', expect: operates(201), fresh: none, request: () => ({ method: 'POST', path: '/admin/companies', body: { id: `new-co-${++counter}`, name: 'New Co', kind: 'partner' } }) },
  { name: 'list companies', expect: operates(200), fresh: none, request: () => ({ method: 'GET', path: '/admin/companies' }) },
  { name: 'change a company', expect: operates(200), fresh: freshCompany, request: (id) => ({ method: 'PATCH', path: `/admin/companies/${id}`, body: { name: 'Renamed Co' } }) },
  // The directory: each company reads its own (read) and changes its own (admin); another company's people are not there.
  { name: 'read your company', expect: adminReads(200, 200), fresh: none, request: () => ({ method: 'GET', path: '/directory/company' }) },
  { name: 'list people', expect: adminReads(200, 200), fresh: none, request: () => ({ method: 'GET', path: '/directory/people' }) },
  { name: 'add a person', expect: administers(201, 201), fresh: none, request: () => ({ method: 'POST', path: '/directory/people', body: { email: `added-${++counter}@example.com`, name: 'Added Person' } }) },
  { name: 'read a person', expect: adminReads(200, 404), fresh: freshPerson, request: (id) => ({ method: 'GET', path: `/directory/people/${id}` }) },
  { name: 'change a person', expect: administers(200, 404), fresh: freshPerson, request: (id) => ({ method: 'PATCH', path: `/directory/people/${id}`, body: { name: 'Changed Person' } }) },
  { name: 'list groups', expect: adminReads(200, 200), fresh: none, request: () => ({ method: 'GET', path: '/directory/groups' }) },
  { name: 'create a group', expect: administers(201, 201), fresh: none, request: () => ({ method: 'POST', path: '/directory/groups', body: { name: `group-${++counter}` } }) },
  { name: 'delete a group', expect: administers(200, 422), fresh: freshGroupWithPerson, request: (ids) => ({ method: 'DELETE', path: `/directory/groups/${ids.split('/')[0]}` }) },
  { name: 'add a group member', expect: administers(200, 422), fresh: freshGroupWithPerson, request: (ids) => ({ method: 'POST', path: `/directory/groups/${ids.split('/')[0]}/members`, body: { email: 'paul@globex.example' } }) },
  { name: 'remove a group member', expect: administers(200, 422), fresh: freshGroupWithPerson, request: (ids) => ({ method: 'DELETE', path: `/directory/groups/${ids.replace('/', '/members/')}` }) },
  // Relationships: the vendor invites, the partner accepts, either ends it.
  { name: 'list relationships', expect: adminReads(200, 200), fresh: none, request: () => ({ method: 'GET', path: '/relationships' }) },
  { name: 'invite a partner', expect: administers(201, 201), fresh: freshCompany, request: (id) => ({ method: 'POST', path: '/relationships', body: { partnerCompanyId: id, program: 'mdf' } }) },
  { name: 'accept an invitation', expect: administers(200, 409), fresh: freshInvitation, request: (program) => ({ method: 'POST', path: '/relationships/accept', body: { vendorCompanyId: acme, program } }) },
  { name: 'end a relationship', expect: administers(200, 422, 200), fresh: freshRelationship, request: (program) => ({ method: 'POST', path: '/relationships/end', body: { vendorCompanyId: acme, partnerCompanyId: globex, program } }) },
];

/** Routes with a matrix of their own (test/mdf/authorization.test.ts; PEOPLE_ROUTES in test/api/authorization-people.test.ts). */
const MDF_PREFIXES = ['/budgets', '/allocations', '/fund-requests', '/reports'];
const OpenApiPaths = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

describe('the authorization matrix', () => {
  it('has a row for every route the API documents', async () => {
    const document = await call(stack, 'GET', '/openapi.json');
    const documented = Object.entries(OpenApiPaths.parse(document.body).paths)
      .filter(([path]) => !MDF_PREFIXES.some((prefix) => path.startsWith(prefix)))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`))
      .filter((route) => !PEOPLE_ROUTES.test(route));
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

  // Refused callers first, on the same subject; a caller whose write went through leaves a fresh subject for the next.
  const callers: Caller[] = ['none', 'platform', 'other', 'related', 'ownRead', 'ownAdmin', 'ownAct', 'owner'];

  it.each(routes)('$name', async (route) => {
    const fresh = route.fresh ?? freshInstance;
    let id = await fresh();
    const answers: Record<string, number> = {};
    for (const caller of callers) {
      const { method, path, body } = route.request(id);
      const key = caller === 'none' ? undefined : keys[caller];
      const answer = await call<{ error?: { code: string } }>(stack, method, path, { ...(key ? { key } : {}), ...(body === undefined ? {} : { body }) });
      answers[caller] = answer.status;
      if (answer.status >= 400) expect(answer.body.error?.code, `${caller} ${method} ${path}`).toEqual(expect.any(String));
      if (answer.status < 300 && method !== 'GET') id = await fresh();
    }
    expect(answers).toEqual(route.expect);
  });
});

describe('row-level security', () => {
  /** A connection as the API role itself, as the README says to run the API. */
  async function connectAsApiRole(): Promise<pg.Client> {
    const url = new URL(stack.databaseUrl);
    url.username = 'tandem_api';
    url.password = '';
    const client = new pg.Client({ connectionString: url.toString() });
    client.on('error', () => {});
    await client.connect();
    return client;
  }

  /** Runs `work` in a transaction with `company` set; always rolls back. */
  async function as<T>(client: pg.Client, company: string | undefined, work: () => Promise<T>): Promise<T> {
    await client.query('BEGIN');
    try {
      if (company !== undefined) await client.query(`SELECT set_config('tandem.company_id', $1, true)`, [company]);
      return await work();
    } finally {
      await client.query('ROLLBACK');
    }
  }

  it('lets the API role see only rows of the company set for its transaction', async () => {
    const id = await freshInstance();
    const client = await connectAsApiRole();
    try {
      const countAs = (company: string | undefined) =>
        as(client, company, async () => {
          const instances = await client.query<{ count: string }>('SELECT count(*) FROM instances WHERE id = $1', [id]);
          const tasks = await client.query<{ count: string }>('SELECT count(*) FROM tasks WHERE instance_id = $1', [id]);
          const events = await client.query<{ count: string }>('SELECT count(*) FROM audit_events WHERE instance_id = $1', [id]);
          const people = await client.query<{ count: string }>(`SELECT count(*) FROM people WHERE company_id = 'globex'`);
          return [instances.rows[0]?.count, tasks.rows[0]?.count, events.rows[0]?.count, people.rows[0]?.count].map(Number);
        });
      const [ownInstances = 0, ownTasks = 0, ownEvents = 0, ownPeople = 0] = await countAs(globex);
      expect(ownInstances).toBe(1);
      expect(ownTasks).toBeGreaterThan(0);
      expect(ownEvents).toBeGreaterThan(0);
      expect(ownPeople).toBeGreaterThan(0);
      // Acme takes part in the instance but sees none of Globex's people.
      expect(await countAs(acme)).toEqual([ownInstances, ownTasks, ownEvents, 0]);
      expect(await countAs('initech')).toEqual([0, 0, 0, 0]);
      expect(await countAs(undefined)).toEqual([0, 0, 0, 0]);

      const webhookId = await freshWebhook();
      const webhooksAs = (company: string) => as(client, company, async () => (await client.query<{ id: string }>('SELECT id, url FROM webhook_subscriptions WHERE id = $1', [webhookId])).rows.map((row) => row.id));
      expect(await webhooksAs(globex)).toEqual([webhookId]);
      expect(await webhooksAs(acme)).toEqual([]);
      await as(client, globex, () => expect(client.query('SELECT secret FROM webhook_subscriptions')).rejects.toThrow(/permission denied/));
      await as(client, globex, () => expect(client.query('SELECT count(*) FROM webhook_events')).rejects.toThrow(/permission denied/));
      await as(client, globex, () => expect(client.query('SELECT secret_hash FROM api_keys')).rejects.toThrow(/permission denied/));
      const keysSeen = await as(client, globex, async () => (await client.query<{ company_id: string }>('SELECT DISTINCT company_id FROM api_keys')).rows.map((row) => row.company_id));
      expect(keysSeen).toEqual([globex]);
    } finally {
      await client.end();
    }
  });

  it("lets the API role neither read nor write another company's webhook subscriptions, deliveries or identity provider, and read no secret of its own", async () => {
    const [webhookId = '', deliveryId = ''] = (await freshDelivery()).split('/');
    await stack.pool.query(
      `INSERT INTO oidc_connections (company_id, issuer, client_id, client_secret) VALUES ($1, 'https://idp.globex.example', 'tandem', 'globex-client-secret')
       ON CONFLICT (company_id) DO UPDATE SET client_secret = 'globex-client-secret'`,
      [globex],
    );
    const secretsBefore = await stack.pool.query(`SELECT secret, previous_secret FROM webhook_subscriptions WHERE id = $1`, [webhookId]);
    const deliveryBefore = await stack.pool.query(`SELECT status, replay, next_attempt_at FROM webhook_deliveries WHERE id = $1`, [deliveryId]);
    const client = await connectAsApiRole();
    try {
      await as(client, acme, async () => {
        expect((await client.query('SELECT id FROM webhook_subscriptions WHERE id = $1', [webhookId])).rowCount).toBe(0);
        expect((await client.query('SELECT id FROM webhook_deliveries WHERE id = $1', [deliveryId])).rowCount).toBe(0);
        expect((await client.query('SELECT delivery_id FROM webhook_attempts WHERE company_id = $1', [globex])).rowCount).toBe(0);
        expect((await client.query('SELECT issuer FROM oidc_connections WHERE company_id = $1', [globex])).rowCount).toBe(0);
        expect((await client.query(`UPDATE webhook_subscriptions SET secret = 'stolen', secret_rotated_at = now() WHERE id = $1`, [webhookId])).rowCount).toBe(0);
        expect((await client.query(`UPDATE webhook_deliveries SET status = 'pending', replay = true WHERE id = $1`, [deliveryId])).rowCount).toBe(0);
        expect((await client.query(`UPDATE oidc_connections SET issuer = 'https://evil.example', client_secret = 'x' WHERE company_id = $1`, [globex])).rowCount).toBe(0);
        expect((await client.query('DELETE FROM webhook_subscriptions WHERE id = $1', [webhookId])).rowCount).toBe(0);
        expect((await client.query('DELETE FROM oidc_connections WHERE company_id = $1', [globex])).rowCount).toBe(0);
      });
      await as(client, acme, () =>
        expect(client.query(`INSERT INTO webhook_subscriptions (id, company_id, url, events, secret) VALUES ('wh_forged', $1, 'https://evil.example/', '{instance.completed}', 'x')`, [globex])).rejects.toThrow(/row-level security/),
      );
      await as(client, acme, () =>
        expect(client.query(`INSERT INTO oidc_connections (company_id, issuer, client_id, client_secret) VALUES ('initech', 'https://evil.example', 'x', 'x')`)).rejects.toThrow(/row-level security/),
      );
      // Its own company's secrets are written, never read, not even through RETURNING.
      for (const query of [
        'SELECT previous_secret FROM webhook_subscriptions',
        'SELECT client_secret FROM oidc_connections',
        `UPDATE webhook_subscriptions SET secret = 'new' WHERE id = '${webhookId}' RETURNING previous_secret`,
        `UPDATE oidc_connections SET client_secret = 'new' WHERE company_id = '${globex}' RETURNING client_secret`,
      ]) {
        await as(client, globex, () => expect(client.query(query)).rejects.toThrow(/permission denied/));
      }
      await as(client, globex, async () => {
        expect((await client.query('SELECT issuer FROM oidc_connections')).rows).toEqual([{ issuer: 'https://idp.globex.example' }]);
        expect((await client.query('SELECT id FROM webhook_deliveries WHERE id = $1', [deliveryId])).rowCount).toBe(1);
      });
    } finally {
      await client.end();
    }
    expect((await stack.pool.query(`SELECT secret, previous_secret FROM webhook_subscriptions WHERE id = $1`, [webhookId])).rows).toEqual(secretsBefore.rows);
    expect((await stack.pool.query(`SELECT status, replay, next_attempt_at FROM webhook_deliveries WHERE id = $1`, [deliveryId])).rows).toEqual(deliveryBefore.rows);
    expect((await stack.pool.query(`SELECT issuer, client_secret FROM oidc_connections WHERE company_id = $1`, [globex])).rows).toEqual([{ issuer: 'https://idp.globex.example', client_secret: 'globex-client-secret' }]);
  });

  it("shows the API role the refused mails of its own company's task only, and no other mail", async () => {
    const id = await freshInstance();
    const task = await stack.pool.query<{ id: string; company_id: string }>('SELECT id, company_id FROM tasks WHERE instance_id = $1 LIMIT 1', [id]);
    const { id: taskId = '', company_id: taskCompany = '' } = task.rows[0] ?? {};
    const recipient = 'bounced@rls.example';
    await stack.pool.query(
      `INSERT INTO mail_outbox (key, instance_id, task_id, recipient, purpose, subject, status, last_error) VALUES ($1, $2, $3, $4, 'task', 'A task', 'failed', '550 no such user')`,
      [`rls:${id}:${taskId}`, id, taskId, recipient],
    );
    const client = await connectAsApiRole();
    try {
      const problemsAs = (company: string) =>
        as(client, company, async () => (await client.query<{ recipient: string }>('SELECT recipient FROM task_delivery_problems($1, $2, $3)', [id, taskId, [recipient]])).rows.map((row) => row.recipient));
      expect(await problemsAs(taskCompany)).toEqual([recipient]);
      expect(await problemsAs(taskCompany === globex ? acme : globex)).toEqual([]);
      expect(await problemsAs('initech')).toEqual([]);
      await as(client, taskCompany, () => expect(client.query('SELECT count(*) FROM mail_outbox')).rejects.toThrow(/permission denied/));
    } finally {
      await client.end();
    }
  });

  it("lets the API role find a session only by its hash, and touch no other person's sessions or sign-in links", async () => {
    const person = await stack.pool.query<{ id: string }>('SELECT id FROM people WHERE company_id = $1 AND active ORDER BY id LIMIT 1', [globex]);
    const personId = person.rows[0]?.id ?? '';
    const sessionId = `rls-session-${++counter}`;
    const linkId = `rls-link-${counter}`;
    await stack.pool.query(`INSERT INTO person_sessions (id, company_id, person_id, csrf_token, method, expires_at) VALUES ($1, $2, $3, 'csrf', 'link', now() + interval '1 hour')`, [sessionId, globex, personId]);
    await stack.pool.query(`INSERT INTO sign_in_links (id, company_id, person_id, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`, [linkId, globex, personId]);
    const client = await connectAsApiRole();
    const asPerson = async <T>(company: string, person: string, work: () => Promise<T>) =>
      as(client, company, async () => {
        await client.query(`SELECT set_config('tandem.person_id', $1, true)`, [person]);
        return work();
      });
    try {
      const found = (hash: string) => as(client, '', async () => (await client.query<{ person_id: string }>('SELECT person_id FROM person_session_for_verification($1, 3600000)', [hash])).rows);
      expect(await found(sessionId)).toEqual([{ person_id: personId }]);
      expect(await found('rls-session-unknown')).toEqual([]);
      for (const [company, who] of [[acme, personId], [globex, 'per_someone_else']] as const) {
        await asPerson(company, who, async () => {
          expect((await client.query('SELECT id FROM person_sessions WHERE id = $1', [sessionId])).rowCount).toBe(0);
          expect((await client.query('UPDATE person_sessions SET revoked_at = now() WHERE id = $1', [sessionId])).rowCount).toBe(0);
          expect((await client.query('SELECT id FROM sign_in_links WHERE id = $1', [linkId])).rowCount).toBe(0);
          expect((await client.query('UPDATE sign_in_links SET used_at = now() WHERE id = $1', [linkId])).rowCount).toBe(0);
        });
      }
      await asPerson(acme, personId, () =>
        expect(client.query(`INSERT INTO person_sessions (id, company_id, person_id, csrf_token, method, expires_at) VALUES ('forged', $1, $2, 'x', 'link', now() + interval '1 hour')`, [globex, personId])).rejects.toThrow(/row-level security/),
      );
      await asPerson(globex, personId, () => expect(client.query('SELECT csrf_token FROM person_sessions')).rejects.toThrow(/permission denied/));
    } finally {
      await client.end();
    }
    expect((await stack.pool.query('SELECT revoked_at FROM person_sessions WHERE id = $1', [sessionId])).rows).toEqual([{ revoked_at: null }]);
    expect((await stack.pool.query('SELECT used_at FROM sign_in_links WHERE id = $1', [linkId])).rows).toEqual([{ used_at: null }]);
  });

  it("lets the API role find an emailed link only by its id, and use no other company's link", async () => {
    const id = await freshInstance();
    const link = await eventually(async () => {
      const found = await stack.pool.query<{ id: string; company_id: string }>('SELECT id, company_id FROM action_links WHERE instance_id = $1 AND used_at IS NULL ORDER BY id LIMIT 1', [id]);
      expect(found.rows).toHaveLength(1);
      return found.rows[0] ?? { id: '', company_id: '' };
    });
    const other = link.company_id === globex ? acme : globex;
    const client = await connectAsApiRole();
    try {
      const found = (linkId: string) => as(client, '', async () => (await client.query<{ id: string }>('SELECT id FROM action_link_for_verification($1)', [linkId])).rows);
      expect(await found(link.id)).toEqual([{ id: link.id }]);
      expect(await found('no-such-link')).toEqual([]);
      await as(client, '', async () => expect((await client.query('SELECT id FROM action_links')).rowCount).toBe(0));
      await as(client, other, async () => {
        expect((await client.query('UPDATE action_links SET used_at = now() WHERE id = $1', [link.id])).rowCount).toBe(0);
      });
      await as(client, link.company_id, async () => {
        expect((await client.query('UPDATE action_links SET used_at = now() WHERE id = $1', [link.id])).rowCount).toBe(1);
      });
    } finally {
      await client.end();
    }
    expect((await stack.pool.query('SELECT used_at FROM action_links WHERE id = $1', [link.id])).rows).toEqual([{ used_at: null }]);
  });

  it('lets the API role write nothing of another company, and not leave its role', async () => {
    const client = await connectAsApiRole();
    try {
      const acmePerson = await stack.pool.query<{ id: string }>(`SELECT id FROM people WHERE company_id = 'acme' LIMIT 1`);
      const acmeId = acmePerson.rows[0]?.id ?? '';
      const before = await stack.pool.query(`SELECT id, name, active FROM people WHERE company_id = 'acme' ORDER BY id`);
      await as(client, globex, async () => {
        await expect(client.query(`INSERT INTO people (id, company_id, email, name) VALUES ('per_00000000000000000000', 'acme', 'mole@acme.example', 'Mole')`)).rejects.toThrow(/row-level security/);
      });
      await as(client, globex, async () => {
        expect((await client.query(`UPDATE people SET name = 'Hijacked', active = false WHERE id = $1`, [acmeId])).rowCount).toBe(0);
        expect((await client.query(`DELETE FROM group_members WHERE company_id = 'acme'`)).rowCount).toBe(0);
        expect((await client.query(`UPDATE api_keys SET revoked_at = now() WHERE company_id = 'acme'`)).rowCount).toBe(0);
      });
      await as(client, globex, () => expect(client.query(`INSERT INTO companies (id, name, kind) VALUES ('rogue', 'Rogue', 'vendor')`)).rejects.toThrow(/row-level security/));
      await as(client, globex, () => expect(client.query(`INSERT INTO company_relationships (vendor_company_id, partner_company_id, program, status) VALUES ('acme', 'globex', 'forged', 'active')`)).rejects.toThrow(/row-level security/));
      await as(client, globex, () => expect(client.query(`UPDATE instances SET status = 'forged'`)).rejects.toThrow(/permission denied/));
      await as(client, globex, () => expect(client.query(`INSERT INTO api_keys (id, company_id, name, scopes, secret_hash) VALUES ('0000000000000000', 'acme', 'x', '{admin}', 'x')`)).rejects.toThrow(/row-level security/));
      // No way out of the role: there is no other role to set, and resetting keeps it.
      await as(client, globex, () => expect(client.query('SET ROLE postgres')).rejects.toThrow(/permission denied/));
      await as(client, globex, async () => {
        await client.query('RESET ROLE');
        expect((await client.query<{ role: string }>('SELECT current_user AS role')).rows[0]?.role).toBe('tandem_api');
      });
      expect((await stack.pool.query(`SELECT id, name, active FROM people WHERE company_id = 'acme' ORDER BY id`)).rows).toEqual(before.rows);
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
    expect((await call(stack, 'POST', `/admin/keys/${keyId}/revoke`, { key: keys.platform })).status).toBe(200);
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
      { path: '/templates', key: keys.platform },
      { path: '/admin/keys', key: keys.platform },
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

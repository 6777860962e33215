/**
 * Who may call the sign-in, person, hand-over, identity-provider and secret-rotation routes:
 * each against a signed-in person of the owning company, of a related company (the vendor
 * that plays the other party in the same instances) and of an unrelated company, no session
 * or key, and company keys of each scope (own company, related company, other company, platform). The rest of
 * the API has its matrix in authorization.test.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../api/session/sessions.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import type { Person } from '../../workflows/schemas.js';
import { acme, dora, globex, gus, parties, paul, petra, startBindings, vera } from '../fixtures/people.js';
import { expectDocumented, isDocumented } from '../support/contract.js';
import { enrol, enrolFixtures, relate } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { PEOPLE_ROUTES } from '../support/people-routes.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const template: TemplateInput = {
  id: 'authz-people',
  version: 1,
  title: 'Authorization of people',
  parties,
  steps: [
    { id: 'propose', kind: 'task', owner: 'partner.requester', next: 'review' },
    { id: 'review', kind: 'approval', approvers: ['vendor.manager'], next: { approve: 'ok', reject: 'ok', request_changes: 'propose' } },
    { id: 'ok', kind: 'end', status: 'Done' },
  ],
};
const ivan: Person = { name: 'Ivan Initech', email: 'ivan@initech.example', company: 'initech' };
/** A platform operator (migration 0039): the template routes under /me are theirs. */
const otto: Person = { name: 'Otto Operator', email: 'otto@tandem-ops.example', company: 'tandem-ops' };
const retired: TemplateInput = { ...template, id: 'authz-retired' };
const published: TemplateInput = { ...template, id: 'authz-published' };
const PROPOSE = 'propose.1.partner.requester';

let stack: TestStack;
let discovery: Server;
let issuer: string;
const keys = { read: '', act: '', admin: '', related: '', other: '', platform: '' };

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishTemplate(stack.pool, template);
  await enrolFixtures(stack);
  const enrolled = await enrol(stack, [{ person: ivan }, { person: otto }]);
  await stack.pool.query('INSERT INTO platform_operators (company_id, person_id) VALUES ($1, $2)', [otto.company, enrolled.get(otto.email)]);
  await publishTemplate(stack.pool, retired);
  keys.read = await keyFor(stack, globex, ['read']);
  keys.act = await keyFor(stack, globex, ['read', 'act']);
  keys.admin = await keyFor(stack, globex, ['read', 'admin']);
  keys.related = await keyFor(stack, acme);
  keys.other = await keyFor(stack, 'initech');
  keys.platform = await keyFor(stack, 'tandem-ops', ['platform']);
  // An identity provider as far as connecting one needs: its discovery document.
  discovery = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ issuer, authorization_endpoint: `${issuer}/auth`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` }));
  });
  await new Promise<void>((resolve) => discovery.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(discovery.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await stack?.stop();
  await new Promise<void>((resolve) => discovery?.close(() => resolve()));
});

let counter = 0;
/** A fresh instance Globex started, with Paul's proposal task open. */
async function freshInstance(): Promise<string> {
  const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: keys.act, body: { templateId: 'authz-people', businessKey: `people-${++counter}`, bindings: startBindings, input: {}, initiator: paul.email } });
  expect(started.status).toBe(201);
  await eventually(async () => expect((await call(stack, 'GET', `/instances/${started.body.id}/tasks/${PROPOSE}`, { key: keys.read })).status).toBe(200));
  return started.body.id;
}

/** Globex has an identity provider connected, Acme and Initech have none. */
async function freshConnection(): Promise<string> {
  await stack.pool.query(`INSERT INTO oidc_connections (company_id, issuer, client_id, client_secret) VALUES ($1, $2, 'tandem', 'secret') ON CONFLICT (company_id) DO NOTHING`, [globex, issuer]);
  await stack.pool.query(`DELETE FROM oidc_connections WHERE company_id = ANY($1)`, [['initech', acme]]);
  return '';
}

/** A fresh webhook subscription of Globex. */
async function freshWebhook(): Promise<string> {
  const created = await call<{ id: string }>(stack, 'POST', '/webhooks', { key: keys.admin, body: { url: 'https://hooks.example.invalid/tandem', events: ['instance.completed'] } });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** A fresh allocation of Acme (the related company) to Globex, granted as the vendor would. */
async function freshAllocation(): Promise<string> {
  await relate(stack, acme, globex);
  const team = { channel_manager: [vera.email], marketing_approver: [vera.email], finance: [vera.email], compliance: [vera.email] };
  const budget = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.related, body: { name: 'People matrix', period: `2040-P${++counter}`, currency: 'USD', total: 1_000_00, team } });
  expect(budget.status).toBe(201);
  const allocation = await call<{ id: string }>(stack, 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.related, body: { partnerCompanyId: globex, amount: 500_00 } });
  expect(allocation.status).toBe(201);
  return allocation.body.id;
}

/** A session cookie and its CSRF token for `person`. */
async function sessionOf(person: Person): Promise<{ cookie: string; csrf: string }> {
  const row = await stack.pool.query<{ id: string }>('SELECT id FROM people WHERE company_id = $1 AND email = $2', [person.company, person.email]);
  const session = await createSession(stack.pool, { companyId: person.company, personId: row.rows[0]?.id ?? '' }, 'link', { idleMs: 600_000, maxMs: 3_600_000 });
  return { cookie: `tandem_session=${session.token}`, csrf: session.csrfToken };
}

type Caller = 'none' | 'platform' | 'read' | 'act' | 'admin' | 'related' | 'other' | 'relatedPerson' | 'otherPerson' | 'ownPerson';
interface RouteCase {
  name: string;
  expect: Partial<Record<Caller, number>>;
  fresh?: () => Promise<string>;
  /** The signed-in person of the owning company (Paul unless the route needs an admin). */
  ownPerson?: Person;
  request: (id: string) => { method: string; path: string; body?: unknown };
}

// Callers that must fail come first; the one that succeeds (and may change what the row acts on) last.
const ORDER: Caller[] = ['none', 'platform', 'relatedPerson', 'otherPerson', 'related', 'other', 'read', 'act', 'admin', 'ownPerson'];
const unauthenticated = { none: 401, platform: 401, read: 401, act: 401, admin: 401, related: 401, other: 401 };
const handOver = (to: Person, actor: Person) => ({ actor: actor.email, to: to.email });

const routes: RouteCase[] = [
  // Key routes: the company's own people, act scope; identity provider and secrets, admin scope.
  { name: 'delegate a task with a key', expect: { none: 401, ownPerson: 401, relatedPerson: 401, otherPerson: 401, platform: 403, read: 403, admin: 403, related: 404, other: 404, act: 200 }, request: (id) => ({ method: 'POST', path: `/instances/${id}/tasks/${PROPOSE}/delegate`, body: handOver(petra, paul) }) },
  { name: 'reassign a task with a key', expect: { none: 401, ownPerson: 401, relatedPerson: 401, otherPerson: 401, platform: 403, read: 403, admin: 403, related: 404, other: 404, act: 200 }, request: (id) => ({ method: 'POST', path: `/instances/${id}/tasks/${PROPOSE}/reassign`, body: handOver(petra, gus) }) },
  { name: 'connect an identity provider', expect: { none: 401, ownPerson: 403, relatedPerson: 403, otherPerson: 403, platform: 403, read: 403, act: 403, related: 200, other: 200, admin: 200 }, fresh: freshConnection, request: () => ({ method: 'PUT', path: '/identity-provider', body: { issuer, clientId: 'tandem', clientSecret: 'secret' } }) },
  { name: 'read the identity provider', expect: { none: 401, ownPerson: 403, relatedPerson: 403, otherPerson: 403, platform: 403, read: 403, act: 403, related: 404, other: 404, admin: 200 }, fresh: freshConnection, request: () => ({ method: 'GET', path: '/identity-provider' }) },
  { name: 'disconnect the identity provider', expect: { none: 401, ownPerson: 403, relatedPerson: 403, otherPerson: 403, platform: 403, read: 403, act: 403, related: 404, other: 404, admin: 200 }, fresh: freshConnection, request: () => ({ method: 'DELETE', path: '/identity-provider' }) },
  { name: 'rotate a webhook secret', expect: { none: 401, ownPerson: 403, relatedPerson: 403, otherPerson: 403, platform: 403, read: 403, act: 403, related: 404, other: 404, admin: 200 }, fresh: freshWebhook, request: (id) => ({ method: 'POST', path: `/webhooks/${id}/secret`, body: { graceSeconds: 60 } }) },
  // The company's settings with a session: an admin of the company (Gus) as with an admin key; other people 403; another company's admin (Dora) finds nothing.
  { name: 'connect an identity provider as a signed-in admin', ownPerson: gus, expect: { none: 401, relatedPerson: 403, otherPerson: 403, ownPerson: 200 }, fresh: freshConnection, request: () => ({ method: 'PUT', path: '/identity-provider', body: { issuer, clientId: 'tandem', clientSecret: 'secret' } }) },
  { name: 'list keys as a signed-in admin', ownPerson: gus, expect: { none: 401, relatedPerson: 403, otherPerson: 403, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/admin/keys' }) },
  { name: 'create a key as a signed-in admin', ownPerson: gus, expect: { none: 401, relatedPerson: 403, otherPerson: 403, ownPerson: 201 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'POST', path: '/admin/keys', body: { name: 'console', scopes: ['read'] } }) },
  { name: 'add a person as a signed-in admin', ownPerson: gus, expect: { none: 401, relatedPerson: 403, otherPerson: 403, ownPerson: 201 }, fresh: () => Promise.resolve(String(++counter)), request: (n) => ({ method: 'POST', path: '/directory/people', body: { email: `new-${n}@globex.example`, name: 'New Person' } }) },
  { name: 'read a webhook’s deliveries as a signed-in admin', ownPerson: gus, expect: { none: 401, relatedPerson: 403, otherPerson: 403, ownPerson: 200 }, fresh: freshWebhook, request: (id) => ({ method: 'GET', path: `/webhooks/${id}/deliveries` }) },
  { name: 'read another company’s webhook as a signed-in admin', ownPerson: dora, expect: { none: 401, ownPerson: 404 }, fresh: freshWebhook, request: (id) => ({ method: 'GET', path: `/webhooks/${id}` }) },
  { name: 'a person cancels an instance', expect: { ...unauthenticated, relatedPerson: 403, otherPerson: 404, ownPerson: 200 }, request: (id) => ({ method: 'POST', path: `/me/instances/${id}/cancel`, body: { reason: 'no longer needed' } }) },
  { name: 'a person withdraws their company’s party', expect: { ...unauthenticated, relatedPerson: 403, otherPerson: 404, ownPerson: 200 }, request: (id) => ({ method: 'POST', path: `/me/instances/${id}/withdraw`, body: { party: 'partner', reason: 'we step back' } }) },
  // Sign-in: no key or session needed, and the same answer for everyone.
  { name: 'ask for a sign-in link', expect: { none: 202, platform: 202, read: 202, act: 202, admin: 202, related: 202, other: 202, relatedPerson: 202, otherPerson: 202, ownPerson: 202 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'POST', path: '/sign-in', body: { email: paul.email } }) },
  { name: 'sign in at the identity provider', expect: { none: 302, platform: 302, read: 302, act: 302, admin: 302, related: 302, other: 302, relatedPerson: 302, otherPerson: 302, ownPerson: 302 }, fresh: freshConnection, request: () => ({ method: 'GET', path: `/sign-in/oidc/${globex}` }) },
  // A signed-in person's own routes: the session only; a key is not a session.
  { name: 'who am I', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me' }) },
  { name: 'my tasks', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/tasks' }) },
  { name: 'decide my task', expect: { ...unauthenticated, relatedPerson: 404, otherPerson: 404, ownPerson: 200 }, request: (id) => ({ method: 'POST', path: `/me/instances/${id}/tasks/${PROPOSE}/decision`, body: { outcome: 'submit' } }) },
  { name: 'delegate my task', expect: { ...unauthenticated, relatedPerson: 404, otherPerson: 404, ownPerson: 200 }, request: (id) => ({ method: 'POST', path: `/me/instances/${id}/tasks/${PROPOSE}/delegate`, body: { to: petra.email } }) },
  { name: 'reassign as an admin', ownPerson: gus, expect: { ...unauthenticated, relatedPerson: 404, otherPerson: 404, ownPerson: 200 }, request: (id) => ({ method: 'POST', path: `/me/instances/${id}/tasks/${PROPOSE}/reassign`, body: { to: petra.email } }) },
  // What the console reads: the instance as the person's company sees it; a task of their own company only.
  // Every person may list; what the list holds is their company's only (below, and the console's browser test).
  { name: 'list instances as a person', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, request: () => ({ method: 'GET', path: '/me/instances' }) },
  { name: 'read an instance as a person', expect: { ...unauthenticated, otherPerson: 404, relatedPerson: 200, ownPerson: 200 }, request: (id) => ({ method: 'GET', path: `/me/instances/${id}` }) },
  { name: 'read its timeline as a person', expect: { ...unauthenticated, otherPerson: 404, relatedPerson: 200, ownPerson: 200 }, request: (id) => ({ method: 'GET', path: `/me/instances/${id}/timeline` }) },
  { name: 'read its diagram as a person', expect: { ...unauthenticated, otherPerson: 404, relatedPerson: 200, ownPerson: 200 }, request: (id) => ({ method: 'GET', path: `/me/instances/${id}/diagram` }) },
  { name: 'read my task with its forms', expect: { ...unauthenticated, relatedPerson: 404, otherPerson: 404, ownPerson: 200 }, request: (id) => ({ method: 'GET', path: `/me/instances/${id}/tasks/${PROPOSE}` }) },
  // The event stream stays open when it is allowed (the console's browser test follows one); here only its refusals.
  { name: 'follow an instance’s events as a person', expect: { ...unauthenticated, otherPerson: 404 }, request: (id) => ({ method: 'GET', path: `/me/instances/${id}/events` }) },
  // Every person reads their company's board and cycle times; what they hold is their company's only (test/console/joint.browser.test.ts).
  { name: 'read the joint solutions board as a person', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/joint/solutions' }) },
  { name: 'read cycle times as a person', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/reports/cycle-times?template=authz-people' }) },
  { name: 'download cycle times as a person', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/reports/cycle-times.csv?template=authz-people' }) },
  // The console's MDF pages: every person may list; what the lists hold is their company's only (test/console/mdf.browser.test.ts).
  { name: 'list budgets as a person', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/budgets' }) },
  { name: 'list allocations as a person', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/allocations' }) },
  { name: 'read an allocation as a person', expect: { ...unauthenticated, otherPerson: 404, relatedPerson: 200, ownPerson: 200 }, fresh: freshAllocation, request: (id) => ({ method: 'GET', path: `/me/allocations/${id}` }) },
  { name: 'list fund requests as a person', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/fund-requests' }) },
  { name: 'read the MDF report as a person', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/reports/mdf' }) },
  { name: 'read my out-of-office', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/out-of-office' }) },
  {
    name: 'set my out-of-office',
    expect: { ...unauthenticated, relatedPerson: 422, otherPerson: 422, ownPerson: 200 },
    fresh: () => Promise.resolve(''),
    request: () => ({ method: 'PUT', path: '/me/out-of-office', body: { colleague: petra.email, from: '2030-01-01T00:00:00Z', until: '2030-01-08T00:00:00Z' } }),
  },
  { name: 'clear my out-of-office', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'DELETE', path: '/me/out-of-office' }) },
  // Templates: platform operators only; nobody else's session, and no key, reaches them.
  { name: 'list templates as an operator', ownPerson: otto, expect: { ...unauthenticated, relatedPerson: 403, otherPerson: 403, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: '/me/templates' }) },
  { name: 'read a template version as an operator', ownPerson: otto, expect: { ...unauthenticated, relatedPerson: 403, otherPerson: 403, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'GET', path: `/me/templates/${template.id}/versions/1` }) },
  { name: 'validate a template as an operator', ownPerson: otto, expect: { ...unauthenticated, relatedPerson: 403, otherPerson: 403, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'POST', path: '/me/templates/validate', body: template }) },
  { name: 'publish a template as an operator', ownPerson: otto, expect: { ...unauthenticated, relatedPerson: 403, otherPerson: 403, ownPerson: 201 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'POST', path: '/me/templates', body: published }) },
  { name: 'deprecate a template as an operator', ownPerson: otto, expect: { ...unauthenticated, relatedPerson: 403, otherPerson: 403, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'POST', path: `/me/templates/${retired.id}/versions/1/deprecate` }) },
  { name: 'try a template as an operator', ownPerson: otto, expect: { ...unauthenticated, relatedPerson: 403, otherPerson: 403, ownPerson: 201 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'POST', path: '/me/trials', body: { templateId: template.id, version: 1 } }) },
  { name: 'sign out', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'POST', path: '/me/sign-out' }) },
  { name: 'sign out everywhere', expect: { ...unauthenticated, relatedPerson: 200, otherPerson: 200, ownPerson: 200 }, fresh: () => Promise.resolve(''), request: () => ({ method: 'POST', path: '/me/sign-out-everywhere' }) },
];

const OpenApiPaths = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

describe('the people authorization matrix', () => {
  it('has a row for every sign-in, person, hand-over, identity-provider and secret route the API documents', async () => {
    const document = await call(stack, 'GET', '/openapi.json');
    const documented = Object.entries(OpenApiPaths.parse(document.body).paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`))
      .filter((route) => PEOPLE_ROUTES.test(route));
    expect(documented.length).toBeGreaterThanOrEqual(32);
    const covered = routes.map((route) => {
      const { method, path } = route.request('x');
      // A documented path has no query.
      return `${method} ${path.split('?')[0] ?? ''}`;
    });
    const matches = (template: string) => {
      const pattern = new RegExp(`^${template.split('{}').map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
      return covered.some((route) => pattern.test(route));
    };
    expect(documented.filter((template) => !matches(template))).toEqual([]);
  });

  it.each(routes)('$name', async (route) => {
    const id = await (route.fresh ?? freshInstance)();
    const answers: Partial<Record<Caller, number>> = {};
    for (const caller of ORDER.filter((candidate) => route.expect[candidate] !== undefined)) {
      const { method, path, body } = route.request(id);
      const headers: Record<string, string> = {};
      let key: string | undefined;
      if (caller === 'ownPerson' || caller === 'relatedPerson' || caller === 'otherPerson') {
        const session = await sessionOf(caller === 'ownPerson' ? (route.ownPerson ?? paul) : caller === 'relatedPerson' ? vera : ivan);
        headers['cookie'] = session.cookie;
        headers['x-csrf-token'] = session.csrf;
      } else if (caller !== 'none') {
        key = keys[caller];
      }
      const answer = await fetch(`${stack.api?.url ?? ''}${path}`, {
        method,
        redirect: 'manual',
        headers: { ...headers, ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      answers[caller] = answer.status;
      const documented = isDocumented(method, path);
      if (answer.status >= 400) {
        const parsed: unknown = await answer.json();
        const error = (parsed as { error?: { code?: unknown } }).error;
        expect(error?.code, `${caller} ${method} ${path}`).toEqual(expect.any(String));
        // The code is one the OpenAPI document lists for this route and status.
        if (documented) expectDocumented(method, path, answer.status, parsed);
      } else if (documented && answer.headers.get('content-type')?.startsWith('application/json')) {
        expectDocumented(method, path, answer.status, await answer.json());
      } else if (documented && answer.status >= 300) {
        // A documented redirect, with the Location the document declares.
        expect(answer.headers.get('location'), `${caller} ${method} ${path}`).toMatch(/^https?:\/\//);
        expectDocumented(method, path, answer.status, undefined);
        await answer.body?.cancel();
      } else {
        await answer.body?.cancel();
      }
    }
    expect(answers).toEqual(route.expect);
  });
});

describe('the list of instances a person reads', () => {
  it('holds the instances of their company, counted per status, narrowed by company and party, and none of a company that takes no part', async () => {
    const id = await freshInstance();
    const list = async (person: Person, filters = '') => {
      const session = await sessionOf(person);
      return call<{ instances: Array<{ id: string }>; counts: Record<string, number> }>(stack, 'GET', `/me/instances?template=authz-people&limit=200${filters}`, { headers: { cookie: session.cookie } });
    };
    const own = await list(paul);
    expect(own.status).toBe(200);
    expect(own.body.instances.map((instance) => instance.id)).toContain(id);
    expect(Object.values(own.body.counts).reduce((sum, count) => sum + count, 0)).toBe(own.body.instances.length);
    // Narrowed by the company taking part and the party it plays, or the party Globex plays.
    expect((await list(paul, `&company=${acme}&party=vendor`)).body.instances.map((instance) => instance.id)).toContain(id);
    expect((await list(paul, '&party=partner')).body.instances.map((instance) => instance.id)).toContain(id);
    expect((await list(paul, '&party=vendor')).body.instances).toEqual([]);
    expect((await list(paul, '&company=initech')).body.instances).toEqual([]);
    const other = await list(ivan);
    expect(other.body.instances).toEqual([]);
    expect(other.body.counts).toEqual({});
  });
});

describe('random input to the sign-in and person routes', () => {
  it('answers random bodies and tokens with a 4xx and a code, never a 5xx, and signs nobody in', async () => {
    const id = await freshInstance();
    const session = await sessionOf(paul);
    const sessionsBefore = await stack.pool.query<{ count: string }>('SELECT count(*) FROM person_sessions');
    const posts = ['/sign-in', `/me/instances/${id}/tasks/${PROPOSE}/decision`, `/me/instances/${id}/tasks/${PROPOSE}/delegate`, '/me/out-of-office'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...posts), fc.oneof(fc.json(), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }))), async (path, raw) => {
        const method = path === '/me/out-of-office' ? 'PUT' : 'POST';
        const answer = await call<{ error?: { code?: unknown } }>(stack, method, path, { raw: typeof raw === 'string' ? raw : JSON.stringify(raw), headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf } });
        if (path === '/sign-in' && answer.status === 202) return; // a well-formed address: the same answer as ever
        expect(answer.status, `${path} ${JSON.stringify(raw)}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${path} ${JSON.stringify(raw)}`).toBeLessThan(500);
        expect(typeof answer.body.error?.code).toBe('string');
        expectDocumented(method, path, answer.status, answer.body);
      }),
      { numRuns: 80 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (token) => {
        const page = await fetch(`${stack.api?.url ?? ''}/sign-in/link?token=${encodeURIComponent(token)}`);
        expect(page.status).toBe(400);
        expect(await page.text()).toContain('data-code="invalid_sign_in_link"');
        const posted = await fetch(`${stack.api?.url ?? ''}/sign-in/link`, { method: 'POST', body: new URLSearchParams({ token, confirm: token }), redirect: 'manual' });
        expect(posted.status).toBe(400);
        await posted.body?.cancel();
      }),
      { numRuns: 40 },
    );
    const sessionsAfter = await stack.pool.query<{ count: string }>('SELECT count(*) FROM person_sessions');
    expect(sessionsAfter.rows[0]?.count).toBe(sessionsBefore.rows[0]?.count);
  });
});

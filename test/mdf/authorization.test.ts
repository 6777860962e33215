/**
 * The authorization matrix of the MDF routes: every route of budgets, allocations, fund
 * requests and reports, called by the company it belongs to (with each scope alone, and with
 * all), the related company on the other side (vendor or partner), an unrelated company, a
 * platform key and no key. An unrelated company gets 404 for what is not its own, so ids
 * don't leak. Refused callers come first on the same subject, so a refusal could not have
 * changed what the owner then sees; each caller that succeeds gets a fresh subject after it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, keyFor, type HttpAnswer } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import {
  approver,
  claimOf,
  decide,
  fundedAllocation,
  manager,
  partner,
  prepare,
  proposal,
  requestFunds,
  requester,
  team,
  upload,
  waitForStatus,
  type Keys,
} from './support.js';

let stack: TestStack;
let keys: Keys;
let platformKey: string;
/** Keys of the vendor and the partner with one scope each. */
const scoped: Record<'vendor' | 'partner', Record<'read' | 'act' | 'admin', string>> = { vendor: { read: '', act: '', admin: '' }, partner: { read: '', act: '', admin: '' } };
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
  platformKey = await keyFor(stack, 'tandem-ops', ['platform']);
  for (const side of ['vendor', 'partner'] as const) {
    for (const scope of ['read', 'act', 'admin'] as const) scoped[side][scope] = await keyFor(stack, side === 'vendor' ? 'acme' : partner, [scope]);
  }
});
afterAll(async () => {
  await stack?.stop();
});

type Caller = 'none' | 'platform' | 'other' | 'related' | 'ownRead' | 'ownAdmin' | 'ownAct' | 'owner';

interface RouteCase {
  /** The route as the OpenAPI document names it. */
  route: string;
  /** Which company the route's subject belongs to: the vendor (Acme) or the partner (Globex). */
  owner: 'vendor' | 'partner';
  expect: Record<Caller, number>;
  /** Makes what the route acts on; returns the ids `act` gets. */
  fresh?: () => Promise<string[]>;
  act: (ids: string[], key: string | undefined) => Promise<HttpAnswer<unknown>>;
}

const pdf = Buffer.from('%PDF-1.4 proof of performance');

async function allocation(): Promise<string[]> {
  return [(await fundedAllocation(stack, keys)).id];
}

async function budget(): Promise<string[]> {
  const created = await call<{ id: string }>(stack, 'POST', '/budgets', { key: keys.vendor, body: budgetBody() });
  expect(created.status).toBe(201);
  return [created.body.id];
}

let budgets = 0;
function budgetBody() {
  return { name: 'Matrix budget', period: `2040-Q${++budgets}`, currency: 'USD', total: 1_000_000, team };
}

/** A fund request in review (nothing decided yet). */
async function inReview(): Promise<string[]> {
  const [allocationId = ''] = await allocation();
  const started = await requestFunds(stack, keys, allocationId, { proposal: proposal(1_000_00) });
  expect(started.status).toBe(201);
  return [started.body.id, allocationId];
}

/** A pre-approved fund request whose claim is due. */
async function claimDue(): Promise<string[]> {
  const [id = ''] = await inReview();
  expect((await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
  await waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester');
  return [id];
}

/** A fund request whose proposal the vendor sent back for changes. */
async function changesRequested(): Promise<string[]> {
  const [id = ''] = await inReview();
  expect((await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'request_changes')).status).toBe(200);
  await waitForStatus(stack, keys.partner, id, 'Changes requested');
  return [id];
}

/** A fund request with its claim in, waiting for the vendor's review. */
async function claimed(): Promise<string[]> {
  const [id = ''] = await claimDue();
  const answer = await call(stack, 'POST', `/fund-requests/${id}/claim`, { key: keys.partner, body: claimOf([], 900_00, { proof: [{ name: 'Photos', url: 'https://globex.example/photos' }] }) });
  expect(answer.status).toBe(200);
  return [id];
}

/** A fund request with one uploaded document. */
async function withDocument(): Promise<string[]> {
  const [id = ''] = await inReview();
  const uploaded = await upload(stack, keys.partner, id, [{ name: 'agenda.pdf', type: 'application/pdf', content: pdf }]);
  expect(uploaded.status).toBe(201);
  return [id, uploaded.body.documents[0]?.id ?? ''];
}

const get = (path: string) => (_ids: string[], key: string | undefined) => call(stack, 'GET', path, key ? { key } : {});
const send = (method: string, path: (ids: string[]) => string, body: () => unknown) => (ids: string[], key: string | undefined) =>
  call(stack, method, path(ids), { ...(key ? { key } : {}), body: body() });

async function uploadAs(id: string, key: string | undefined): Promise<HttpAnswer<unknown>> {
  if (!stack.api) throw new Error('start the stack with the API');
  const form = new FormData();
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'proof.pdf');
  const response = await fetch(`${stack.api.url}/fund-requests/${id}/documents`, { method: 'POST', headers: key ? { authorization: `Bearer ${key}` } : {}, body: form });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/**
 * What each caller gets: reads need `read`, writes need `act`; `admin` and `platform` alone
 * do neither. `related` is the company on the other side of the route's subject.
 */
const companyOnly = (owner: number, other: number, related = other, read = false): Record<Caller, number> => ({
  none: 401,
  platform: 403,
  other,
  related,
  ownRead: read ? owner : 403,
  ownAdmin: 403,
  ownAct: read ? 403 : owner,
  owner,
});
const reading = (owner: number, other: number, related = other) => companyOnly(owner, other, related, true);

const routes: RouteCase[] = [
  // The budget's team works for Acme: another company cannot make them its MDF team.
  { route: 'POST /budgets', owner: 'vendor', expect: companyOnly(201, 422), act: send('POST', () => '/budgets', budgetBody) },
  { route: 'GET /budgets', owner: 'vendor', expect: reading(200, 200), act: get('/budgets') },
  { route: 'GET /budgets/{id}', owner: 'vendor', expect: reading(200, 404), fresh: budget, act: (ids, key) => get(`/budgets/${ids[0]}`)(ids, key) },
  {
    route: 'POST /budgets/{id}/allocations',
    owner: 'vendor',
    expect: companyOnly(201, 404),
    fresh: budget,
    act: send('POST', (ids) => `/budgets/${ids[0]}/allocations`, () => ({ partnerCompanyId: partner, amount: 1_000 })),
  },
  { route: 'GET /allocations', owner: 'partner', expect: reading(200, 200), act: get('/allocations') },
  { route: 'GET /allocations/{id}', owner: 'partner', expect: reading(200, 404, 200), fresh: allocation, act: (ids, key) => get(`/allocations/${ids[0]}`)(ids, key) },
  {
    route: 'POST /fund-requests',
    owner: 'partner',
    expect: companyOnly(201, 404),
    fresh: allocation,
    act: (ids, key) => call(stack, 'POST', '/fund-requests', { ...(key ? { key } : {}), body: { allocationId: ids[0], businessKey: `authz-${randomUUID()}`, requester, marketingLead: requester, proposal: proposal(1_000_00) } }),
  },
  { route: 'GET /fund-requests', owner: 'partner', expect: reading(200, 200), act: get('/fund-requests') },
  { route: 'GET /fund-requests/{id}', owner: 'partner', expect: reading(200, 404, 200), fresh: inReview, act: (ids, key) => get(`/fund-requests/${ids[0]}`)(ids, key) },
  {
    route: 'POST /fund-requests/{id}/proposal',
    owner: 'partner',
    expect: companyOnly(200, 404, 403),
    fresh: changesRequested,
    act: send('POST', (ids) => `/fund-requests/${ids[0]}/proposal`, () => ({ actor: requester.email, proposal: proposal(800_00) })),
  },
  { route: 'POST /fund-requests/{id}/documents', owner: 'partner', expect: companyOnly(201, 404, 403), fresh: inReview, act: (ids, key) => uploadAs(ids[0] ?? '', key) },
  {
    route: 'GET /fund-requests/{id}/documents/{documentId}',
    owner: 'partner',
    expect: reading(200, 404, 200),
    fresh: withDocument,
    act: async (ids, key) => {
      const response = await fetch(`${stack.api?.url}/fund-requests/${ids[0]}/documents/${ids[1]}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
      const type = response.headers.get('content-type') ?? '';
      return { status: response.status, headers: response.headers, body: type.includes('json') ? await response.json() : await response.arrayBuffer() };
    },
  },
  {
    route: 'POST /fund-requests/{id}/claim',
    owner: 'partner',
    expect: companyOnly(200, 404, 403),
    fresh: claimDue,
    act: send('POST', (ids) => `/fund-requests/${ids[0]}/claim`, () => claimOf([], 900_00, { proof: [{ name: 'Photos', url: 'https://globex.example/photos' }] })),
  },
  {
    route: 'POST /fund-requests/{id}/claim-review',
    owner: 'vendor',
    expect: companyOnly(200, 404, 403),
    fresh: claimed,
    act: send('POST', (ids) => `/fund-requests/${ids[0]}/claim-review`, () => ({ actor: approver.email, outcome: 'approve' })),
  },
  {
    route: 'POST /fund-requests/{id}/cancel',
    owner: 'partner',
    expect: companyOnly(200, 404, 403),
    fresh: claimDue,
    act: send('POST', (ids) => `/fund-requests/${ids[0]}/cancel`, () => ({ actor: requester.email, reason: 'The venue fell through.' })),
  },
  { route: 'GET /reports/mdf', owner: 'vendor', expect: reading(200, 200), act: get('/reports/mdf') },
  { route: 'GET /reports/mdf.csv', owner: 'vendor', expect: reading(200, 200), act: get('/reports/mdf.csv') },
  // Every company reads the cycle times of its own instances (test/api/cycle-times.test.ts).
  { route: 'GET /reports/cycle-times', owner: 'vendor', expect: reading(200, 200), act: get('/reports/cycle-times?template=mdf-fund-request') },
  { route: 'GET /reports/cycle-times.csv', owner: 'vendor', expect: reading(200, 200), act: get('/reports/cycle-times.csv?template=mdf-fund-request') },
];

const OpenApiPaths = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });
const ErrorShape = z.object({ error: z.object({ code: z.string().min(1), message: z.string().min(1) }) });
const MDF_PREFIXES = ['/budgets', '/allocations', '/fund-requests', '/reports'];

describe('the MDF authorization matrix', () => {
  it('has a row for every MDF route the API documents', async () => {
    const document = await call(stack, 'GET', '/openapi.json');
    const { paths } = OpenApiPaths.parse(document.body);
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      MDF_PREFIXES.some((prefix) => path.startsWith(prefix)) ? Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`) : [],
    );
    expect(routes.map((route) => route.route).sort()).toEqual(documented.sort());
  });

  const callers: Caller[] = ['none', 'platform', 'other', 'related', 'ownRead', 'ownAdmin', 'ownAct', 'owner'];
  it.each(routes)('$route', async (route) => {
    let ids = route.fresh ? await route.fresh() : [];
    const related = route.owner === 'vendor' ? 'partner' : 'vendor';
    const keyOf: Record<Caller, string | undefined> = {
      none: undefined,
      platform: platformKey,
      other: keys.outsider,
      related: keys[related],
      ownRead: scoped[route.owner].read,
      ownAdmin: scoped[route.owner].admin,
      ownAct: scoped[route.owner].act,
      owner: keys[route.owner],
    };
    const answers: Partial<Record<Caller, number>> = {};
    for (const caller of callers) {
      const answer = await route.act(ids, keyOf[caller]);
      answers[caller] = answer.status;
      if (answer.status >= 400) expect(ErrorShape.safeParse(answer.body).success, `${caller} ${route.route}: ${JSON.stringify(answer.body)}`).toBe(true);
      // A write that went through changed its subject; the next caller gets a fresh one.
      if (answer.status < 300 && route.fresh && !route.route.startsWith('GET')) ids = await route.fresh();
    }
    expect(answers).toEqual(route.expect);
  });
});

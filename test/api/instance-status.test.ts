/**
 * The status read portals poll (`GET /instances/{id}`), which holds each company's view per
 * revision: a change shows on the next read, a company is only ever sent its own view, a
 * revoked key stops working within the documented time, and the one statement it sends reads
 * under row-level security like every other company read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERIFIED_KEY_TTL_MS } from '../../api/auth/verified-keys.js';
import { revokeApiKey } from '../../api/auth/keys.js';
import { instanceId } from '../../api/instances.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { acme, globex, parties, paul, startBindings } from '../fixtures/people.js';
import { enrolFixtures } from '../support/directory.js';
import { MAX_INSTANCE_ID_LENGTH } from '../../definitions/limits.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor, projected } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

interface View {
  id: string;
  status: string;
  revision: number;
  participants: Record<string, Array<{ email: string }>>;
  tasks: Array<{ id: string; status: string; companyId: string }>;
}
interface ErrorAnswer {
  error: { code: string; message: string };
}

const template: TemplateInput = {
  id: 'status-review',
  version: 1,
  title: 'Status review',
  parties,
  inputs: { amount: { type: 'money', currency: 'USD', required: true } },
  steps: [
    { id: 'propose', kind: 'task', owner: 'partner.requester', status: 'Draft', next: 'review' },
    { id: 'review', kind: 'approval', approvers: ['vendor.manager'], status: 'In review', next: { approve: 'ok', reject: 'no', request_changes: 'propose' } },
    { id: 'ok', kind: 'end', status: 'Approved' },
    { id: 'no', kind: 'end', status: 'Denied' },
  ],
};

let stack: TestStack;
let acmeKey: string;
let globexKey: string;
let outsiderKey: string;
beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, template);
  await enrolFixtures(stack);
  acmeKey = await keyFor(stack, acme);
  globexKey = await keyFor(stack, globex);
  outsiderKey = await keyFor(stack, 'initech');
});
afterAll(async () => {
  await stack?.stop();
});

const idOf = (businessKey: string) => instanceId('status-review', businessKey, globex);
const pathOf = (businessKey: string) => `/instances/${encodeURIComponent(idOf(businessKey))}`;

/** Starts an instance as Globex and waits until its projection can be read. */
async function started(businessKey: string): Promise<void> {
  const start = await call(stack, 'POST', '/instances', { key: globexKey, body: { templateId: 'status-review', businessKey, bindings: startBindings, input: { amount: { amount: 100_00, currency: 'USD' } }, initiator: paul } });
  expect(start.status).toBe(201);
  await projected(stack, idOf(businessKey), globexKey);
}

async function projectedRevision(businessKey: string): Promise<number> {
  const result = await stack.pool.query<{ revision: number }>('SELECT revision FROM instances WHERE id = $1', [idOf(businessKey)]);
  return result.rows[0]?.revision ?? -1;
}

describe('the status read', () => {
  it('shows on the very next read what a decision changed, though the view before it was held', async () => {
    await started('next-read');
    const before = await call<View>(stack, 'GET', pathOf('next-read'), { key: globexKey });
    const etag = before.headers.get('etag') ?? '';
    // Read twice: the second answer comes from the view held for this revision.
    expect((await call(stack, 'GET', pathOf('next-read'), { key: globexKey, headers: { 'if-none-match': etag } })).status).toBe(304);
    expect(before.body.status).toBe('Draft');
    const revision = before.body.revision;

    const decided = await call(stack, 'POST', `${pathOf('next-read')}/tasks/propose.1.partner.requester/decision`, { key: globexKey, body: { actor: paul.email, outcome: 'submit' } });
    expect(decided.status).toBe(200);
    // Once the projection holds a newer revision, the next read (one, not a retry loop) shows it.
    await eventually(async () => expect(await projectedRevision('next-read')).toBeGreaterThan(revision));
    const after = await call<View>(stack, 'GET', pathOf('next-read'), { key: globexKey, headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.body.revision).toBeGreaterThan(revision);
    expect(after.body.tasks.find((task) => task.id === 'propose.1.partner.requester')?.status).toBe('decided');
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('never sends a company the view held for another, nor any view to a company that takes no part', async () => {
    await started('apart');
    for (let round = 0; round < 3; round++) {
      const [asGlobex, asAcme, asOutsider] = await Promise.all([
        call<View>(stack, 'GET', pathOf('apart'), { key: globexKey }),
        call<View>(stack, 'GET', pathOf('apart'), { key: acmeKey }),
        call<ErrorAnswer>(stack, 'GET', pathOf('apart'), { key: outsiderKey }),
      ]);
      expect(asGlobex.body.tasks.map((task) => task.id)).toEqual(['propose.1.partner.requester']);
      expect(asAcme.body.tasks).toEqual([]);
      expect(Object.values(asAcme.body.participants).flat().every((person) => person.email.endsWith('@acme.example'))).toBe(true);
      expect(Object.values(asGlobex.body.participants).flat().every((person) => person.email.endsWith('@globex.example'))).toBe(true);
      expect(asAcme.headers.get('etag')).not.toBe(asGlobex.headers.get('etag'));
      expect(asOutsider).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
      // Another company's tag is never current for this one.
      const crossed = await call(stack, 'GET', pathOf('apart'), { key: acmeKey, headers: { 'if-none-match': asGlobex.headers.get('etag') ?? '' } });
      expect(crossed.status).toBe(200);
    }
  });

  it('refuses a key without the read scope, and a missing key, in the API’s error format', async () => {
    await started('scoped');
    const adminOnly = await keyFor(stack, globex, ['admin']);
    expect(await call<ErrorAnswer>(stack, 'GET', pathOf('scoped'), { key: adminOnly })).toMatchObject({ status: 403, body: { error: { code: 'wrong_scope' } } });
    expect(await call<ErrorAnswer>(stack, 'GET', pathOf('scoped'))).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
    expect(await call<ErrorAnswer>(stack, 'GET', `${pathOf('scoped')}?other=1`, { key: globexKey })).toMatchObject({ status: 400, body: { error: { code: 'unknown_fields' } } });
    expect(await call<ErrorAnswer>(stack, 'GET', `/instances/${'x'.repeat(MAX_INSTANCE_ID_LENGTH + 1)}`, { key: globexKey })).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });

  it('gives every answer a request id and counts it in the request metrics under the route’s pattern', async () => {
    await started('metrics');
    const plain = await call(stack, 'GET', pathOf('metrics'), { key: globexKey });
    expect(plain.headers.get('x-request-id')).toMatch(/^[\w.-]+$/);
    expect((await call(stack, 'GET', pathOf('metrics'), { key: globexKey, headers: { 'x-request-id': 'portal-poll-1' } })).headers.get('x-request-id')).toBe('portal-poll-1');
    const refused = await call(stack, 'GET', pathOf('metrics'), { key: outsiderKey, headers: { 'x-request-id': 'portal-poll-2' } });
    expect([refused.status, refused.headers.get('x-request-id')]).toEqual([404, 'portal-poll-2']);
    const metrics = await call<string>(stack, 'GET', '/metrics');
    expect(metrics.body).toMatch(/tandem_http_request_duration_seconds_count\{method="GET",route="\/instances\/:id",status="200"\} [1-9]/);
  });
});

describe('the request budget on the status read', () => {
  it('spends the key’s one budget: past 600 a minute both the status read and the other routes answer 429 with Retry-After', async () => {
    await started('budget');
    const token = await keyFor(stack, globex);
    for (let batch = 0; batch < 12; batch++) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => call(stack, 'GET', pathOf('budget'), { key: token })));
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
    }
    const status = await call<ErrorAnswer>(stack, 'GET', pathOf('budget'), { key: token });
    expect(status).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(Number(status.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await call<ErrorAnswer>(stack, 'GET', '/instances', { key: token })).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    // Another key of the same company has its own budget.
    expect((await call(stack, 'GET', pathOf('budget'), { key: globexKey })).status).toBe(200);
  });
});

describe('revoked keys on the status read', () => {
  it('refuses a key as soon as its revocation is announced', async () => {
    await started('revoked-announced');
    const token = await keyFor(stack, globex);
    expect((await call(stack, 'GET', pathOf('revoked-announced'), { key: token })).status).toBe(200);
    expect(await revokeApiKey(stack.pool, token.slice('tdm_'.length, 'tdm_'.length + 16))).toBe(true);
    await eventually(async () => expect((await call(stack, 'GET', pathOf('revoked-announced'), { key: token })).status).toBe(401), VERIFIED_KEY_TTL_MS / 2);
  });

  it('refuses a key within the verified-key TTL even when no process hears of the revocation', async () => {
    await started('revoked-silently');
    const token = await keyFor(stack, globex);
    expect((await call(stack, 'GET', pathOf('revoked-silently'), { key: token })).status).toBe(200);
    // Revoked without the notification (as if the API's listening connection were reconnecting).
    const revokedAt = Date.now();
    await stack.pool.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [token.slice('tdm_'.length, 'tdm_'.length + 16)]);
    const refused = await eventually(async () => {
      const answer = await call<ErrorAnswer>(stack, 'GET', pathOf('revoked-silently'), { key: token });
      expect(answer.status).toBe(401);
      return answer;
    }, VERIFIED_KEY_TTL_MS + 2_000);
    expect(refused.body.error.code).toBe('invalid_key');
    expect(Date.now() - revokedAt).toBeLessThan(VERIFIED_KEY_TTL_MS + 2_000);
  });
});

describe('instance_status_as_company', () => {
  it('reads as the API role for the company, so row-level security decides, and leaves the connection as it was', async () => {
    await started('as-company');
    const client = await stack.pool.connect();
    try {
      const read = (companyId: string, known: number) => client.query<{ revision: number; state: { instanceId: string } | null }>('SELECT revision, state FROM instance_status_as_company($1, $2, $3)', [companyId, idOf('as-company'), known]);
      const asGlobex = await read(globex, -1);
      expect(asGlobex.rows[0]?.state?.instanceId).toBe(idOf('as-company'));
      const revision = asGlobex.rows[0]?.revision ?? -1;
      expect((await read(acme, -1)).rows).toHaveLength(1);
      // Still at the revision the caller holds: the revision, without the state.
      expect((await read(globex, revision)).rows).toEqual([{ revision, state: null }]);
      // The owner sees every row, but the function reads as the API role: nothing for a company that takes no part.
      expect((await read('initech', -1)).rows).toEqual([]);
      const after = await client.query<{ role: string; company: string | null }>("SELECT current_user AS role, nullif(current_setting('tandem.company_id', true), '') AS company");
      expect(after.rows[0]?.company).toBeNull();
      expect(after.rows[0]?.role).not.toBe('tandem_api');
    } finally {
      client.release();
    }
  });
});

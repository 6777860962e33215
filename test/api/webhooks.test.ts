/**
 * Webhooks over real HTTP, Temporal and Postgres: a company subscribes, deliveries arrive
 * signed, a receiver that fails is retried with backoff, every attempt is recorded, a
 * delivery can be replayed, and a company hears only of what its status read shows.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../../activities/webhooks/signature.js';
import { publishTemplate } from '../../api/template-catalog.js';
import { retryDelayMs } from '../../api/webhooks/dispatcher.js';
import type { TemplateInput } from '../../definitions/template.js';
import { acme, globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { eventually } from '../support/eventually.js';
import { enrolFixtures } from '../support/directory.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

interface ErrorAnswer {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> };
}
interface Created {
  id: string;
  url: string;
  events: string[];
  secret: string;
}
interface Attempt {
  attempt: number;
  replay: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  nextAttemptAt: string | null;
}
interface Delivery {
  id: string;
  eventType: string;
  instanceId: string;
  status: string;
  nextAttemptAt: string | null;
  attempts: Attempt[];
}
interface Payload {
  id: string;
  type: string;
  instance: { id: string; participants: Record<string, Array<{ email: string }>> };
  task?: { id: string; companyId: string; outcome: string | null };
}

/** What a receiver got: headers and the raw body exactly as sent. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** A webhook receiver on an ephemeral port; `answer` picks the status of each request. */
async function startReceiver(answer: (request: Received, seenForEvent: number) => number = () => 200) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry: Received = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answered: 0 };
      const seen = received.filter((other) => other.headers['tandem-event-id'] === entry.headers['tandem-event-id']).length;
      entry.answered = answer(entry, seen + 1);
      received.push(entry);
      response.writeHead(entry.answered, { 'content-type': 'text/plain' }).end(entry.answered < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    payloads: () => received.map((entry) => JSON.parse(entry.body) as Payload),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const template: TemplateInput = {
  id: 'hooks',
  version: 1,
  title: 'Webhooks',
  parties,
  inputs: { amount: { type: 'money', currency: 'USD', required: true } },
  steps: [
    { id: 'propose', kind: 'task', owner: 'partner.requester', status: 'Draft', next: 'review' },
    { id: 'review', kind: 'approval', approvers: ['vendor.manager'], status: 'In review', next: { approve: 'ok', reject: 'ok', request_changes: 'propose' } },
    { id: 'ok', kind: 'end', status: 'Done' },
  ],
};

let stack: TestStack;
let globexKey: string;
let acmeKey: string;
let outsiderKey: string;
const receivers: Receiver[] = [];

beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, template);
  await enrolFixtures(stack);
  globexKey = await keyFor(stack, globex);
  acmeKey = await keyFor(stack, acme);
  outsiderKey = await keyFor(stack, 'initech');
});
afterAll(async () => {
  await stack?.stop();
  await Promise.all(receivers.map((receiver) => receiver.stop()));
});

async function receiver(answer?: (request: Received, seenForEvent: number) => number): Promise<Receiver> {
  const started = await startReceiver(answer);
  receivers.push(started);
  return started;
}

async function subscribe(key: string, url: string, events: string[]): Promise<Created> {
  const created = await call<Created>(stack, 'POST', '/webhooks', { key, body: { url, events } });
  expect(created.status).toBe(201);
  return created.body;
}

/** Starts an instance as Globex and waits until it is projected. */
async function startInstance(businessKey: string): Promise<string> {
  const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: { templateId: 'hooks', businessKey, bindings: startBindings, input: { amount: { amount: 500_00, currency: 'USD' } }, initiator: paul } });
  expect(started.status).toBe(201);
  await eventually(async () => expect((await call(stack, 'GET', `/instances/${started.body.id}`, { key: globexKey })).status).toBe(200));
  return started.body.id;
}

async function decide(key: string, instanceId: string, taskId: string, actor: string, outcome: string): Promise<void> {
  const answer = await call(stack, 'POST', `/instances/${instanceId}/tasks/${taskId}/decision`, { key, body: { actor, outcome } });
  expect(answer.status).toBe(200);
}

async function deliveries(key: string, webhookId: string): Promise<Delivery[]> {
  const answer = await call<{ deliveries: Delivery[] }>(stack, 'GET', `/webhooks/${webhookId}/deliveries`, { key });
  expect(answer.status).toBe(200);
  return answer.body.deliveries;
}

describe('webhook deliveries', () => {
  it('delivers a decided task signed as documented, on the third attempt after the receiver fails twice, and replays it', async () => {
    const flaky = await receiver((_request, seen) => (seen <= 2 ? 500 : 200));
    const webhook = await subscribe(globexKey, flaky.url, ['task.decided']);
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    // The secret is shown once: neither the list nor the read carries it.
    const listed = await call<{ webhooks: Array<Record<string, unknown>> }>(stack, 'GET', '/webhooks', { key: globexKey });
    const { createdAt, ...shown } = listed.body.webhooks.find((entry) => entry['id'] === webhook.id) ?? {};
    expect(shown).toEqual({ id: webhook.id, url: flaky.url, events: ['task.decided'], description: null });
    expect(createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify((await call(stack, 'GET', `/webhooks/${webhook.id}`, { key: globexKey })).body)).not.toContain(webhook.secret);

    const instanceId = await startInstance('retry-1');
    await decide(globexKey, instanceId, 'propose.1.partner.requester', paul.email, 'submit');

    await eventually(() => expect(flaky.received.map((entry) => entry.answered)).toEqual([500, 500, 200]));
    const eventIds = new Set(flaky.received.map((entry) => entry.headers['tandem-event-id']));
    expect(eventIds.size).toBe(1);
    expect(flaky.received.map((entry) => entry.headers['tandem-delivery-attempt'])).toEqual(['1', '2', '3']);
    for (const entry of flaky.received) {
      expect(entry.headers['content-type']).toBe('application/json');
      expect(entry.headers['tandem-event-type']).toBe('task.decided');
      expect(verifyWebhookSignature(webhook.secret, entry.headers['tandem-signature'] as string, entry.body)).toMatchObject({ valid: true });
      expect(verifyWebhookSignature(`${webhook.secret}x`, entry.headers['tandem-signature'] as string, entry.body)).toEqual({ valid: false, problem: 'mismatch' });
    }
    // Every attempt sends the same bytes.
    expect(new Set(flaky.received.map((entry) => entry.body)).size).toBe(1);
    const [payload] = flaky.payloads();
    expect(payload).toMatchObject({ id: [...eventIds][0], type: 'task.decided', instance: { id: instanceId }, task: { id: 'propose.1.partner.requester', companyId: globex, outcome: 'submit' } });

    const [delivery] = await eventually(async () => {
      const found = await deliveries(globexKey, webhook.id);
      expect(found).toHaveLength(1);
      expect(found[0]?.status).toBe('delivered');
      return found;
    });
    expect(delivery).toMatchObject({ id: payload?.id, eventType: 'task.decided', instanceId, nextAttemptAt: null });
    expect(delivery?.attempts.map((attempt) => [attempt.attempt, attempt.statusCode, attempt.replay])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, false],
    ]);
    expect(delivery?.attempts.map((attempt) => attempt.nextAttemptAt === null)).toEqual([false, false, true]);
    expect(delivery?.attempts[0]?.error).toBe('the receiver answered 500');
    expect(delivery?.attempts.every((attempt) => attempt.durationMs >= 0)).toBe(true);

    const replay = await call<Delivery>(stack, 'POST', `/webhooks/${webhook.id}/deliveries/${delivery?.id}/replay`, { key: globexKey });
    expect(replay.status).toBe(202);
    expect(replay.body).toMatchObject({ id: delivery?.id, status: 'pending' });
    await eventually(() => expect(flaky.received).toHaveLength(4));
    const replayed = flaky.received[3];
    expect(replayed?.headers['tandem-delivery-attempt']).toBe('4');
    expect(replayed?.headers['tandem-event-id']).toBe(delivery?.id);
    expect(replayed?.body).toBe(flaky.received[0]?.body);
    expect(verifyWebhookSignature(webhook.secret, replayed?.headers['tandem-signature'] as string, replayed?.body ?? '')).toMatchObject({ valid: true });
    await eventually(async () => {
      const [after] = await deliveries(globexKey, webhook.id);
      expect(after?.status).toBe('delivered');
      expect(after?.attempts.map((attempt) => [attempt.attempt, attempt.statusCode, attempt.replay])).toEqual([
        [1, 500, false],
        [2, 500, false],
        [3, 200, false],
        [4, 200, true],
      ]);
    });
  });

  it('gives up after the last attempt, records why (connection refused), and a replay can still deliver it', async () => {
    // A port that was free a moment ago: nothing listens there.
    const gone = await startReceiver();
    await gone.stop();
    const webhook = await subscribe(globexKey, gone.url, ['instance.started']);
    const instanceId = await startInstance('refused-1');
    const [delivery] = await eventually(async () => {
      const found = await deliveries(globexKey, webhook.id);
      expect(found.map((entry) => entry.status)).toEqual(['failed']);
      return found;
    });
    expect(delivery).toMatchObject({ eventType: 'instance.started', instanceId, nextAttemptAt: null });
    expect(delivery?.attempts.map((attempt) => [attempt.attempt, attempt.statusCode, attempt.error])).toEqual([1, 2, 3, 4].map((attempt) => [attempt, null, 'connection refused']));
    expect(delivery?.attempts.map((attempt) => attempt.nextAttemptAt === null)).toEqual([false, false, false, true]);

    // The receiver is fixed: point a replay at it by moving the subscription to where it listens now.
    const fixed = await receiver();
    await stack.pool.query('UPDATE webhook_subscriptions SET url = $2 WHERE id = $1', [webhook.id, fixed.url]);
    expect((await call(stack, 'POST', `/webhooks/${webhook.id}/deliveries/${delivery?.id}/replay`, { key: globexKey })).status).toBe(202);
    await eventually(() => expect(fixed.received.map((entry) => entry.headers['tandem-delivery-attempt'])).toEqual(['5']));
    await eventually(async () => expect((await deliveries(globexKey, webhook.id))[0]?.status).toBe('delivered'));
  });

  it('tells a company only what its status read shows, and nothing about instances it is not part of', async () => {
    const vendor = await receiver();
    const outsider = await receiver();
    const vendorHook = await subscribe(acmeKey, vendor.url, ['instance.changed', 'task.opened', 'task.decided', 'instance.completed']);
    const outsiderHook = await subscribe(outsiderKey, outsider.url, ['instance.started', 'instance.changed', 'instance.completed', 'instance.cancelled', 'task.opened', 'task.decided']);

    const instanceId = await startInstance('apart-1');
    await decide(globexKey, instanceId, 'propose.1.partner.requester', paul.email, 'submit');
    await eventually(async () => expect((await call(stack, 'GET', `/instances/${instanceId}/tasks/review.1.vendor.manager`, { key: acmeKey })).status).toBe(200));
    await decide(acmeKey, instanceId, 'review.1.vendor.manager', vera.email, 'approve');

    await eventually(() => expect(vendor.payloads().some((payload) => payload.type === 'instance.completed' && payload.instance.id === instanceId)).toBe(true));
    const mine = vendor.payloads().filter((payload) => payload.instance.id === instanceId);
    // Acme's own task, opened and decided; not Globex's proposal task.
    expect(mine.filter((payload) => payload.task).map((payload) => [payload.type, payload.task?.id])).toEqual(
      expect.arrayContaining([
        ['task.opened', 'review.1.vendor.manager'],
        ['task.decided', 'review.1.vendor.manager'],
      ]),
    );
    expect(mine.some((payload) => payload.task?.id === 'propose.1.partner.requester')).toBe(false);
    expect(mine.filter((payload) => payload.type === 'instance.changed').length).toBeGreaterThanOrEqual(2);
    // The same redaction as GET /instances/{id}: no people of another company.
    for (const entry of vendor.received.filter((received) => received.body.includes(instanceId))) {
      expect(entry.body).not.toContain(paul.email);
      expect(verifyWebhookSignature(vendorHook.secret, entry.headers['tandem-signature'] as string, entry.body).valid).toBe(true);
    }
    const status = await call<Payload['instance']>(stack, 'GET', `/instances/${instanceId}`, { key: acmeKey });
    const completed = mine.find((payload) => payload.type === 'instance.completed');
    expect(completed?.instance.participants).toEqual(status.body.participants);

    // Deliveries are queued in the projection's transaction: once the last event is queued, any for initech would be too.
    expect(await deliveries(outsiderKey, outsiderHook.id)).toEqual([]);
    expect(outsider.received).toEqual([]);
  });

  it('keeps subscriptions apart: another company gets a 404 for every route of one it does not own', async () => {
    const own = await receiver();
    const webhook = await subscribe(globexKey, own.url, ['instance.changed']);
    const instanceId = await startInstance('owner-1');
    const [delivery] = await eventually(async () => {
      const found = await deliveries(globexKey, webhook.id);
      expect(found.some((entry) => entry.instanceId === instanceId && entry.status === 'delivered')).toBe(true);
      return found;
    });
    const notFound = { status: 404, body: { error: { code: 'not_found', message: 'There is no webhook subscription that you can see.' } } };
    expect(await call(stack, 'GET', `/webhooks/${webhook.id}`, { key: acmeKey })).toMatchObject(notFound);
    expect(await call(stack, 'GET', `/webhooks/${webhook.id}/deliveries`, { key: acmeKey })).toMatchObject(notFound);
    expect(await call(stack, 'POST', `/webhooks/${webhook.id}/deliveries/${delivery?.id}/replay`, { key: acmeKey })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await call(stack, 'DELETE', `/webhooks/${webhook.id}`, { key: acmeKey })).toMatchObject(notFound);
    const acmeList = await call<{ webhooks: Array<{ id: string }> }>(stack, 'GET', '/webhooks', { key: acmeKey });
    expect(acmeList.body.webhooks.map((entry) => entry.id)).not.toContain(webhook.id);

    // The owner deletes it: gone for the owner too, and nothing more is queued for it.
    expect(await call(stack, 'DELETE', `/webhooks/${webhook.id}`, { key: globexKey })).toMatchObject({ status: 200, body: { id: webhook.id, deleted: true } });
    expect(await call(stack, 'GET', `/webhooks/${webhook.id}`, { key: globexKey })).toMatchObject(notFound);
    const count = await stack.pool.query<{ count: string }>('SELECT count(*) FROM webhook_deliveries WHERE subscription_id = $1', [webhook.id]);
    expect(Number(count.rows[0]?.count)).toBe(0);
  });

  it('answers bad input with a 400, a stable code and the path of each problem', async () => {
    const cases: Array<[unknown, string, string]> = [
      [{ url: 'https://portal.example.com/hooks', events: ['task.opened'], admin: true }, 'unknown_fields', 'body'],
      [{ url: 'not a url', events: ['task.opened'] }, 'invalid_request', 'body.url'],
      [{ url: 'ftp://portal.example.com/hooks', events: ['task.opened'] }, 'invalid_request', 'body.url'],
      [{ url: 'https://portal.example.com/hooks', events: ['task.exploded'] }, 'invalid_request', 'body.events.0'],
      [{ url: 'https://portal.example.com/hooks', events: [] }, 'invalid_request', 'body.events'],
      [{ url: 'https://portal.example.com/hooks', events: ['task.opened', 'task.opened'] }, 'invalid_request', 'body.events'],
      [{ events: ['task.opened'] }, 'invalid_request', 'body.url'],
    ];
    for (const [body, code, path] of cases) {
      const answer = await call<ErrorAnswer>(stack, 'POST', '/webhooks', { key: globexKey, body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.code, JSON.stringify(body)).toBe(code);
      expect(answer.body.error.message).toEqual(expect.any(String));
      expect(answer.body.error.details?.map((detail) => detail.path), JSON.stringify(body)).toContain(path);
    }
    const insecure = await call<ErrorAnswer>(stack, 'POST', '/webhooks', { key: globexKey, body: { url: 'http://portal.example.com/hooks', events: ['task.opened'] } });
    expect(insecure).toMatchObject({ status: 400, body: { error: { code: 'insecure_url' } } });
    const credentials = await call<ErrorAnswer>(stack, 'POST', '/webhooks', { key: globexKey, body: { url: 'https://user:pw@portal.example.com/hooks', events: ['task.opened'] } });
    expect(credentials).toMatchObject({ status: 400, body: { error: { code: 'invalid_url' } } });
    const badId = await call<ErrorAnswer>(stack, 'GET', '/webhooks/not-an-id', { key: globexKey });
    expect(badId).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    const badCursor = await call<ErrorAnswer>(stack, 'GET', '/webhooks/wh_0123456789abcdef/deliveries?cursor=nope', { key: globexKey });
    expect(badCursor).toMatchObject({ status: 400, body: { error: { code: 'invalid_cursor' } } });
  });
});

describe('webhook documentation', () => {
  it('lists every webhook route in the OpenAPI document', async () => {
    const document = await call<{ paths: Record<string, Record<string, unknown>> }>(stack, 'GET', '/openapi.json');
    const methods = (path: string) => Object.keys(document.body.paths[path] ?? {}).sort();
    expect(methods('/webhooks')).toEqual(['get', 'post']);
    expect(methods('/webhooks/{id}')).toEqual(['delete', 'get']);
    expect(methods('/webhooks/{id}/deliveries')).toEqual(['get']);
    expect(methods('/webhooks/{id}/deliveries/{deliveryId}/replay')).toEqual(['post']);
  });
});

describe('retry delays', () => {
  it('doubles from the base with ±25 % jitter and stops growing at an hour', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 100, () => 0.5))).toEqual([100, 200, 400, 800]);
    expect(retryDelayMs(3, 100, () => 0)).toBe(300);
    expect(retryDelayMs(3, 100, () => 0.999999)).toBe(500);
    expect(retryDelayMs(30, 10_000, () => 0.5)).toBe(3_600_000);
  });
});

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
import { pruneDeliveries, retryDelayMs } from '../../api/webhooks/dispatcher.js';
import type { TemplateInput } from '../../definitions/template.js';
import { acme, globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { eventually } from '../support/eventually.js';
import { enrolFixtures } from '../support/directory.js';
import { call, keyFor, projected } from '../support/http.js';
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

/**
 * A webhook receiver on an ephemeral port (or the one given); `answer` picks the status of
 * each request, `location` the redirect target of a 3xx.
 */
async function startReceiver(answer: (request: Received, seenForEvent: number) => number = () => 200, listen: { host?: string; port?: number; location?: string } = {}) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry: Received = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answered: 0 };
      const seen = received.filter((other) => other.headers['tandem-event-id'] === entry.headers['tandem-event-id']).length;
      entry.answered = answer(entry, seen + 1);
      received.push(entry);
      response.writeHead(entry.answered, { 'content-type': 'text/plain', ...(listen.location ? { location: listen.location } : {}) }).end(entry.answered < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(listen.port ?? 0, listen.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://${listen.host ?? '127.0.0.1'}:${port}/hooks`,
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

/** Stands in for DNS: names under `.test` resolve to what the test says, now. */
const dnsAnswers = new Map<string, string>();
const resolver = (hostname: string) => {
  const address = dnsAnswers.get(hostname);
  return address ? Promise.resolve([{ address, family: address.includes(':') ? 6 : 4 }]) : Promise.reject(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }));
};

let stack: TestStack;
let globexKey: string;
let acmeKey: string;
let outsiderKey: string;
const receivers: Receiver[] = [];

beforeAll(async () => {
  stack = await startTestStack({ api: true, webhookResolver: resolver });
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

async function receiver(answer?: (request: Received, seenForEvent: number) => number, listen?: { host?: string; port?: number; location?: string }): Promise<Receiver> {
  const started = await startReceiver(answer, listen);
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
  const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: { templateId: 'hooks', businessKey, bindings: startBindings, input: { amount: { amount: 500_00, currency: 'USD' } }, initiator: paul.email } });
  expect(started.status).toBe(201);
  await projected(stack, started.body.id, globexKey);
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
    expect(shown).toEqual({ id: webhook.id, url: flaky.url, events: ['task.decided'], description: null, previousSecretExpiresAt: null });
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

describe('webhook destinations', () => {
  it('refuses subscriptions to loopback, private, link-local, CGNAT and unique-local addresses, however they are written', async () => {
    dnsAnswers.set('metadata.rebind.test', '169.254.169.254');
    dnsAnswers.set('mapped.rebind.test', '::ffff:10.0.0.7');
    const urls = [
      'https://127.0.0.2/hooks',
      'https://10.0.0.1/hooks',
      'https://172.20.1.1/hooks',
      'https://192.168.0.10/hooks',
      'https://169.254.169.254/latest/meta-data/',
      'https://100.64.0.1/hooks',
      'https://[::1]/hooks',
      'https://[fd00::1]/hooks',
      'https://[fe80::1]/hooks',
      'https://[::ffff:127.0.0.2]/hooks',
      'https://[::ffff:a9fe:a9fe]/hooks',
      'https://0.0.0.0/hooks',
      'https://metadata.rebind.test/hooks',
      'https://mapped.rebind.test/hooks',
    ];
    const before = await call<{ webhooks: unknown[] }>(stack, 'GET', '/webhooks', { key: globexKey });
    for (const url of urls) {
      const answer = await call<ErrorAnswer>(stack, 'POST', '/webhooks', { key: globexKey, body: { url, events: ['task.opened'] } });
      expect(answer.status, url).toBe(400);
      expect(answer.body.error.code, url).toBe('destination_not_allowed');
      expect(answer.body.error.message, url).toContain('public');
    }
    const after = await call<{ webhooks: unknown[] }>(stack, 'GET', '/webhooks', { key: globexKey });
    expect(after.body.webhooks).toHaveLength(before.body.webhooks.length);
  });

  it('checks the address again at each delivery: a name that rebinds to an internal address gets nothing through', async () => {
    // Two receivers on the same port: 127.0.0.1 is allowed (local development), 127.0.0.2 is not.
    const internal = await receiver(undefined, { host: '127.0.0.2' });
    const allowed = await receiver(undefined, { host: '127.0.0.1', port: internal.port });
    dnsAnswers.set('partner.rebind.test', '127.0.0.1');
    const webhook = await subscribe(globexKey, `http://partner.rebind.test:${internal.port}/hooks`, ['instance.started']);
    await startInstance('rebind-1');
    await eventually(() => expect(allowed.received).toHaveLength(1));
    expect(allowed.received[0]?.headers.host).toBe(`partner.rebind.test:${internal.port}`);

    dnsAnswers.set('partner.rebind.test', '127.0.0.2');
    const instanceId = await startInstance('rebind-2');
    const refused = await eventually(async () => {
      const found = (await deliveries(globexKey, webhook.id)).find((delivery) => delivery.instanceId === instanceId);
      expect(found?.status).toBe('failed');
      return found;
    });
    expect(refused?.attempts.map((attempt) => attempt.statusCode)).toEqual([null, null, null, null]);
    expect(refused?.attempts[0]?.error).toMatch(/^refused: partner\.rebind\.test resolved to 127\.0\.0\.2, a loopback address/);
    expect(internal.received).toEqual([]);
    expect(allowed.received).toHaveLength(1);
  });

  it('refuses at delivery an internal address written as an IP, even on a subscription that predates the check', async () => {
    const internal = await receiver(undefined, { host: '127.0.0.2' });
    const allowed = await receiver();
    const webhook = await subscribe(globexKey, allowed.url, ['instance.started']);
    // As if stored before addresses were checked: the URL itself names the internal address.
    await stack.pool.query('UPDATE webhook_subscriptions SET url = $2 WHERE id = $1', [webhook.id, internal.url]);
    const instanceId = await startInstance('literal-1');
    const [delivery] = await eventually(async () => {
      const found = await deliveries(globexKey, webhook.id);
      expect(found.map((entry) => [entry.instanceId, entry.status])).toEqual([[instanceId, 'failed']]);
      return found;
    });
    expect(delivery?.attempts[0]?.error).toMatch(/^refused: 127\.0\.0\.2 is a loopback address/);
    expect(internal.received).toEqual([]);
    expect(allowed.received).toEqual([]);
  });

  it('never follows a redirect, so a receiver cannot bounce a delivery to an internal address', async () => {
    const internal = await receiver(undefined, { host: '127.0.0.2' });
    const bouncing = await receiver(() => 307, { location: 'http://169.254.169.254/latest/meta-data/' });
    const bouncingToLoopback = await receiver(() => 302, { location: internal.url });
    const first = await subscribe(globexKey, bouncing.url, ['instance.started']);
    const second = await subscribe(globexKey, bouncingToLoopback.url, ['instance.started']);
    const instanceId = await startInstance('redirect-1');
    for (const [webhook, status] of [
      [first, 307],
      [second, 302],
    ] as const) {
      const failed = await eventually(async () => {
        const found = (await deliveries(globexKey, webhook.id)).find((delivery) => delivery.instanceId === instanceId);
        expect(found?.status).toBe('failed');
        return found;
      });
      expect(failed?.attempts.map((attempt) => attempt.statusCode)).toEqual([status, status, status, status]);
      expect(failed?.attempts[0]?.error).toBe(`the receiver answered ${status}`);
    }
    expect(bouncing.received).toHaveLength(4);
    expect(internal.received).toEqual([]);
  });
});

describe('webhook secret rotation', () => {
  it('signs with the new and the previous secret during the grace period, then with the new one only', async () => {
    const hooks = await receiver();
    const webhook = await subscribe(globexKey, hooks.url, ['instance.started']);
    const rotated = await call<Created & { previousSecretExpiresAt: string | null }>(stack, 'POST', `/webhooks/${webhook.id}/secret`, { key: globexKey, body: { graceSeconds: 3600 } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(webhook.secret);
    const expires = Date.parse(rotated.body.previousSecretExpiresAt ?? '');
    expect(expires - Date.now()).toBeGreaterThan(3500_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(3600_000);
    const read = await call<Record<string, unknown>>(stack, 'GET', `/webhooks/${webhook.id}`, { key: globexKey });
    expect(read.body['previousSecretExpiresAt']).toBe(rotated.body.previousSecretExpiresAt);
    expect(JSON.stringify(read.body)).not.toContain(rotated.body.secret);

    await startInstance('rotate-1');
    await eventually(() => expect(hooks.received).toHaveLength(1));
    const duringGrace = hooks.received[0];
    const header = duringGrace?.headers['tandem-signature'] as string;
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifyWebhookSignature(rotated.body.secret, header, duringGrace?.body ?? '').valid).toBe(true);
    expect(verifyWebhookSignature(webhook.secret, header, duringGrace?.body ?? '').valid).toBe(true);

    // Rotating again without grace: only the newest secret signs; both older ones stop at once.
    const again = await call<Created & { previousSecretExpiresAt: string | null }>(stack, 'POST', `/webhooks/${webhook.id}/secret`, { key: globexKey, body: { graceSeconds: 0 } });
    expect(again).toMatchObject({ status: 200, body: { previousSecretExpiresAt: null } });
    await startInstance('rotate-2');
    await eventually(() => expect(hooks.received).toHaveLength(2));
    const afterGrace = hooks.received[1];
    const single = afterGrace?.headers['tandem-signature'] as string;
    expect(single.match(/v1=/g)).toHaveLength(1);
    expect(verifyWebhookSignature(again.body.secret, single, afterGrace?.body ?? '').valid).toBe(true);
    expect(verifyWebhookSignature(rotated.body.secret, single, afterGrace?.body ?? '')).toEqual({ valid: false, problem: 'mismatch' });
    expect(verifyWebhookSignature(webhook.secret, single, afterGrace?.body ?? '')).toEqual({ valid: false, problem: 'mismatch' });
  });

  it('rotates only your own subscription, with a grace period of at most a week', async () => {
    const hooks = await receiver();
    const webhook = await subscribe(globexKey, hooks.url, ['instance.started']);
    expect(await call(stack, 'POST', `/webhooks/${webhook.id}/secret`, { key: acmeKey, body: {} })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const tooLong = await call<ErrorAnswer>(stack, 'POST', `/webhooks/${webhook.id}/secret`, { key: globexKey, body: { graceSeconds: 8 * 24 * 3600 } });
    expect(tooLong).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(tooLong.body.error.details?.map((detail) => detail.path)).toEqual(['body.graceSeconds']);
    // Nothing changed: the original secret still signs alone.
    expect((await call<Record<string, unknown>>(stack, 'GET', `/webhooks/${webhook.id}`, { key: globexKey })).body['previousSecretExpiresAt']).toBeNull();
    const defaulted = await call<{ previousSecretExpiresAt: string }>(stack, 'POST', `/webhooks/${webhook.id}/secret`, { key: globexKey });
    expect(defaulted.status).toBe(200);
    expect(Date.parse(defaulted.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
  });
});

describe('webhook delivery retention', () => {
  it('prunes finished deliveries whose last attempt is older than the retention, and keeps recent and pending ones', async () => {
    const hooks = await receiver();
    const webhook = await subscribe(globexKey, hooks.url, ['instance.started']);
    const oldId = await startInstance('retention-old');
    const replayedId = await startInstance('retention-replayed');
    const freshId = await startInstance('retention-fresh');
    const pendingId = await startInstance('retention-pending');
    const all = await eventually(async () => {
      const found = await deliveries(globexKey, webhook.id);
      expect(found.filter((delivery) => delivery.status === 'delivered')).toHaveLength(4);
      return found;
    });
    const idOf = (instanceId: string) => all.find((delivery) => delivery.instanceId === instanceId)?.id;
    // Age three of them past a 30-day retention; one was replayed yesterday, one is waiting for a retry.
    await stack.pool.query(`UPDATE webhook_deliveries SET created_at = now() - interval '40 days' WHERE id = ANY ($1::uuid[])`, [[idOf(oldId), idOf(replayedId), idOf(pendingId)]]);
    await stack.pool.query(`UPDATE webhook_attempts SET started_at = now() - interval '40 days' WHERE delivery_id = ANY ($1::uuid[])`, [[idOf(oldId), idOf(pendingId)]]);
    await stack.pool.query(`UPDATE webhook_attempts SET started_at = now() - interval '1 day' WHERE delivery_id = $1`, [idOf(replayedId)]);
    await stack.pool.query(`UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = now() + interval '1 day' WHERE id = $1`, [idOf(pendingId)]);

    expect(await pruneDeliveries(stack.pool, 30)).toBe(1);
    const kept = await deliveries(globexKey, webhook.id);
    expect(kept.map((delivery) => delivery.instanceId).sort()).toEqual([freshId, pendingId, replayedId].sort());
    const attempts = await stack.pool.query('SELECT 1 FROM webhook_attempts WHERE delivery_id = $1', [idOf(oldId)]);
    expect(attempts.rowCount).toBe(0);
    expect(await pruneDeliveries(stack.pool, 30)).toBe(0);
  });
});

describe('webhook documentation', () => {
  it('lists every webhook route in the OpenAPI document', async () => {
    const document = await call<{ paths: Record<string, Record<string, unknown>> }>(stack, 'GET', '/openapi.json');
    const methods = (path: string) => Object.keys(document.body.paths[path] ?? {}).sort();
    expect(methods('/webhooks')).toEqual(['get', 'post']);
    expect(methods('/webhooks/{id}')).toEqual(['delete', 'get']);
    expect(methods('/webhooks/{id}/deliveries')).toEqual(['get']);
    expect(methods('/webhooks/{id}/secret')).toEqual(['post']);
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

/**
 * Tandem scaled out: two `npm run api` processes and three `npm run worker` processes on one
 * Temporal dev server and one Postgres database. A fund request runs from proposal to payment
 * with its calls alternating between the APIs and its activities on several workers, each
 * ledger movement made once; an Idempotency-Key sent to both APIs at once has one effect; an
 * emailed link used on one API is refused on the other, its mail sent once; a webhook is
 * delivered once per event although both APIs run a dispatcher; a key revoked on one API is
 * refused by the other at once.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiKey } from '../../api/auth/keys.js';
import { VERIFIED_KEY_TTL_MS } from '../../api/auth/verified-keys.js';
import { publishBuiltIns } from '../../api/template-catalog.js';
import { freePort } from '../../scripts/stack/ports.js';
import { confirmationOf, linksIn, open, submit } from '../support/action-links.js';
import { adminUrl, createDatabase, dropDatabase } from '../support/database.js';
import { enrol, relate } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { npmRun, waitForLine, type Running } from '../support/npm-run.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { approver, claimOf, compliance, day, finance, lead, manager, partner, proposal, requester, team, vendor, type Allocation, type FundRequest } from '../mdf/support.js';

const suffix = randomUUID().slice(0, 8);
const databaseName = `tandem_test_multi_${suffix}`;
const REVIEW = 'manager_review.1.vendor.channel_manager';
const children: Running[] = [];
let smtp: TestSmtp;
let pool: pg.Pool;
let connection: Connection;
let temporal: Client;
let apis: [string, string];
let keys: { vendor: string; partner: string };
let receiver: { server: Server; url: string; received: Array<{ headers: IncomingHttpHeaders; body: string }> };

/** An answer of one API: status and parsed JSON. */
interface Answer<T> {
  status: number;
  body: T;
}

async function call<T>(base: string, method: string, path: string, options: { key: string; body?: unknown; headers?: Record<string, string> }): Promise<Answer<T>> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.key}`, ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

/** Sends a keyed request, retrying while the other API still works on the same key, as a client following Retry-After would. */
function keyed<T>(base: string, method: string, path: string, key: string, body: unknown, idempotencyKey: string): Promise<Answer<T>> {
  return eventually(async () => {
    const answer = await call<T & { error?: { code: string } }>(base, method, path, { key, body, headers: { 'idempotency-key': idempotencyKey } });
    if (answer.body?.error?.code === 'idempotency_in_progress') throw new Error('still in progress');
    return answer;
  }, 30_000, 200);
}

function waitForStatus(base: string, id: string, status: string | undefined, taskId?: string): Promise<FundRequest> {
  return eventually(async () => {
    const found = await call<FundRequest>(base, 'GET', `/fund-requests/${encodeURIComponent(id)}`, { key: keys.vendor });
    if (status !== undefined) expect(found.body.status).toBe(status);
    if (taskId) expect(found.body.openTasks.map((task) => task.id)).toContain(taskId);
    return found.body;
  }, 60_000, 250);
}

function waitForTask(base: string, id: string, taskId: string): Promise<FundRequest> {
  return waitForStatus(base, id, undefined, taskId);
}

let periods = 0;

async function fundedAllocation(amount: number): Promise<Allocation> {
  const budget = await call<{ id: string }>(apis[0], 'POST', '/budgets', {
    key: keys.vendor,
    body: { name: 'Partner marketing', period: `2025-H${++periods}`, currency: 'USD', total: 1_000_000_00, team, settings: { claimWindow: '10m', auditSamplePercent: 0, followUpAfter: '0s', followUpWindow: '1s' } },
  });
  expect(budget.status, JSON.stringify(budget.body)).toBe(201);
  const allocation = await call<Allocation>(apis[1], 'POST', `/budgets/${budget.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount } });
  expect(allocation.status).toBe(201);
  return allocation.body;
}

async function movementsOf(id: string): Promise<Array<[string, number]>> {
  const rows = await pool.query<{ kind: string; amount: string }>('SELECT kind, amount FROM mdf_movements WHERE fund_request_id = $1 ORDER BY id', [id]);
  return rows.rows.map((row) => [row.kind, Number(row.amount)]);
}

beforeAll(async () => {
  const databaseUrl = await createDatabase(databaseName, inject('templateDatabase'));
  smtp = await startTestSmtp();
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => {});
  await publishBuiltIns(pool);
  await relate({ pool }, vendor, partner);
  await enrol({ pool }, [manager, approver, finance, compliance, requester, lead].map((person) => ({ person })));
  keys = { vendor: (await createApiKey(pool, vendor, 'multi-process vendor', ['read', 'act', 'admin'])).token, partner: (await createApiKey(pool, partner, 'multi-process partner', ['read', 'act', 'admin'])).token };

  const ports = [await freePort(), await freePort()];
  apis = [`http://127.0.0.1:${ports[0]}`, `http://127.0.0.1:${ports[1]}`];
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: `multi-${suffix}`,
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    SIGNING_SECRET: `multi-signing-secret-${suffix}-0123456789`,
    // Mail links lead to the first API; the test follows them to either.
    PUBLIC_BASE_URL: apis[0],
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
    // The test's receiver listens on plain http.
    WEBHOOK_ALLOW_LOCAL_HTTP: 'true',
    MAIL_RETRY_BASE_MS: '100',
    LEDGER_RECONCILE_INTERVAL_MS: '0',
  };
  for (let n = 0; n < 3; n++) children.push(npmRun('worker', env));
  for (const port of ports) children.push(npmRun('api', { ...env, API_PORT: String(port) }));
  await Promise.all(children.map((child, index) => waitForLine(child, index < 3 ? 'Polling task queue' : 'Serving', 150_000)));

  connection = await Connection.connect({ address: inject('temporalAddress') });
  temporal = new Client({ connection, namespace: inject('temporalNamespace') });

  const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver = { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
}, 240_000);

afterAll(async () => {
  for (const child of children) child.child.kill('SIGKILL');
  await Promise.all(children.map((child) => child.exited));
  await connection?.close();
  if (receiver) await new Promise((resolve) => receiver.server.close(resolve));
  await pool?.end();
  await smtp?.stop();
  await dropDatabase(adminUrl(), databaseName);
});

describe('two API processes and three worker processes on one server and database', () => {
  it('carry a fund request to payment with calls alternating between the APIs; an emailed link used on one is refused on the other; each movement and mail once, each webhook event delivered once', async () => {
    const subscribed = await call<{ id: string }>(apis[1], 'POST', '/webhooks', { key: keys.partner, body: { url: receiver.url, events: ['instance.started', 'task.opened', 'task.decided', 'instance.completed'] } });
    expect(subscribed.status, JSON.stringify(subscribed.body)).toBe(201);

    const allocation = await fundedAllocation(20_000_00);
    const started = await call<FundRequest>(apis[0], 'POST', '/fund-requests', { key: keys.partner, body: { allocationId: allocation.id, requester, marketingLead: lead, businessKey: `multi-${suffix}`, proposal: proposal(5_000_00) } });
    expect(started.status).toBe(201);
    const id = started.body.id;

    // The pre-approval is decided through the mailed link on API A; the same link on API B is used.
    const mail = await smtp.waitFor((message) => message.headers.get('x-tandem-instance') === id && message.headers.get('x-tandem-task') === REVIEW, 60_000);
    const approveLink = Object.entries(linksIn(mail).decisions).find(([label]) => /approve/i.test(label))?.[1];
    if (!approveLink) throw new Error(`no approve link in:\n${mail.text}`);
    const onA = approveLink.replace(/^https?:\/\/[^/]+/, apis[0]);
    const onB = approveLink.replace(/^https?:\/\/[^/]+/, apis[1]);
    const page = await open(onA);
    expect(page.status).toBe(200);
    const confirm = confirmationOf(page);
    const recorded = await submit(onA, { confirm, outcome: 'approve' });
    expect(recorded.status).toBeLessThan(400);
    const again = await submit(onB, { confirm, outcome: 'approve' });
    expect([again.status, again.code]).toEqual([410, 'link_used']);
    expect((await open(onB)).code).toBe('link_used');

    await waitForStatus(apis[1], id, 'Claim due', 'claim.1.partner.requester');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n% agenda\n')], { type: 'application/pdf' }), 'agenda.pdf');
    const uploaded = await fetch(`${apis[1]}/fund-requests/${encodeURIComponent(id)}/documents`, { method: 'POST', headers: { authorization: `Bearer ${keys.partner}` }, body: form });
    expect(uploaded.status).toBe(201);
    const documents = ((await uploaded.json()) as { documents: Array<{ id: string }> }).documents;
    const claimed = await call<FundRequest>(apis[0], 'POST', `/fund-requests/${id}/claim`, { key: keys.partner, body: claimOf(documents.map((document) => document.id), 4_500_00) });
    expect(claimed.status).toBe(200);
    const reviewed = await call<FundRequest>(apis[1], 'POST', `/fund-requests/${id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve' } });
    expect(reviewed.status).toBe(200);
    await waitForStatus(apis[0], id, 'Approved', 'reimbursement.1.vendor.finance');
    const paid = await call(apis[1], 'POST', `/instances/${encodeURIComponent(id)}/tasks/reimbursement.1.vendor.finance/decision`, {
      key: keys.vendor,
      body: { actor: finance.email, outcome: 'paid', form: { payment_reference: 'PAY-MULTI-1', paid_on: day(0) } },
    });
    expect(paid.status).toBe(200);
    expect((await waitForStatus(apis[0], id, 'Closed')).lifecycle).toBe('completed');

    expect(await movementsOf(id)).toEqual([
      ['reserve', 5_000_00],
      ['commit', 4_500_00],
      ['release', 500_00],
    ]);
    const reviewMails = smtp.messages.filter((message) => message.headers.get('x-tandem-instance') === id && message.headers.get('x-tandem-task') === REVIEW);
    expect(reviewMails).toHaveLength(1);
    expect(new Set(smtp.messages.map((message) => message.messageId)).size).toBe(smtp.messages.length);

    // Activities ran on the worker processes started here; which of the three takes a task is the server's choice.
    const history = await temporal.workflow.getHandle(id).fetchHistory();
    const starts = (history.events ?? []).flatMap((event) => event.activityTaskStartedEventAttributes?.identity ?? []);
    const identities = new Set(starts);
    expect(starts.length).toBeGreaterThan(0);
    const pids = children.slice(0, 3).map((child) => String(child.child.pid));
    for (const identity of identities) expect(pids).toContain(identity.split('@')[0]);

    // Every event the subscription got is delivered once, though both APIs dispatch.
    await eventually(async () => {
      const rows = await pool.query<{ id: string; status: string }>('SELECT id, status FROM webhook_deliveries WHERE subscription_id = $1', [subscribed.body.id]);
      expect(rows.rows.length).toBeGreaterThan(0);
      expect(rows.rows.every((row) => row.status === 'delivered')).toBe(true);
      // The Tandem-Event-Id header names the delivery, one per (subscription, event).
      const delivered = receiver.received.map((entry) => String(entry.headers['tandem-event-id']));
      expect(delivered.sort()).toEqual(rows.rows.map((row) => row.id).sort());
    }, 30_000, 250);
    const types = receiver.received.map((entry) => (JSON.parse(entry.body) as { type: string; instance: { id: string } })).filter((event) => event.instance.id === id).map((event) => event.type);
    expect(types).toContain('instance.completed');
    expect(types.filter((type) => type === 'instance.started')).toHaveLength(1);
  }, 180_000);

  it('gives one effect and the same answer for a start and a decision sent with one Idempotency-Key to both APIs at once', async () => {
    const allocation = await fundedAllocation(10_000_00);
    const body = { allocationId: allocation.id, requester, marketingLead: lead, proposal: proposal(2_000_00) };
    const idempotencyKey = `start-${suffix}`;
    const starts = await Promise.all(apis.map((base) => keyed<FundRequest>(base, 'POST', '/fund-requests', keys.partner, body, idempotencyKey)));
    expect(starts.map((answer) => answer.status)).toEqual([201, 201]);
    expect(starts[1]?.body).toEqual(starts[0]?.body);
    const id = starts[0]?.body.id ?? '';
    await eventually(async () => {
      const requests = await pool.query<{ id: string }>('SELECT id FROM mdf_fund_requests WHERE allocation_id = $1', [allocation.id]);
      expect(requests.rows.map((row) => row.id)).toEqual([id]);
    }, 30_000, 250);

    await waitForTask(apis[0], id, REVIEW);
    const decision = { actor: manager.email, outcome: 'approve' };
    const decisions = await Promise.all(apis.map((base) => keyed(base, 'POST', `/instances/${encodeURIComponent(id)}/tasks/${REVIEW}/decision`, keys.vendor, decision, `decide-${suffix}`)));
    expect(decisions.map((answer) => answer.status)).toEqual([200, 200]);
    expect(decisions[1]?.body).toEqual(decisions[0]?.body);
    await waitForStatus(apis[1], id, 'Claim due', 'claim.1.partner.requester');
    expect(await movementsOf(id)).toEqual([['reserve', 2_000_00]]);
    const others = await pool.query('SELECT 1 FROM mdf_movements WHERE allocation_id = $1 AND fund_request_id <> $2', [allocation.id, id]);
    expect(others.rows).toEqual([]);
  }, 90_000);

  it('refuses on API B, well before its cache of verified keys would lapse, a key revoked through API A', async () => {
    const created = await call<{ id: string; token: string }>(apis[0], 'POST', '/admin/keys', { key: keys.vendor, body: { name: 'short-lived', scopes: ['read'] } });
    expect(created.status).toBe(201);
    expect((await call(apis[1], 'GET', '/budgets', { key: created.body.token })).status).toBe(200);
    const revoked = await call(apis[0], 'POST', `/admin/keys/${created.body.id}/revoke`, { key: keys.vendor });
    expect(revoked.status).toBe(200);
    await eventually(async () => expect((await call(apis[1], 'GET', '/budgets', { key: created.body.token })).status).toBe(401), VERIFIED_KEY_TTL_MS / 2, 50);
  });
});

/**
 * Fault drill: the worker process is killed with SIGKILL in the middle of a ledger commit (the
 * reimbursement's transaction is inside Postgres, held at its movement insert), and a new
 * worker process takes over. The money moves exactly once and the fund request closes. The
 * payer, whose answer was lost (503), hears the payment's real outcome when retrying with the
 * same Idempotency-Key; anyone deciding the task meanwhile is told who decided it, though the
 * projection trails the instance until the commit is retried.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../../api/server.js';
import { eventually } from '../support/eventually.js';
import { call, type HttpAnswer } from '../support/http.js';
import { npmRun, waitForLine, type Running } from '../support/npm-run.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { approver, claimOf, day, decide, expectBalances, finance, fundedAllocation, manager, prepare, proposal, requestFunds, upload, waitForStatus, type ErrorAnswer, type FundRequest, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
const workers: Running[] = [];

beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
  // The worker of this drill is a process of its own (`npm run worker`), so it can be killed.
  await stack.worker.stop();
});
afterAll(async () => {
  for (const worker of workers) {
    if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGTERM');
    await worker.exited;
  }
  await stack?.stop();
});

async function startWorkerProcess(): Promise<Running> {
  const worker = npmRun('worker', { ...stack.environment, NODE_ENV: 'production' });
  workers.push(worker);
  await waitForLine(worker, 'Polling task queue');
  return worker;
}

interface TaskOut {
  id: string;
  status: string;
  decidedBy: { email: string } | 'system' | null;
}

const payment = { actor: finance.email, outcome: 'paid', form: { payment_reference: 'PAY-2025-0099', paid_on: day(0) } };

function pay(id: string, idempotencyKey: string, via: TestStack = stack): Promise<HttpAnswer<{ status: string; tasks: TaskOut[] } & ErrorAnswer>> {
  return call(via, 'POST', `/instances/${encodeURIComponent(id)}/tasks/reimbursement.1.vendor.finance/decision`, { key: keys.vendor, body: payment, headers: { 'idempotency-key': idempotencyKey } });
}

async function movementsOf(fundRequestId: string): Promise<Array<[string, number]>> {
  const result = await stack.pool.query<{ kind: string; amount: string }>('SELECT kind, amount FROM mdf_movements WHERE fund_request_id = $1 ORDER BY id', [fundRequestId]);
  return result.rows.map((row) => [row.kind, Number(row.amount)]);
}

describe('a worker killed during a ledger commit', () => {
  it('commits the reimbursement exactly once after a new worker takes over, closes the request, and answers the keyed retry with the real outcome', async () => {
    const first = await startWorkerProcess();
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(5_000_00) });
    expect(started.status).toBe(201);
    const id = started.body.id;
    expect((await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);
    await waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester');
    const uploaded = await upload(stack, keys.partner, id, [{ name: 'agenda.pdf', type: 'application/pdf', content: Buffer.from('%PDF-1.4\n% agenda\n') }]);
    expect(uploaded.status).toBe(201);
    const claimed = await call<FundRequest>(stack, 'POST', `/fund-requests/${id}/claim`, { key: keys.partner, body: claimOf(uploaded.body.documents.map((document) => document.id), 4_500_00) });
    expect(claimed.status).toBe(200);
    const reviewed = await call<FundRequest>(stack, 'POST', `/fund-requests/${id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve' } });
    expect(reviewed.status).toBe(200);
    await waitForStatus(stack, keys.vendor, id, 'Approved', 'reimbursement.1.vendor.finance');
    expect(await movementsOf(id)).toEqual([['reserve', 5_000_00]]);

    // The payer's request goes through an API whose way to Temporal is cut once the payment is
    // under way: it answers 503 and lets go of the Idempotency-Key, as after any lost answer.
    const proxy = await startTcpProxy(stack.config.TEMPORAL_ADDRESS);
    const api = await startApi({ ...stack.config, TEMPORAL_ADDRESS: proxy.address }, stack.databaseUrl, stack.smtp.url, { port: 0, quiet: true });
    const viaProxy: TestStack = { ...stack, api };

    // Hold the commit inside its transaction: the movement insert waits for this lock.
    const locker = new pg.Client({ connectionString: stack.databaseUrl });
    locker.on('error', () => {});
    await locker.connect();
    let blockedPid: number;
    const key = `pay-${randomUUID()}`;
    let paid: Promise<HttpAnswer<{ status: string; tasks: TaskOut[] } & ErrorAnswer>>;
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE mdf_movements IN SHARE MODE');
      paid = pay(id, key, viaProxy);
      blockedPid = await eventually(async () => {
        const waiting = await stack.pool.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO mdf_movements%'",
        );
        expect(waiting.rows).toHaveLength(1);
        return waiting.rows[0]?.pid ?? 0;
      }, 60_000, 100);
      await proxy.cut();
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe(null);
      expect(first.child.signalCode).toBe('SIGKILL');
    } finally {
      await locker.query('ROLLBACK').catch(() => {});
      await locker.end();
    }
    const firstAnswer = await paid;
    await api.stop();
    await proxy.stop();
    expect(firstAnswer.status).toBe(503);
    expect(firstAnswer.body.error.code).toBe('temporal_unavailable');
    // The dead worker's transaction goes with its connection: nothing was committed.
    await eventually(async () => expect((await stack.pool.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [blockedPid])).rowCount).toBe(0), 30_000, 100);
    expect(await movementsOf(id)).toEqual([['reserve', 5_000_00]]);

    await startWorkerProcess();
    // Someone else deciding meanwhile hears who decided, even while the projection still shows the task open.
    const late = await call<ErrorAnswer & { error: { details: { decidedBy: TaskOut['decidedBy']; status: string } } }>(stack, 'POST', `/instances/${encodeURIComponent(id)}/tasks/reimbursement.1.vendor.finance/decision`, {
      key: keys.vendor,
      body: payment,
      headers: { 'idempotency-key': `other-${randomUUID()}` },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('task_not_open');
    expect(late.body.error.details).toMatchObject({ status: 'decided', decidedBy: { email: finance.email } });

    // The payer retries with the same key: the decision's real outcome, never "already decided".
    const retried = await eventually(async () => {
      const answer = await pay(id, key);
      expect(answer.status).toBe(200);
      return answer;
    }, 120_000, 500);
    expect(retried.body.tasks.find((task) => task.id === 'reimbursement.1.vendor.finance')).toMatchObject({ status: 'decided', decidedBy: { email: finance.email } });

    const closed = await eventually(() => waitForStatus(stack, keys.partner, id, 'Closed'), 90_000, 500);
    expect(closed.lifecycle).toBe('completed');
    // Exactly one commit of the claimed cost, and the unspent rest released once.
    expect(await movementsOf(id)).toEqual([
      ['reserve', 5_000_00],
      ['commit', 4_500_00],
      ['release', 500_00],
    ]);
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 4_500_00, released: 500_00, available: 15_500_00 });
    console.log('[drills] worker killed mid-commit: one commit, one release; the keyed retry after a 503 got the payment');
  }, 300_000);
});

/**
 * Money moves once per business key: the same ledger action run twice (one after the
 * other, or at the same time) and an activity whose worker wrote to the ledger but never
 * reported back both leave exactly one movement.
 */
import { ApplicationFailure, Context } from '@temporalio/activity';
import { NativeConnection, Worker } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActivities } from '../../activities/index.js';
import { createActionRunner } from '../../activities/actions/registry.js';
import type { ActionRequest } from '../../activities/contracts.js';
import { createLedgerActions } from '../../activities/ledger/actions.js';
import { publicBaseUrl } from '../../config.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { decide, expectBalances, fundedAllocation, lead, manager, partner, prepare, proposal, requestFunds, requester, vendor, waitForStatus, type ErrorAnswer, type FundRequest, type Keys } from './support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

/** Marks `instanceId` as a fund request its partner started from an allocation, as the fund request route does. */
async function bound(instanceId: string): Promise<string> {
  await stack.pool.query(`INSERT INTO instance_bindings (instance_id, template_id, business_key, starter_company_id, source) VALUES ($1, 'mdf-fund-request', $1, $2, 'mdf_budget')`, [instanceId, partner]);
  return instanceId;
}

/** A ledger action request as the interpreter would send it for one step visit. */
function actionRequest(instanceId: string, step: string, action: string, args: Record<string, unknown>, input: Record<string, unknown>): ActionRequest {
  return { key: `${instanceId}/${step}.1`, instanceId, templateId: 'mdf-fund-request', stepId: step, action, args, scope: { input, steps: {}, vars: {} }, companies: { vendor, partner } };
}

describe('ledger idempotency', () => {
  it('refuses a fund request with neither a businessKey nor an Idempotency-Key, and a retry with only the header finds the first request', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 10_000_00 });
    const body = { allocationId: allocation.id, requester, marketingLead: lead, proposal: proposal(2_000_00) };
    const bare = await call<ErrorAnswer>(stack, 'POST', '/fund-requests', { key: keys.partner, body });
    expect(bare).toMatchObject({ status: 400, body: { error: { code: 'business_key_required' } } });
    expect(bare.body.error.message).toContain('businessKey');
    expect(bare.body.error.message).toContain('Idempotency-Key');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, available: 10_000_00 });

    const headers = { 'idempotency-key': `retry-${allocation.id}` };
    const first = await call<FundRequest>(stack, 'POST', '/fund-requests', { key: keys.partner, body, headers });
    expect(first.status).toBe(201);
    // The stored reply is gone (expired), as after a long outage: the retry still finds the request.
    await stack.pool.query('DELETE FROM idempotency_records WHERE idem_key = $1', [headers['idempotency-key']]);
    const retry = await call<FundRequest>(stack, 'POST', '/fund-requests', { key: keys.partner, body, headers });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    const listed = await call<{ fundRequests: FundRequest[] }>(stack, 'GET', '/fund-requests', { key: keys.partner });
    expect(listed.body.fundRequests.filter((fundRequest) => fundRequest.allocationId === allocation.id).map((fundRequest) => fundRequest.id)).toEqual([first.body.id]);
  });

  it('moves money once when the same reservation or commit runs twice, in turn or at the same time', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 10_000_00 });
    const runner = createActionRunner(createLedgerActions(stack.pool));
    const performAction = (request: ActionRequest) => runner.performAction(request);
    const input = { allocation_id: allocation.id, amount: { amount: 4_000_00, currency: 'USD' }, paid: 3_000_00, claimed: { amount: 3_500_00, currency: 'USD' } };
    const fundRequest = await bound('mdf-fund-request:retry-1');

    expect((await performAction(actionRequest(fundRequest, 'check', 'ledger.check', { allocation: 'input.allocation_id', amount: 'input.amount' }, input))).outcome).toBe('fits');
    const reserve = actionRequest(fundRequest, 'reserve', 'ledger.reserve', { allocation: 'input.allocation_id', amount: 'input.amount' }, input);
    const [first, second] = await Promise.all([performAction(reserve), performAction(reserve)]);
    const third = await performAction(reserve);
    expect([first, second, third].map((result) => result.outcome)).toEqual(['reserved', 'reserved', 'reserved']);
    expect([first, second].map((result) => result.details?.['ledger']).sort()).toEqual(['already_moved', 'moved']);
    expect(third.details?.['ledger']).toBe('already_moved');
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 4_000_00, available: 6_000_00 });

    const commit = actionRequest(fundRequest, 'commit', 'ledger.commit', { amount: 'input.paid', claimed: 'input.claimed' }, input);
    await Promise.all([performAction(commit), performAction(commit)]);
    await performAction(commit);
    const after = await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 3_000_00, released: 1_000_00, available: 7_000_00 });
    expect(after.movements?.map((movement) => movement.kind)).toEqual(['reserve', 'commit', 'release']);
  });

  it('reserves once when the worker wrote the reservation but failed before reporting it', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 10_000_00 });
    // Stand-in for a worker killed between the database write and the activity's completion:
    // the first attempt of a reservation writes, then fails as a lost worker would; Temporal retries.
    await stack.worker.stop();
    const transport = nodemailer.createTransport(stack.smtp.url);
    const activities = createActivities({ pool: stack.pool, transport, from: stack.config.MAIL_FROM, publicBaseUrl: publicBaseUrl(stack.config), signingSecret: stack.config.SIGNING_SECRET });
    let lostReports = 0;
    const crashing: typeof activities = {
      ...activities,
      async performAction(request) {
        const result = await activities.performAction(request);
        if (request.action === 'ledger.reserve' && Context.current().info.attempt === 1) {
          lostReports += 1;
          throw ApplicationFailure.retryable('the worker went away before reporting', 'WorkerLost');
        }
        return result;
      },
    };
    const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
    const worker = await Worker.create({ connection, namespace: stack.config.TEMPORAL_NAMESPACE, taskQueue: stack.taskQueue, activities: crashing, workflowBundle: { codePath: inject('workflowBundlePath') } });
    const running = worker.run();
    try {
      const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(2_500_00) });
      await decide(stack, keys.vendor, started.body.id, 'manager_review.1.vendor.channel_manager', manager, 'approve');
      await waitForStatus(stack, keys.partner, started.body.id, 'Claim due');
      expect(lostReports).toBe(1);
      const after = await expectBalances(stack, keys.vendor, allocation.id, { reserved: 2_500_00, available: 7_500_00 });
      expect(after.movements?.map((movement) => movement.kind)).toEqual(['reserve']);
      const reported = await stack.pool.query<{ details: { ledger?: string } }>(`SELECT details FROM audit_events WHERE instance_id = $1 AND type = 'action' AND step_id = 'reserve'`, [started.body.id]);
      expect(reported.rows.map((row) => row.details.ledger)).toEqual(['already_moved']);
    } finally {
      worker.shutdown();
      await running;
      transport.close();
      await connection.close();
      await stack.restartWorker();
    }
  });
});

/**
 * Tandem on a real Temporal cluster: the server's frontend, history, matching and worker services
 * as four processes on PostgreSQL with 16 history shards (`npm run cluster`), reached by the
 * worker and the API through TEMPORAL_ADDRESS only. The smoke path runs, and an MDF fund request
 * goes from proposal to payment while the history service is killed with SIGKILL mid-flow and
 * started again by its supervisor: the request closes, and each ledger movement is made once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import { smokeTemplate as template } from '../fixtures/smoke-template.js';
import { freeClusterPorts, startCluster, type TemporalCluster } from '../../scripts/stack/temporal-cluster.js';
import { acme, globex, paul, vera } from '../fixtures/people.js';
import { adminUrl, dropDatabase } from '../support/database.js';
import { eventually } from '../support/eventually.js';
import { call } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { approver, claimOf, day, decide, expectBalances, finance, fundedAllocation, manager, prepare, proposal, requestFunds, upload, waitForStatus, type FundRequest, type Keys } from '../mdf/support.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tandem-cluster-'));
const database = `tandem_test_cluster_${randomUUID().slice(0, 8)}`;
const lines: string[] = [];
let gaveUp: string | undefined;
let cluster: TemporalCluster;
let stack: TestStack;
let keys: Keys;

beforeAll(async () => {
  cluster = await startCluster({
    dir,
    postgresUrl: adminUrl(),
    database,
    ports: await freeClusterPorts(),
    shards: 16,
    namespaces: [inject('temporalNamespace')],
    log: (line) => lines.push(line),
    giveUp: (reason) => {
      gaveUp = reason;
    },
  });
  stack = await startTestStack({ api: true, temporalAddress: cluster.address, rateLimitPerMinute: 100_000 });
  keys = await prepare(stack);
}, 900_000);
afterAll(async () => {
  await stack?.stop();
  await cluster?.stop();
  await dropDatabase(adminUrl(), database);
  await dropDatabase(adminUrl(), `${database}_visibility`);
  rmSync(dir, { recursive: true, force: true });
});


describe('Tandem on a Temporal cluster of four service processes', () => {
  it('runs the smoke path: a task mailed over SMTP, decided by an update, the instance closed', async () => {
    const instances = new InstanceClient(stack.client);
    const bindings = { companies: { vendor: acme, partner: globex }, participants: { 'vendor.manager': [vera], 'partner.requester': [paul] } };
    const { handle } = await instances.start({ template, businessKey: 'cluster-smoke', bindings, input: {}, initiator: vera, taskQueue: stack.taskQueue });
    const mail = await stack.smtp.waitFor((message) => message.to.includes(paul.email) && message.headers.get('x-tandem-instance') === handle.workflowId);
    expect(mail.headers.get('x-tandem-task')).toBe('confirm.1.partner.requester');
    const after = await instances.decide(handle.workflowId, { taskId: 'confirm.1.partner.requester', actor: paul.email, outcome: 'submit', form: { note: 'on the cluster' } });
    expect(after).toMatchObject({ lifecycle: 'completed', status: 'Closed' });
    expect(await handle.result()).toEqual({ lifecycle: 'completed', status: 'Closed' });
  });

  it('closes a fund request whose history service was killed mid-flow, each ledger movement made once', async () => {
    const allocation = await fundedAllocation(stack, keys, { amount: 20_000_00 });
    const started = await requestFunds(stack, keys, allocation.id, { proposal: proposal(5_000_00) });
    expect(started.status).toBe(201);
    const id = started.body.id;
    expect((await decide(stack, keys.vendor, id, 'manager_review.1.vendor.channel_manager', manager, 'approve')).status).toBe(200);

    // The approval's consequences (claim task, mails, projection) are under way: kill history now.
    const killed = cluster.pid('history');
    if (killed === undefined) throw new Error('the history service does not run');
    process.kill(killed, 'SIGKILL');
    const restarted = await eventually(() => {
      const pid = cluster.pid('history');
      expect(pid).toBeDefined();
      expect(pid).not.toBe(killed);
      expect(cluster.running()).toBe(true);
      return pid;
    }, 120_000, 250);
    expect(lines.some((line) => line.includes('Temporal history service was killed by SIGKILL') || line.includes('Temporal history service exited'))).toBe(true);

    await eventually(() => waitForStatus(stack, keys.partner, id, 'Claim due', 'claim.1.partner.requester'), 120_000, 500);
    const uploaded = await upload(stack, keys.partner, id, [{ name: 'agenda.pdf', type: 'application/pdf', content: Buffer.from('%PDF-1.4\n% agenda\n') }]);
    expect(uploaded.status).toBe(201);
    const claimed = await call<FundRequest>(stack, 'POST', `/fund-requests/${id}/claim`, { key: keys.partner, body: claimOf(uploaded.body.documents.map((document) => document.id), 4_500_00) });
    expect(claimed.status).toBe(200);
    const reviewed = await call<FundRequest>(stack, 'POST', `/fund-requests/${id}/claim-review`, { key: keys.vendor, body: { actor: approver.email, outcome: 'approve' } });
    expect(reviewed.status).toBe(200);
    await waitForStatus(stack, keys.vendor, id, 'Approved', 'reimbursement.1.vendor.finance');
    const paid = await decide(stack, keys.vendor, id, 'reimbursement.1.vendor.finance', finance, 'paid', { form: { payment_reference: 'PAY-CLUSTER-1', paid_on: day(0) } });
    expect(paid.status).toBe(200);

    const closed = await eventually(() => waitForStatus(stack, keys.partner, id, 'Closed'), 90_000, 500);
    expect(closed.lifecycle).toBe('completed');
    const movements = await stack.pool.query<{ kind: string; amount: string }>('SELECT kind, amount FROM mdf_movements WHERE fund_request_id = $1 ORDER BY id', [id]);
    expect(movements.rows.map((row) => [row.kind, Number(row.amount)])).toEqual([
      ['reserve', 5_000_00],
      ['commit', 4_500_00],
      ['release', 500_00],
    ]);
    await expectBalances(stack, keys.vendor, allocation.id, { reserved: 0, committed: 4_500_00, released: 500_00, available: 15_500_00 });
    expect(gaveUp).toBeUndefined();
    console.log(`[drills] history service (pid ${killed}) killed mid-flow and back as pid ${restarted}; the fund request closed with one reserve, one commit, one release`);
  }, 400_000);
});

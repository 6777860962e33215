/**
 * Fault drills against the real API: a burst of keyed writes, a database that drops every
 * connection again and again, and a Temporal that cannot be reached. What a client sees:
 * every request answered, a write done once per Idempotency-Key, outages as 503 with
 * Retry-After and a stable code (never 500), and service again once the fault is gone.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApi, STOP_DEADLINE_MS } from '../../api/server.js';
import { adminUrl } from '../support/database.js';
import { eventually } from '../support/eventually.js';
import { call, type HttpAnswer } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { fundedAllocation, lead, manager, partner, prepare, proposal, requestFunds, requester, team, waitForStatus, type ErrorAnswer, type Keys } from '../mdf/support.js';

let stack: TestStack;
let keys: Keys;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 1_000_000 });
  keys = await prepare(stack);
});
afterAll(async () => {
  await stack?.stop();
});

interface Budget {
  id: string;
  name: string;
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

function createBudget(name: string, idempotencyKey: string): Promise<HttpAnswer<Budget & ErrorAnswer>> {
  return call<Budget & ErrorAnswer>(stack, 'POST', '/budgets', {
    key: keys.vendor,
    body: { name, period: '2026-H1', currency: 'USD', total: 1_000_00, team },
    headers: { 'idempotency-key': idempotencyKey },
  });
}

/**
 * Waits until the stack serves again after a drill: its health check reaches Postgres and a
 * keyed write is done. A test that follows a drill starts from a working stack, whatever
 * state the drill (or its failure) left behind.
 */
async function recovered(): Promise<void> {
  await eventually(async () => {
    const health = (await (await fetch(`${stack.api?.url}/health`)).json()) as { checks: Record<string, { ok: boolean }> };
    expect(health.checks['postgres']?.ok).toBe(true);
    const probe = randomUUID().slice(0, 8);
    expect((await createBudget(`Recovered ${probe}`, `recovered-${probe}`)).status).toBe(201);
  }, 60_000, 250);
}

/** How many budgets carry each name. */
async function budgetsNamed(names: string[]): Promise<Map<string, number>> {
  const result = await stack.pool.query<{ name: string; count: string }>('SELECT name, count(*) FROM mdf_budgets WHERE name = ANY($1) GROUP BY name', [names]);
  return new Map(result.rows.map((row) => [row.name, Number(row.count)]));
}

describe('keyed writes in a burst', () => {
  it('answers 40 concurrent writes with their own keys, does each once, and gives each retry the same answer', async () => {
    const run = randomUUID().slice(0, 8);
    const names = range(40).map((index) => `Burst ${run} ${index}`);
    const started = Date.now();
    const first = await Promise.all(names.map((name, index) => createBudget(name, `burst-${run}-${index}`)));
    const seconds = (Date.now() - started) / 1000;
    expect(first.map((answer) => answer.status)).toEqual(names.map(() => 201));
    expect(seconds).toBeLessThan(30);
    const counts = await budgetsNamed(names);
    expect(names.map((name) => counts.get(name))).toEqual(names.map(() => 1));

    const again = await Promise.all(names.map((name, index) => createBudget(name, `burst-${run}-${index}`)));
    expect(again.map((answer) => answer.status)).toEqual(names.map(() => 201));
    expect(again.map((answer) => answer.body.id)).toEqual(first.map((answer) => answer.body.id));
    expect([...(await budgetsNamed(names)).values()]).toEqual(names.map(() => 1));
    // Nothing was left holding a connection: the API still reaches its database at once.
    expect((await fetch(`${stack.api?.url}/ready`)).status).toBe(200);
  });

  it('does the work once when requests with one key arrive together, and each hears the answer or to retry', async () => {
    const run = randomUUID().slice(0, 8);
    const name = `Together ${run}`;
    const answers = await Promise.all(range(8).map(() => createBudget(name, `together-${run}`)));
    const created = answers.filter((answer) => answer.status === 201);
    const waiting = answers.filter((answer) => answer.status === 409);
    expect(created.length + waiting.length).toBe(8);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
    for (const answer of waiting) {
      expect(answer.body.error.code).toBe('idempotency_in_progress');
      expect(answer.headers.get('retry-after')).toBe('1');
    }
    expect((await budgetsNamed([name])).get(name)).toBe(1);
  });
});

describe('a database that drops every connection', () => {
  // Ten seconds of outage, then the retries and the decided instances to finish: on a loaded machine well over a minute.
  it('answers 2xx or 503 with Retry-After while every backend is terminated again and again for 10 s, and each write retried with its key has exactly one effect', { timeout: 240_000 }, async ({ onTestFinished, signal }) => {
    // Fund requests waiting for the manager's decision, decided during the outage.
    const allocation = await fundedAllocation(stack, keys, { amount: 10_000_00 });
    const requests = await Promise.all(range(4).map(() => requestFunds(stack, keys, allocation.id, { proposal: proposal(1_000_00) })));
    expect(requests.map((answer) => answer.status)).toEqual(requests.map(() => 201));
    const grants = await call<Budget>(stack, 'POST', '/budgets', { key: keys.vendor, body: { name: 'Grants during the outage', period: '2026-H2', currency: 'USD', total: 1_000_000_00, team } });
    expect(grants.status).toBe(201);

    const database = new URL(stack.databaseUrl).pathname.slice(1);
    const killer = new pg.Client({ connectionString: adminUrl() });
    killer.on('error', () => {});
    await killer.connect();
    let terminated = 0;
    const started = Date.now();
    const until = started + 10_000;
    // The outage lasts 10 s and no longer: requests still in flight then finish against a
    // working database. (Killing on until they finished let a decision whose update waits on
    // the database keep the outage going, for as long as the update's deadline.) A drill that
    // fails or times out stops killing too, before the next test starts.
    const kills = (async () => {
      while (Date.now() < until && !signal.aborted) {
        const result = await killer.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
        terminated += result.rowCount ?? 0;
        // Pacing, not waiting on a condition: a termination every ~50 ms for the length of the drill.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const outageOver = kills.finally(() => killer.end());
    onTestFinished(() => outageOver);

    const run = randomUUID().slice(0, 8);
    const budgets: Array<{ name: string; key: string; answer: HttpAnswer<Budget & ErrorAnswer> }> = [];
    const allocations: Array<{ amount: number; key: string; answer: HttpAnswer<Budget & ErrorAnswer> }> = [];
    const decisions: Array<{ id: string; key: string; answer: HttpAnswer<ErrorAnswer> }> = [];
    const reads: Array<HttpAnswer<unknown>> = [];
    const grant = (amount: number, key: string) => call<Budget & ErrorAnswer>(stack, 'POST', `/budgets/${grants.body.id}/allocations`, { key: keys.vendor, body: { partnerCompanyId: partner, amount }, headers: { 'idempotency-key': key } });
    const approve = (id: string, key: string) => call<ErrorAnswer>(stack, 'POST', `/instances/${encodeURIComponent(id)}/tasks/manager_review.1.vendor.channel_manager/decision`, { key: keys.vendor, body: { actor: manager.email, outcome: 'approve' }, headers: { 'idempotency-key': key } });
    const client = async (lane: number) => {
      for (let turn = 0; Date.now() < until; turn++) {
        if (turn % 3 === 0) {
          const name = `Outage ${run} ${lane}.${turn}`;
          const key = `outage-${run}-${lane}-${turn}`;
          budgets.push({ name, key, answer: await createBudget(name, key) });
        } else if (turn % 3 === 1) {
          // Each grant its own amount, so the rows of one key can be counted.
          const amount = 1_00 + lane * 10_000 + turn;
          const key = `grant-${run}-${lane}-${turn}`;
          allocations.push({ amount, key, answer: await grant(amount, key) });
        } else {
          reads.push(await call(stack, 'GET', '/budgets', { key: keys.vendor }));
        }
      }
    };
    const decider = async () => {
      // One decision every two seconds or so, each once, all inside the outage.
      for (const request of requests) {
        const key = `decide-${run}-${request.body.id}`;
        decisions.push({ id: request.body.id, key, answer: await approve(request.body.id, key) });
        if (Date.now() > until - 2_500) break;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    };
    await Promise.all([...range(6).map(client), decider()]);
    await outageOver;
    const outageSeconds = (Date.now() - started) / 1000;

    const answers: Array<HttpAnswer<unknown>> = [...[...budgets, ...allocations, ...decisions].map((write) => write.answer), ...reads];
    expect(terminated).toBeGreaterThan(0);
    expect(answers.length).toBeGreaterThan(20);
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => ![200, 201, 503].includes(status))).toEqual([]);
    const unavailable = answers.filter((answer) => answer.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const answer of unavailable) {
      expect(answer.headers.get('retry-after')).toBe('2');
      expect((answer.body as ErrorAnswer).error.code).toBe('database_unavailable');
    }

    // Back to normal: reads answer, and every write retried with its key ends with exactly one effect.
    await eventually(async () => expect((await call(stack, 'GET', '/budgets', { key: keys.vendor })).status).toBe(200), 15_000, 100);
    expect((await fetch(`${stack.api?.url}/ready`)).status).toBe(200);
    // A key whose answer could not be stored during the outage answers "in progress" (409, Retry-After) until it is.
    const until2xx = <T>(send: () => Promise<HttpAnswer<T>>, status: number) =>
      eventually(async () => {
        const answer = await send();
        expect(answer.status).toBe(status);
        return answer;
      }, 60_000, 250);
    const retriedBudgets = await Promise.all(budgets.map((write) => until2xx(() => createBudget(write.name, write.key), 201)));
    const retriedGrants = await Promise.all(allocations.map((write) => until2xx(() => grant(write.amount, write.key), 201)));
    await Promise.all(decisions.map((write) => until2xx(() => approve(write.id, write.key), 200)));
    for (const [index, write] of budgets.entries()) if (write.answer.status === 201) expect(retriedBudgets[index]?.body.id).toBe(write.answer.body.id);
    for (const [index, write] of allocations.entries()) if (write.answer.status === 201) expect(retriedGrants[index]?.body.id).toBe(write.answer.body.id);

    const budgetCounts = await budgetsNamed(budgets.map((write) => write.name));
    expect(budgets.map((write) => budgetCounts.get(write.name))).toEqual(budgets.map(() => 1));
    const grantRows = await stack.pool.query<{ amount: string; count: string }>('SELECT amount, count(*) FROM mdf_allocations WHERE budget_id = $1 GROUP BY amount', [grants.body.id]);
    const grantCounts = new Map(grantRows.rows.map((row) => [Number(row.amount), Number(row.count)]));
    expect(allocations.map((write) => grantCounts.get(write.amount))).toEqual(allocations.map(() => 1));
    expect(grantRows.rows.length).toBe(allocations.length);
    // Each decision was taken once and reserved its funds once.
    for (const write of decisions) await waitForStatus(stack, keys.partner, write.id, 'Claim due');
    const decided = await stack.pool.query<{ instance_id: string; count: string }>("SELECT instance_id, count(*) FROM audit_events WHERE instance_id = ANY ($1) AND type = 'decided' AND step_id = 'manager_review' GROUP BY instance_id", [decisions.map((write) => write.id)]);
    expect(decided.rows.map((row) => Number(row.count))).toEqual(decisions.map(() => 1));
    const reserves = await stack.pool.query<{ count: string }>("SELECT count(*) FROM mdf_movements WHERE fund_request_id = ANY ($1) AND kind = 'reserve'", [decisions.map((write) => write.id)]);
    expect(Number(reserves.rows[0]?.count)).toBe(decisions.length);
    console.log(
      `[faults] database drill: ${outageSeconds.toFixed(1)} s, ${terminated} backends terminated, ${answers.length} answers (${unavailable.length} of them 503); ${budgets.length} budgets, ${allocations.length} grants and ${decisions.length} decisions, one effect each`,
    );
  });
});

describe('a Temporal that cannot be reached', () => {
  beforeEach(recovered);

  it('answers a write 503 temporal_unavailable within seconds, still answers reads from Postgres, and takes the write again after', async () => {
    const proxy = await startTcpProxy(stack.config.TEMPORAL_ADDRESS);
    const api = await startApi({ ...stack.config, TEMPORAL_ADDRESS: proxy.address }, stack.databaseUrl, stack.smtp.url, { port: 0, quiet: true, rateLimitPerMinute: 1_000_000 });
    const viaProxy: TestStack = { ...stack, api };
    try {
      const allocation = await fundedAllocation(viaProxy, keys, { amount: 10_000_00 });
      const open = await requestFunds(viaProxy, keys, allocation.id, { proposal: proposal(1_000_00) });
      expect(open.status).toBe(201);
      await eventually(async () => expect((await call(viaProxy, 'GET', `/fund-requests/${encodeURIComponent(open.body.id)}`, { key: keys.partner })).status).toBe(200), 30_000, 100);

      await proxy.cut();
      const body = { allocationId: allocation.id, requester, marketingLead: lead, proposal: proposal(2_000_00) };
      const headers = { 'idempotency-key': `while-down-${randomUUID()}` };
      const started = Date.now();
      const refused = await call<ErrorAnswer>(viaProxy, 'POST', '/fund-requests', { key: keys.partner, body, headers });
      const secondsTo503 = (Date.now() - started) / 1000;
      expect(refused.status).toBe(503);
      expect(refused.body.error.code).toBe('temporal_unavailable');
      expect(refused.headers.get('retry-after')).toBe('2');
      expect(secondsTo503).toBeLessThan(5);

      const read = await call<{ id: string }>(viaProxy, 'GET', `/fund-requests/${encodeURIComponent(open.body.id)}`, { key: keys.partner });
      expect(read.status).toBe(200);
      expect(read.body.id).toBe(open.body.id);
      // Within a round of probes (a second apart) plus one probe's deadline, /health says Temporal is down.
      const healthStarted = Date.now();
      const checks = await eventually(async () => {
        const health = await fetch(`${api.url}/health`);
        expect(health.status).toBe(503);
        return ((await health.json()) as { checks: Record<string, { ok: boolean }> }).checks;
      }, 10_000, 100);
      expect(Date.now() - healthStarted).toBeLessThan(4_500);
      expect({ temporal: checks['temporal']?.ok, postgres: checks['postgres']?.ok }).toEqual({ temporal: false, postgres: true });
      expect((await fetch(`${api.url}/ready`)).status).toBe(503);

      // The failed write let go of its key: the retry with it, once Temporal is back, does the work.
      await proxy.restore();
      const retried = await eventually(async () => {
        const answer = await call<{ id: string }>(viaProxy, 'POST', '/fund-requests', { key: keys.partner, body, headers });
        expect(answer.status).toBe(201);
        return answer;
      }, 30_000, 250);
      expect(retried.body.id).not.toBe(open.body.id);
      expect((await fetch(`${api.url}/ready`)).status).toBe(200);
      console.log(`[faults] Temporal unreachable: 503 after ${secondsTo503.toFixed(2)} s`);
    } finally {
      await api.stop();
      await proxy.stop();
    }
  });
});

describe('stopping while requests hang', () => {
  beforeEach(recovered);

  it('stops the API within its deadline while a request waits on a locked table', async () => {
    const api = await startApi(stack.config, stack.databaseUrl, stack.smtp.url, { port: 0, quiet: true });
    const locker = new pg.Client({ connectionString: stack.databaseUrl });
    locker.on('error', () => {});
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE mdf_budgets IN ACCESS EXCLUSIVE MODE');
      const stuck = fetch(`${api.url}/budgets`, { headers: { authorization: `Bearer ${keys.vendor}` } }).then(
        (response) => response.status,
        () => 'connection closed',
      );
      // The read is in the database, waiting for the lock, when the stop begins.
      await eventually(async () => {
        const waiting = await stack.pool.query("SELECT 1 FROM pg_locks WHERE relation = 'mdf_budgets'::regclass AND NOT granted");
        expect(waiting.rowCount).toBeGreaterThan(0);
      });
      const started = Date.now();
      await api.stop();
      const secondsToStop = (Date.now() - started) / 1000;
      expect(secondsToStop).toBeLessThan(STOP_DEADLINE_MS / 1000 + 2);
      expect(await stuck).toBe('connection closed');
      console.log(`[faults] API stopped ${secondsToStop.toFixed(2)} s after stop() with a request stuck in the database`);
    } finally {
      await locker.query('ROLLBACK').catch(() => {});
      await locker.end();
    }
  });
});

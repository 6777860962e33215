/** Instances the benchmarks act on: open six-step requests and MDF fund requests, and waiting until they are projected. */
import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandle } from '@temporalio/client';
import type pg from 'pg';
import { z } from 'zod';
import { startBound } from '../../api/bound-start.js';
import { findTemplate } from '../../api/template-catalog.js';
import type { BenchContext } from '../benchmark.js';
import { fundRequestBindings, partner, requester, team } from '../fixtures.js';
import { runBounded, until } from '../measure.js';
import type { Variant } from '../stack.js';
import { startSixStep } from './interpreter.js';

/** Resolves once every instance in `ids` has task `stepId` open in the projection; false after `timeoutMs`. */
export async function waitUntilOpen(context: BenchContext, ids: string[], stepId: string, timeoutMs: number): Promise<number> {
  let open = 0;
  await until(async () => {
    const result = await context.stack.pool.query<{ open: string }>(`SELECT count(*) AS open FROM tasks WHERE instance_id = ANY ($1) AND step_id = $2 AND status = 'open'`, [ids, stepId]);
    open = Number(result.rows[0]?.open ?? 0);
    return open >= ids.length;
  }, timeoutMs);
  return open;
}

/** Starts `count` six-step instances on the shared interpreter worker and waits until each waits for its first approval. */
export async function openSixStepInstances(context: BenchContext, count: number): Promise<string[]> {
  const { taskQueue } = await context.stack.sharedWorker('interpreter');
  const run = randomUUID().slice(0, 8);
  const ids: string[] = [];
  await runBounded(count, 10, 120_000, async (index) => {
    ids.push((await startSixStep(context, 'interpreter', taskQueue, `open-${run}-${index}`)).workflowId);
  });
  const open = await waitUntilOpen(context, ids, 'manager_approval', 60_000);
  if (open < ids.length) throw new Error(`only ${open} of ${ids.length} instances opened their first task within a minute`);
  return ids;
}

const Created = z.object({ id: z.string() });

/** A budget with one allocation to the partner, created over the API; returns the allocation's id. */
export async function fundedAllocation(context: BenchContext): Promise<string> {
  const api = await context.stack.api();
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${api.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${context.stack.keys.vendor}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    return Created.parse(await response.json()).id;
  };
  const period = `bench-${randomUUID().slice(0, 8)}`;
  const budget = await post('/budgets', { name: 'Partner marketing', period, currency: 'USD', total: 1_000_000_000_00, team, settings: { auditSamplePercent: 0 } });
  return post(`/budgets/${budget}/allocations`, { partnerCompanyId: partner, amount: 500_000_000_00 });
}

/**
 * A function that starts MDF fund requests of `variant`: the interpreter with the published
 * template, or the hand-coded workflow; on the stack's Temporal unless `client` is another's.
 */
export async function fundRequestStarter(
  context: BenchContext,
  variant: Variant,
  taskQueue: string,
  allocationId: string,
  client: Client = context.stack.client,
): Promise<(businessKey: string) => Promise<WorkflowHandle>> {
  const published = await findTemplate(context.stack.pool, 'mdf-fund-request');
  if (!published) throw new Error('the mdf-fund-request template is not published');
  const template = published.template;
  return async (businessKey) => {
    const start = { businessKey, bindings: fundRequestBindings, input: { allocation_id: allocationId }, initiator: requester };
    if (variant === 'hand-coded') return client.workflow.start('handCodedFundRequest', { workflowId: `hand-coded-fund-request:${businessKey}`, taskQueue, args: [start] });
    // Started as the partner's fund request route starts one (people from the budget's team), so the ledger moves its money.
    return (await startBound(context.stack.pool, client, { companyId: partner }, { ...start, template, taskQueue, source: 'mdf_budget' })).handle;
  };
}

/** A count in PostgreSQL watched every second while work runs. */
export interface CountWatch {
  count: () => number;
  /** Resolves once the count reaches `target` (true) or `timeoutMs` passed (false). */
  reaches(target: number, timeoutMs: number): Promise<boolean>;
  /** When the count first reached the target last asked for (from `performance.now()`). */
  reachedAt(): number | undefined;
  stop(): Promise<void>;
}

/** Watches `SELECT count(*) AS count …` with `params` every second. */
export function watchCount(pool: pg.Pool, sql: string, params: unknown[]): CountWatch {
  let count = 0;
  let reachedAt: number | undefined;
  let target = Infinity;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const result = await pool.query<{ count: string }>(sql, params).catch(() => undefined);
      if (result) count = Number(result.rows[0]?.count ?? 0);
      if (reachedAt === undefined && count >= target) reachedAt = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  })();
  return {
    count: () => count,
    async reaches(wanted, timeoutMs) {
      target = wanted;
      reachedAt = count >= wanted ? performance.now() : undefined;
      const deadline = Date.now() + timeoutMs;
      while (count < wanted && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
      return count >= wanted;
    },
    reachedAt: () => reachedAt,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

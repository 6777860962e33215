/**
 * One configuration of the `scale` benchmark: a Temporal (the stack's, or the benchmarks' own
 * cluster) and N worker processes sharing one task queue. Starts MDF fund requests paced to
 * what the workers open, checks in PostgreSQL that each is open (its proposal task open and
 * that task's mail in the outbox), then submits the proposal on a share of them.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { InstanceClient } from '../../api/instance-client.js';
import type { BenchContext } from '../benchmark.js';
import { proposalForm, requester } from '../fixtures.js';
import { pacedStarts, percentiles, progress, rssOf, since, watchUsage, type Usage } from '../measure.js';
import type { TemporalTarget } from '../stack.js';
import { fundRequestStarter, watchCount } from './instances.js';

/** Where one configuration runs. */
export interface Configuration {
  /** `dev`: the stack's own Temporal (the dev server, or TEMPORAL_ADDRESS); `cluster`: the benchmarks' cluster. */
  temporal: 'dev' | 'cluster';
  workers: number;
}

/** Counts and bounds of a configuration, from BENCH_SCALE_* (bench/benchmarks/scale.ts). */
export interface ScaleSettings {
  instances: number;
  /** Starts in flight at once. */
  concurrency: number;
  /** Started but not yet open at most: starts wait while the workers are this far behind. */
  backlog: number;
  decisions: number;
  startSeconds: number;
  settleSeconds: number;
  decideSeconds: number;
}

/** What one configuration measured; undefined where there was nothing to measure. */
export interface ScaleOutcome {
  label: string;
  configuration: Configuration;
  started: number;
  startErrors: string[];
  /** Proposal task open and its mail in the outbox, counted in PostgreSQL at the end. */
  open: number;
  /** Of the open ones' task mails, how many the SMTP server had accepted by the end. */
  mailsSent: number;
  /** Instances that ended (they must all wait), start errors and refused or failed decisions. */
  failed: number;
  startSeconds: number;
  /** From the first start until the last instance was seen open (or the settle bound ended). */
  openSeconds: number;
  acted: number;
  decided: number;
  decisionErrors: string[];
  decisionP50: number;
  decisionP95: number;
  /** Why the run stopped short of a count, one sentence per bound that cut it; empty when none did. */
  cuts: string[];
  workerRss: number[];
  workersWhileOpening: Usage;
  serverWhileOpening: Usage | undefined;
  serverRss: Record<string, number | undefined> | undefined;
  /** Bytes the Tandem database grew by, and the Temporal databases' size (cluster only). */
  tandemDatabaseGrowth: number;
  temporalDatabaseBytes: number | undefined;
  clusterFailure: string | undefined;
}

/** A name for a configuration in the table: "dev server, 1 worker", "cluster, 4 workers". */
export function labelOf(context: BenchContext, configuration: Configuration): string {
  const temporal = configuration.temporal === 'cluster' ? 'cluster' : context.stack.serverPid ? 'dev server' : 'TEMPORAL_ADDRESS';
  return `${temporal}, ${configuration.workers} worker${configuration.workers === 1 ? '' : 's'}`;
}

/** Open fund requests of this run: the proposal task open and its mail in the outbox. */
const OPEN_SINCE = `SELECT count(*) AS count FROM tasks t
  WHERE t.company_id = $1 AND t.status = 'open' AND t.step_id = 'proposal' AND t.opened_at >= $2
    AND EXISTS (SELECT 1 FROM mail_outbox m WHERE m.instance_id = t.instance_id AND m.task_id = t.id)`;
const OPEN_OF = `SELECT count(*) AS open, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mail_outbox m WHERE m.instance_id = t.instance_id AND m.task_id = t.id AND m.status = 'sent')) AS sent
  FROM tasks t
  WHERE t.instance_id = ANY ($1) AND t.step_id = 'proposal' AND t.status = 'open'
    AND EXISTS (SELECT 1 FROM mail_outbox m WHERE m.instance_id = t.instance_id AND m.task_id = t.id)`;

/** Runs the scenario on one configuration; stops its workers before returning. */
export async function runConfiguration(context: BenchContext, configuration: Configuration, settings: ScaleSettings, allocationId: string, partnerCompanyId: string): Promise<ScaleOutcome> {
  const label = labelOf(context, configuration);
  const cluster = configuration.temporal === 'cluster' ? await context.stack.cluster() : undefined;
  const target: TemporalTarget = cluster ? { address: cluster.address, namespace: cluster.namespace } : context.stack.target;
  const client: Client = cluster ? await context.stack.connect(target) : context.stack.client;
  const taskQueue = `bench-scale-${randomUUID().slice(0, 8)}`;
  context.log(`  scale [${label}]: starting ${configuration.workers} worker process${configuration.workers === 1 ? '' : 'es'} on ${taskQueue}…`);
  const workers = await Promise.all(Array.from({ length: configuration.workers }, () => context.stack.startWorker('interpreter', { temporal: target, taskQueue })));
  try {
    const serverPids = cluster ? cluster.pids() : context.stack.serverPid ? [context.stack.serverPid] : [];
    const tandemBytesBefore = await context.stack.databaseBytes();
    const start = await fundRequestStarter(context, 'interpreter', taskQueue, allocationId, client);
    const run = randomUUID().slice(0, 8);
    const ids: string[] = [];
    const cuts: string[] = [];
    const openWatch = watchCount(context.stack.pool, OPEN_SINCE, [partnerCompanyId, new Date(Date.now() - 1000)]);
    const workersUsage = watchUsage(workers.map((worker) => worker.pid));
    const serverUsage = serverPids.length ? watchUsage(serverPids) : undefined;
    const began = performance.now();
    const shown = setInterval(() => {
      const seconds = since(began) / 1000;
      context.log(`  scale [${label}]: ${ids.length}/${settings.instances} started, ${openWatch.count()} open (${(openWatch.count() / seconds).toFixed(1)}/s), ${seconds.toFixed(0)}s`);
    }, 5000);
    let starts;
    let allOpen;
    try {
      starts = await pacedStarts(settings.instances, settings.concurrency, settings.backlog, settings.startSeconds * 1000, openWatch.count, async (index) => {
        ids.push((await start(`scale-${run}-${index}`)).workflowId);
      });
      if (starts.timedOut) {
        cuts.push(
          `the start bound (BENCH_SCALE_START_SECONDS=${settings.startSeconds}) ended starting after ${starts.started} of ${settings.instances}, at ${(starts.started / starts.seconds).toFixed(1)} starts/s paced to the workers' opening (at most ${settings.backlog} waiting, BENCH_SCALE_BACKLOG)`,
        );
      }
      allOpen = await openWatch.reaches(ids.length, settings.settleSeconds * 1000);
    } finally {
      clearInterval(shown);
    }
    const openSeconds = ((openWatch.reachedAt() ?? performance.now()) - began) / 1000;
    const [workersWhileOpening, serverWhileOpening] = await Promise.all([workersUsage.stop(), serverUsage?.stop()]);
    await openWatch.stop();
    const counted = await context.stack.pool.query<{ open: string; sent: string }>(OPEN_OF, [ids]);
    const open = Number(counted.rows[0]?.open ?? 0);
    const mailsSent = Number(counted.rows[0]?.sent ?? 0);
    if (!allOpen) cuts.push(`the settle bound (BENCH_SCALE_SETTLE_SECONDS=${settings.settleSeconds}) ended the wait with ${open} of ${ids.length} started open`);
    context.log(`  scale [${label}]: ${starts.started} started in ${starts.seconds.toFixed(0)}s, ${open} open after ${openSeconds.toFixed(0)}s (${mailsSent} task mails sent); deciding…`);

    const acting = ids.slice(0, Math.min(settings.decisions, open));
    const latencies: number[] = [];
    const decided = progress(context.log, `scale [${label}] decisions`, acting.length, 5000);
    const decisions = await runDecisions(client, acting, settings.decideSeconds * 1000, (ms) => {
      latencies.push(ms);
      decided.tick();
    });
    decided.done();
    if (decisions.timedOut) cuts.push(`the decision bound (BENCH_SCALE_DECIDE_SECONDS=${settings.decideSeconds}) ended deciding after ${decisions.decided} of ${acting.length}`);
    const { p50, p95 } = percentiles(latencies);

    const ended = await context.stack.pool.query<{ ended: string }>(`SELECT count(*) AS ended FROM instances WHERE id = ANY ($1) AND lifecycle <> 'running'`, [ids]);
    const workerRss = await Promise.all(workers.map(async (worker) => (await worker.memory()).rss));
    return {
      label,
      configuration,
      started: starts.started,
      startErrors: starts.errors,
      open,
      mailsSent,
      failed: starts.failed + Number(ended.rows[0]?.ended ?? 0) + decisions.failed,
      startSeconds: starts.seconds,
      openSeconds,
      acted: acting.length,
      decided: decisions.decided,
      decisionErrors: decisions.errors,
      decisionP50: p50,
      decisionP95: p95,
      cuts,
      workerRss,
      workersWhileOpening,
      serverWhileOpening,
      serverRss: cluster ? await cluster.rss() : context.stack.serverPid ? { 'dev server': await rssOf(context.stack.serverPid) } : undefined,
      tandemDatabaseGrowth: (await context.stack.databaseBytes()) - tandemBytesBefore,
      temporalDatabaseBytes: cluster ? await cluster.databaseBytes() : undefined,
      clusterFailure: cluster?.failure(),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

/**
 * Submits the proposal on each instance, 20 at a time, as the partner's decide route does;
 * a decision that does not come back within 20 s counts as failed instead of holding the run.
 */
async function runDecisions(client: Client, ids: string[], limitMs: number, done: (ms: number) => void) {
  const began = performance.now();
  const instances = new InstanceClient(client);
  let next = 0;
  let decided = 0;
  let failed = 0;
  let timedOut = false;
  const errors: string[] = [];
  const lane = async () => {
    for (;;) {
      if (next >= ids.length) return;
      if (since(began) > limitMs) {
        timedOut = true;
        return;
      }
      const id = ids[next++] ?? '';
      const started = performance.now();
      try {
        const state = await client.withDeadline(Date.now() + 20_000, () =>
          instances.decide(id, { taskId: 'proposal.1.partner.requester', actor: requester.email, outcome: 'submit', form: proposalForm() }),
        );
        done(since(started));
        if (!state.tasks.some((task) => task.stepId === 'manager_review' && task.status === 'open')) throw new Error(`${state.instanceId} did not reach the manager's review (status ${state.status})`);
        decided += 1;
      } catch (error) {
        failed += 1;
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(20, Math.max(1, ids.length)) }, lane));
  return { decided, failed, errors, timedOut };
}

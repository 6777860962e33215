/**
 * `scale`: many MDF fund requests started and kept open (each waiting for its proposal) on
 * one worker process, then proposals submitted on a share of them. Starting stops at a time
 * bound so a full run stays within minutes; how many started, and what limited it, is reported.
 */
import { randomUUID } from 'node:crypto';
import { InstanceClient } from '../../api/instance-client.js';
import { setting, type Benchmark, type BenchContext } from '../benchmark.js';
import { proposalForm, requester } from '../fixtures.js';
import { mib, percentiles, progress, rssOf, runBounded, since } from '../measure.js';
import type { Row } from '../report.js';
import { fundedAllocation, fundRequestStarter, waitUntilOpen } from './instances.js';

/** What the start errors say about the limit that was hit, and the setting that moves it. */
function limitOf(errors: string[], timedOut: boolean, context: BenchContext, started: number, requested: number, seconds: number): string {
  const text = errors.join(' ');
  const parts: string[] = [];
  if (/RESOURCE_EXHAUSTED|rate limit|rps/i.test(text)) {
    parts.push('starts were refused by the frontend rate limit: raise it with BENCH_TEMPORAL_DYNAMIC_CONFIG="frontend.rps=5000,frontend.namespaceRPS=5000"');
  }
  if (/DEADLINE_EXCEEDED|ShardIOTimeout|context deadline/i.test(text)) {
    parts.push('the dev server timed out (one history shard, one SQLite connection): a cluster with more history shards (static numHistoryShards) moves this');
  }
  if (timedOut) {
    parts.push(
      `${started} of ${requested} started before the ${seconds}s start bound (BENCH_SCALE_START_SECONDS, kept short so a full run stays under 10 minutes); ` +
        `${errors.length ? 'some starts failed (below); otherwise' : 'no start was refused, so'} the start rate (${(started / seconds).toFixed(0)}/s) is bound by this machine's CPU ` +
        `(dev server, worker, API and Postgres share ${context.stack.serverPid ? 'its cores' : 'the machine'}), not by a server limit`,
    );
  }
  if (errors[0]) parts.push(`first error: ${errors[0]}`);
  return parts.join('; ');
}

export const scaleBenchmark: Benchmark = {
  name: 'scale',
  summary: 'start many MDF instances and keep them open, then act on a share of them',
  async run(context) {
    const requested = setting(context, 'SCALE_INSTANCES', 10_000, 30);
    const startSeconds = setting(context, 'SCALE_START_SECONDS', 45, 20);
    const concurrency = setting(context, 'SCALE_CONCURRENCY', 50, 5);
    const toAct = setting(context, 'SCALE_DECISIONS', 1000, 10);
    const allocationId = await fundedAllocation(context);
    const worker = await context.stack.startWorker('interpreter');
    try {
      const start = await fundRequestStarter(context, 'interpreter', worker.taskQueue, allocationId);
      const run = randomUUID().slice(0, 8);
      const ids: string[] = [];
      const shown = progress(context.log, 'scale starts', requested, 5000);
      const started = await runBounded(requested, concurrency, startSeconds * 1000, async (index) => {
        ids.push((await start(`scale-${run}-${index}`)).workflowId);
        shown.tick();
      });
      shown.done();
      const startsPerSecond = started.completed / started.seconds;
      context.log(`  scale: ${started.completed} started in ${started.seconds.toFixed(0)}s; waiting until each has its proposal task open…`);
      const settleStarted = performance.now();
      const opened = await waitUntilOpen(context, ids, 'proposal', setting(context, 'SCALE_SETTLE_SECONDS', 90, 30) * 1000);
      const settleSeconds = since(settleStarted) / 1000;
      context.log(`  scale: ${opened} open after ${settleSeconds.toFixed(0)}s more`);
      const closed = await context.stack.client.workflow.count(`TaskQueue = "${worker.taskQueue}" AND ExecutionStatus != "Running"`);

      const latencies: number[] = [];
      const acting = ids.slice(0, Math.min(toAct, opened));
      const decided = progress(context.log, 'scale decisions', acting.length);
      const acted = await runBounded(acting.length, 20, setting(context, 'SCALE_DECIDE_SECONDS', 45, 30) * 1000, async (index) => {
        const began = performance.now();
        // A decision stuck behind the worker's backlog counts as failed after 20s instead of holding up the run.
        const state = await context.stack.client.withDeadline(Date.now() + 20_000, () =>
          new InstanceClient(context.stack.client).decide(acting[index] ?? '', { taskId: 'proposal.1.partner.requester', actor: requester.email, outcome: 'submit', form: proposalForm() }),
        );
        latencies.push(since(began));
        decided.tick();
        if (!state.tasks.some((task) => task.stepId === 'manager_review' && task.status === 'open')) throw new Error(`${state.instanceId} did not reach the manager's review (status ${state.status})`);
      });
      decided.done();
      const { p50, p95 } = percentiles(latencies);
      const workerRss = (await worker.memory()).rss;
      const serverRss = await rssOf(context.stack.serverPid);
      const failed = started.failed + closed.count + acted.failed;
      const openRate = opened / (started.seconds + since(settleStarted) / 1000);
      const limit = limitOf([...started.errors, ...acted.errors], started.timedOut, context, started.completed, requested, startSeconds);
      const rows: Row[] = [
        { benchmark: 'scale', metric: 'started', unit: 'instances', tandem: started.completed, target: { on: 'tandem', atLeast: requested }, ...(limit ? { note: limit } : {}) },
        {
          benchmark: 'scale',
          metric: 'open, waiting on their task',
          unit: 'instances',
          tandem: opened,
          target: { on: 'tandem', atLeast: started.completed },
          ...(opened < started.completed
            ? { note: `${started.completed - opened} were still queued for the worker when the ${settleSeconds.toFixed(0)}s wait ended (BENCH_SCALE_SETTLE_SECONDS): one worker process opens about ${openRate.toFixed(0)} instances/s here (first workflow task, projection write, task mail), so the worker, not the server, is the limit; more worker processes or cores move it` }
            : {}),
        },
        { benchmark: 'scale', metric: 'open rate', unit: 'instances/s', tandem: openRate },
        { benchmark: 'scale', metric: 'failed', unit: 'instances', tandem: failed, target: { on: 'tandem', atMost: 0 } },
        { benchmark: 'scale', metric: 'start rate', unit: 'starts/s', tandem: startsPerSecond },
        { benchmark: 'scale', metric: `decisions on ${acting.length} open`, unit: 'decided', tandem: acted.completed, target: { on: 'tandem', atLeast: acting.length } },
        { benchmark: 'scale', metric: 'decision latency p50', unit: 'ms', tandem: p50 },
        { benchmark: 'scale', metric: 'decision latency p95', unit: 'ms', tandem: p95 },
        { benchmark: 'scale', metric: 'worker RSS', unit: 'MiB', tandem: mib(workerRss) },
        {
          benchmark: 'scale',
          metric: 'Temporal server RSS',
          unit: 'MiB',
          tandem: serverRss === undefined ? NaN : mib(serverRss),
          ...(serverRss === undefined ? { note: 'not measured: the server is not a process this run started' } : {}),
        },
      ];
      return rows;
    } finally {
      await worker.stop();
    }
  },
};

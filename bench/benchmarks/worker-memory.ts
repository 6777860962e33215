/**
 * `worker-memory`: resident memory of a worker process holding many open MDF fund requests
 * (each waiting for its proposal), Tandem's interpreter against the hand-coded workflow.
 * Each variant gets a fresh worker process of its own; RSS is sampled after every instance
 * is open and its mail sent, and after garbage collection has settled.
 */
import { randomUUID } from 'node:crypto';
import { setting, type Benchmark, type BenchContext } from '../benchmark.js';
import { mib, progress, runBounded } from '../measure.js';
import type { Row } from '../report.js';
import type { Variant } from '../stack.js';
import { fundedAllocation, fundRequestStarter, waitUntilOpen } from './instances.js';

interface Sample {
  idle: number;
  open: number;
  opened: number;
}

async function sample(context: BenchContext, variant: Variant, count: number, allocationId: string): Promise<Sample> {
  const worker = await context.stack.startWorker(variant);
  try {
    const idle = (await worker.memory()).rss;
    const start = await fundRequestStarter(context, variant, worker.taskQueue, allocationId);
    const run = randomUUID().slice(0, 8);
    const ids: string[] = [];
    const shown = progress(context.log, `worker-memory (${variant}) starts`, count);
    await runBounded(count, 20, 180_000, async (index) => {
      ids.push((await start(`memory-${run}-${index}`)).workflowId);
      shown.tick();
    });
    shown.done();
    const opened = await waitUntilOpen(context, ids, 'proposal', context.smoke ? 30_000 : 90_000);
    // Their task mails go out after the projection; wait for those too, so the worker is idle.
    await waitForMail(context, ids, 30_000);
    return { idle, open: (await worker.memory()).rss, opened };
  } finally {
    await worker.stop();
  }
}

async function waitForMail(context: BenchContext, ids: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const result = await context.stack.pool.query<{ pending: string }>(`SELECT count(*) AS pending FROM mail_outbox WHERE instance_id = ANY ($1) AND status = 'pending'`, [ids]);
    const sent = await context.stack.pool.query<{ sent: string }>(`SELECT count(*) AS sent FROM mail_outbox WHERE instance_id = ANY ($1) AND status = 'sent'`, [ids]);
    if (Number(result.rows[0]?.pending ?? 0) === 0 && Number(sent.rows[0]?.sent ?? 0) >= ids.length) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Growth per instance that opened: one still queued for the worker when the wait ended costs it nothing yet. */
function perOpenInstance(sample: Sample): number {
  return (sample.open - sample.idle) / Math.max(1, sample.opened) / 1024;
}

export const workerMemoryBenchmark: Benchmark = {
  name: 'worker-memory',
  summary: 'worker RSS with many open MDF instances: interpreter vs hand-coded workflow, each in its own process',
  async run(context) {
    const count = setting(context, 'MEMORY_INSTANCES', 1000, 10);
    const allocationId = await fundedAllocation(context);
    const baseline = await sample(context, 'hand-coded', count, allocationId);
    const tandem = await sample(context, 'interpreter', count, allocationId);
    const short = tandem.opened < count || baseline.opened < count ? `only ${tandem.opened} (Tandem) and ${baseline.opened} (hand-coded) of ${count} opened in time` : undefined;
    const rows: Row[] = [
      { benchmark: 'worker-memory', metric: `RSS with ${count} open`, unit: 'MiB', tandem: mib(tandem.open), baseline: mib(baseline.open), target: { on: 'ratio', atMost: 1.2 }, ...(short ? { note: short } : {}) },
      { benchmark: 'worker-memory', metric: 'RSS idle', unit: 'MiB', tandem: mib(tandem.idle), baseline: mib(baseline.idle) },
      { benchmark: 'worker-memory', metric: 'per open instance', unit: 'KiB', tandem: perOpenInstance(tandem), baseline: perOpenInstance(baseline) },
    ];
    return rows;
  },
};

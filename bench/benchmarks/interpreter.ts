/**
 * `interpreter`: the six-step template (two approvals, a task, an action, a wait, an end) run
 * by the interpreter against the same process as a hand-coded workflow, both driven the same
 * way: start, then each decision as an update as soon as the previous one returned.
 */
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { z } from 'zod';
import { InstanceClient } from '../../api/instance-client.js';
import { validateTemplate } from '../../definitions/validate.js';
import { setting, type Benchmark, type BenchContext } from '../benchmark.js';
import { finance, manager, requester, sixStepBindings, sixStepInput, sixStepTemplate } from '../fixtures.js';
import { percentiles, progress, runBounded, since } from '../measure.js';
import type { Row } from '../report.js';
import type { Variant } from '../stack.js';

/** Each human step's task and who decides it, in order. */
const DECISIONS = [
  { taskId: 'manager_approval.1.vendor.manager', actor: manager.email, outcome: 'approve' },
  { taskId: 'finance_approval.1.vendor.finance', actor: finance.email, outcome: 'approve' },
  { taskId: 'deliver.1.partner.requester', actor: requester.email, outcome: 'done' },
];

const Ended = z.object({ status: z.string() });

function checkedTemplate() {
  const result = validateTemplate(sixStepTemplate);
  if (!result.ok) throw new Error(`the benchmark template is not valid: ${result.errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`);
  return result.template;
}

/** Starts one six-step instance of `variant` on `taskQueue`. */
export async function startSixStep(context: BenchContext, variant: Variant, taskQueue: string, businessKey: string): Promise<WorkflowHandle> {
  const start = { businessKey, bindings: sixStepBindings, input: sixStepInput, initiator: requester };
  if (variant === 'interpreter') return (await new InstanceClient(context.stack.client).start({ ...start, template: checkedTemplate(), taskQueue })).handle;
  return context.stack.client.workflow.start('handCodedReview', { workflowId: `hand-coded-review:${businessKey}`, taskQueue, args: [start] });
}

/** Runs one instance from start to end; returns how long that took and its id. */
async function runOne(context: BenchContext, variant: Variant, taskQueue: string, businessKey: string): Promise<{ ms: number; id: string }> {
  const started = performance.now();
  const handle = await startSixStep(context, variant, taskQueue, businessKey);
  const instances = new InstanceClient(context.stack.client);
  for (const decision of DECISIONS) await instances.decide(handle.workflowId, decision);
  const { status } = Ended.parse(await handle.result());
  if (status !== 'Closed') throw new Error(`instance ${handle.workflowId} ended as ${status}, not Closed`);
  return { ms: since(started), id: handle.workflowId };
}

interface VariantFigures {
  throughput: number;
  p50: number;
  p95: number;
  events: number;
  failed: number;
  errors: string[];
}

async function measure(context: BenchContext, variant: Variant, count: number, concurrency: number, limitMs: number): Promise<VariantFigures> {
  const { taskQueue } = await context.stack.sharedWorker(variant);
  const run = randomUUID().slice(0, 8);
  // Warm up: the worker's first instances pay for caches and JIT.
  const warmUp = context.smoke ? 1 : concurrency;
  await runBounded(warmUp, warmUp, limitMs, (index) => runOne(context, variant, taskQueue, `warm-${run}-${index}`).then(() => undefined));
  const latencies: number[] = [];
  const ids: string[] = [];
  const shown = progress(context.log, `interpreter (${variant})`, count);
  const outcome = await runBounded(count, concurrency, limitMs, async (index) => {
    const { ms, id } = await runOne(context, variant, taskQueue, `${run}-${index}`);
    latencies.push(ms);
    ids.push(id);
    shown.tick();
  });
  shown.done();
  const sample = ids.slice(0, 5);
  const lengths = await Promise.all(sample.map(async (id) => (await context.stack.client.workflow.getHandle(id).fetchHistory()).events?.length ?? 0));
  const { p50, p95 } = percentiles(latencies);
  return { throughput: outcome.completed / outcome.seconds, p50, p95, events: lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length), failed: outcome.failed, errors: outcome.errors };
}

export const interpreterBenchmark: Benchmark = {
  name: 'interpreter',
  summary: 'a six-step template run by the interpreter vs the same process as a hand-coded workflow',
  async run(context) {
    const count = setting(context, 'INTERPRETER_INSTANCES', 100, 3);
    const concurrency = setting(context, 'INTERPRETER_CONCURRENCY', 10, 3);
    const limitMs = setting(context, 'INTERPRETER_SECONDS', 40, 30) * 1000;
    const baseline = await measure(context, 'hand-coded', count, concurrency, limitMs);
    const tandem = await measure(context, 'interpreter', count, concurrency, limitMs);
    const failures = [...tandem.errors, ...baseline.errors];
    const note = failures.length ? `failed: Tandem ${tandem.failed}, hand-coded ${baseline.failed} (${failures[0]})` : undefined;
    const rows: Row[] = [
      { benchmark: 'interpreter', metric: 'throughput', unit: 'instances/s', tandem: tandem.throughput, baseline: baseline.throughput, target: { on: 'ratio', atLeast: 0.9 }, ...(note ? { note } : {}) },
      { benchmark: 'interpreter', metric: 'p50 start→end', unit: 'ms', tandem: tandem.p50, baseline: baseline.p50 },
      { benchmark: 'interpreter', metric: 'p95 start→end', unit: 'ms', tandem: tandem.p95, baseline: baseline.p95, target: { on: 'ratio', atMost: 1.1 } },
      { benchmark: 'interpreter', metric: 'history events', unit: 'per instance', tandem: tandem.events, baseline: baseline.events, target: { on: 'ratio', atMost: 1.1 } },
    ];
    return rows;
  },
};

/**
 * `decision-visible`: an approver clicks the decision button in a task mail and confirms;
 * measured from the POST of the confirmation form until a status read of the API shows the
 * task decided. The baseline is a bare `decide` update sent with the Temporal client.
 */
import { z } from 'zod';
import { InstanceClient } from '../../api/instance-client.js';
import { setting, type Benchmark, type BenchContext } from '../benchmark.js';
import { manager } from '../fixtures.js';
import { percentiles, progress, since } from '../measure.js';
import type { Row } from '../report.js';
import { startSixStep } from './interpreter.js';

const TASK = 'manager_approval.1.vendor.manager';
const Status = z.object({ tasks: z.array(z.object({ id: z.string(), status: z.string() })) });

/** Starts an instance and returns its id and the Approve link of the manager's task mail. */
async function openWithMail(context: BenchContext, taskQueue: string, businessKey: string): Promise<{ id: string; approve: string }> {
  const handle = await startSixStep(context, 'interpreter', taskQueue, businessKey);
  const mail = await context.stack.smtp.waitFor((candidate) => candidate.instanceId === handle.workflowId && candidate.to.includes(manager.email));
  const approve = /^ {2}Approve: (\S+\/act\/\S+)$/m.exec(mail.text)?.[1];
  if (!approve) throw new Error(`no Approve link in the task mail of ${handle.workflowId}`);
  return { id: handle.workflowId, approve };
}

/** Milliseconds from the confirmed POST until `GET /instances/:id` shows the task decided. */
async function clickAndRead(context: BenchContext, apiUrl: string, id: string, approve: string): Promise<number> {
  const page = await fetch(approve);
  const confirm = /name="confirm" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!confirm) throw new Error(`the decision page of ${id} has no confirmation field (status ${page.status})`);
  const started = performance.now();
  const posted = await fetch(approve, { method: 'POST', body: new URLSearchParams({ confirm, outcome: 'approve' }), redirect: 'manual' });
  await posted.text();
  if (posted.status !== 200) throw new Error(`the confirmed POST for ${id} answered ${posted.status}`);
  for (;;) {
    const read = await fetch(`${apiUrl}/instances/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${context.stack.keys.vendor}` } });
    const status = Status.parse(await read.json());
    if (status.tasks.find((task) => task.id === TASK)?.status === 'decided') return since(started);
    if (since(started) > 30_000) throw new Error(`the decision on ${id} was not visible within 30s`);
  }
}

export const decisionVisibleBenchmark: Benchmark = {
  name: 'decision-visible',
  summary: 'a decision POSTed through the emailed action link until a status read shows it vs a bare update',
  async run(context) {
    const samples = setting(context, 'DECISION_SAMPLES', 30, 2);
    const api = await context.stack.api();
    const { taskQueue } = await context.stack.sharedWorker('interpreter');
    context.stack.smtp.watch(manager.email);
    const run = Date.now().toString(36);
    const tandem: number[] = [];
    const baseline: number[] = [];
    const shown = progress(context.log, 'decision-visible', samples * 2);
    // One at a time: this measures latency, not load. Alternate so drift hits both alike.
    for (let index = 0; index < samples; index++) {
      const clicked = await openWithMail(context, taskQueue, `click-${run}-${index}`);
      tandem.push(await clickAndRead(context, api.url, clicked.id, clicked.approve));
      shown.tick();
      const updated = await openWithMail(context, taskQueue, `update-${run}-${index}`);
      const started = performance.now();
      await new InstanceClient(context.stack.client).decide(updated.id, { taskId: TASK, actor: manager.email, outcome: 'approve' });
      baseline.push(since(started));
      shown.tick();
    }
    shown.done();
    const ours = percentiles(tandem);
    const bare = percentiles(baseline);
    const rows: Row[] = [
      { benchmark: 'decision-visible', metric: 'p50 click→visible', unit: 'ms', tandem: ours.p50, baseline: bare.p50, target: { on: 'ratio', atMost: 3 } },
      { benchmark: 'decision-visible', metric: 'p95 click→visible', unit: 'ms', tandem: ours.p95, baseline: bare.p95, target: { on: 'tandem', atMost: 250 } },
      { benchmark: 'decision-visible', metric: 'p99 click→visible', unit: 'ms', tandem: ours.p99, baseline: bare.p99 },
    ];
    return rows;
  },
};

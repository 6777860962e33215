/**
 * `timers`: many open instances kept open on one worker process while their timers fire. Each
 * instance of bench/fixtures.ts's reminder template waits on a partner task with a reminder and a
 * deadline read from its input (seconds to minutes here, weeks in production). The worker's CPU
 * and RSS are measured in three windows: idle with every instance open and no timer due, while
 * the reminders and deadlines fire (a reminder mail each, then the vendor's follow-up task),
 * and idle again after, every instance still open. With `--cluster` it runs on the benchmarks'
 * own cluster.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { InstanceClient } from '../../api/instance-client.js';
import { validateTemplate } from '../../definitions/validate.js';
import { setting, type Benchmark, type BenchContext } from '../benchmark.js';
import { reminderBindings, reminderTemplate, requester } from '../fixtures.js';
import { mib, pacedStarts, since, watchUsage, type Usage } from '../measure.js';
import type { Row } from '../report.js';
import type { TemporalTarget } from '../stack.js';
import { watchCount } from './instances.js';

function checkedTemplate() {
  const result = validateTemplate(reminderTemplate);
  if (!result.ok) throw new Error(`the reminder template is not valid: ${result.errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`);
  return result.template;
}

/**
 * Instances of this run that reached the task of `stepId` (open then; the partner's task may
 * have timed out since), its mail in the outbox.
 */
const REACHED = `SELECT count(*) AS count FROM tasks t JOIN instances i ON i.id = t.instance_id
  WHERE i.business_key LIKE $1 AND t.step_id = $2
    AND EXISTS (SELECT 1 FROM mail_outbox m WHERE m.instance_id = t.instance_id AND m.task_id = t.id)`;
const REMINDED = `SELECT count(*) AS count FROM mail_outbox m JOIN instances i ON i.id = m.instance_id WHERE i.business_key LIKE $1 AND m.purpose = 'reminder'`;
const STILL_RUNNING = `SELECT count(*) AS count FROM instances WHERE business_key LIKE $1 AND lifecycle = 'running'`;
const FIRST_OPENED = `SELECT extract(epoch FROM min(t.opened_at)) * 1000 AS first, extract(epoch FROM max(t.opened_at)) * 1000 AS last
  FROM tasks t JOIN instances i ON i.id = t.instance_id WHERE i.business_key LIKE $1 AND t.step_id = 'answer'`;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Measures the worker and the server in the same window: `seconds`, or until `until` (epoch ms) if that comes first. */
async function window(worker: number, server: number[], seconds: number, until = Infinity): Promise<{ worker: Usage; server: Usage | undefined }> {
  const workerWatch = watchUsage([worker]);
  const serverWatch = server.length ? watchUsage(server) : undefined;
  await wait(Math.min(seconds * 1000, until - Date.now()));
  const [workerUsage, serverUsage] = await Promise.all([workerWatch.stop(), serverWatch?.stop()]);
  return { worker: workerUsage, server: serverUsage };
}

export const timersBenchmark: Benchmark = {
  name: 'timers',
  summary: 'many open instances on one worker: its CPU and RSS idle, while reminders and deadlines fire, and idle again',
  async run(context: BenchContext) {
    const count = setting(context, 'TIMERS_INSTANCES', 10_000, 10);
    // Opening runs at 15–20 instances/s on one worker here: the reminder is set to come after all are open.
    const reminderSeconds = setting(context, 'TIMERS_REMINDER_SECONDS', Math.round(60 + count / 12), 8);
    const deadlineSeconds = reminderSeconds + setting(context, 'TIMERS_DEADLINE_AFTER_SECONDS', 60, 3);
    const idleSeconds = setting(context, 'TIMERS_IDLE_SECONDS', 30, 2);
    const settleSeconds = setting(context, 'TIMERS_SETTLE_SECONDS', 10, 3);
    const fireBound = setting(context, 'TIMERS_FIRE_SECONDS', 900, 60);
    const cluster = context.cluster ? await context.stack.cluster() : undefined;
    const target: TemporalTarget = cluster ? { address: cluster.address, namespace: cluster.namespace } : context.stack.target;
    const client: Client = cluster ? await context.stack.connect(target) : context.stack.client;
    const label = cluster ? 'cluster' : context.stack.serverPid ? 'dev server' : 'TEMPORAL_ADDRESS';
    const worker = await context.stack.startWorker('interpreter', { temporal: target });
    const serverPids = cluster ? cluster.pids() : context.stack.serverPid ? [context.stack.serverPid] : [];
    const notes: Record<string, string> = {};
    try {
      const run = `timers-${randomUUID().slice(0, 8)}`;
      const like = `${run}-%`;
      const template = checkedTemplate();
      const instances = new InstanceClient(client);
      const input = { reminder: `${reminderSeconds}s`, deadline: `${deadlineSeconds}s` };
      context.log(`  timers [${label}]: ${count} instances, reminder after ${reminderSeconds}s, deadline after ${deadlineSeconds}s`);
      const answering = watchCount(context.stack.pool, REACHED, [like, 'answer']);
      const began = performance.now();
      const shown = setInterval(() => context.log(`  timers [${label}]: ${answering.count()}/${count} open, ${(since(began) / 1000).toFixed(0)}s`), 5000);
      const starts = await pacedStarts(count, 20, 400, fireBound * 1000, answering.count, async (index) => {
        await instances.start({ template, businessKey: `${run}-${index}`, bindings: reminderBindings, input, initiator: requester, taskQueue: worker.taskQueue });
      });
      const allOpen = await answering.reaches(starts.started, fireBound * 1000);
      clearInterval(shown);
      await answering.stop();
      const opened = answering.count();
      const times = await context.stack.pool.query<{ first: string | null; last: string | null }>(FIRST_OPENED, [like]);
      const firstOpened = Number(times.rows[0]?.first ?? Date.now());
      const lastOpened = Number(times.rows[0]?.last ?? Date.now());
      const firstReminder = firstOpened + reminderSeconds * 1000;
      context.log(`  timers [${label}]: ${opened} open in ${(since(began) / 1000).toFixed(0)}s; idle until the first reminder is due`);

      // Idle: everything open, nothing due yet (stopping 2 s before the first reminder).
      const { worker: idleBefore, server: serverIdle } = await window(worker.pid, serverPids, idleSeconds, firstReminder - 2000);
      if (idleBefore.seconds < idleSeconds * 0.5) {
        notes['idle'] = `the idle window before the timers lasted ${idleBefore.seconds.toFixed(0)}s of ${idleSeconds}s: opening took ${((lastOpened - firstOpened) / 1000).toFixed(0)}s of the ${reminderSeconds}s before the first reminder; raise BENCH_TIMERS_REMINDER_SECONDS`;
      }

      // Firing: from the first reminder due until every deadline has passed and opened the follow-up.
      await wait(firstReminder - Date.now());
      context.log(`  timers [${label}]: reminders and deadlines firing…`);
      const firing = watchUsage([worker.pid]);
      const serverFiring = serverPids.length ? watchUsage(serverPids) : undefined;
      const followUps = watchCount(context.stack.pool, REACHED, [like, 'follow_up']);
      const reminders = watchCount(context.stack.pool, REMINDED, [like]);
      const fired = setInterval(() => context.log(`  timers [${label}]: ${reminders.count()}/${opened} reminded, ${followUps.count()}/${opened} past their deadline`), 5000);
      const lastDeadline = lastOpened + deadlineSeconds * 1000;
      const deadlinesPassed = await followUps.reaches(opened, lastDeadline - Date.now() + fireBound * 1000);
      // Once every deadline has passed no reminder can come any more: a reminder fires before its
      // deadline, in the same step at the latest, and is written with it. A few seconds for the count to catch up.
      const allReminded = await reminders.reaches(opened, deadlinesPassed ? 5_000 : 0);
      clearInterval(fired);
      const [whileFiring, serverWhileFiring] = await Promise.all([firing.stop(), serverFiring?.stop()]);
      await Promise.all([followUps.stop(), reminders.stop()]);
      if (!deadlinesPassed) notes['fired'] = `the fire bound (BENCH_TIMERS_FIRE_SECONDS=${fireBound}) ended the wait with ${reminders.count()} reminded and ${followUps.count()} past their deadline`;
      else if (!allReminded) notes['fired'] = `${opened - reminders.count()} reminders not mailed: the worker reached those instances after their deadline too, which closed the task in the same step, and no mail goes out about a closed task`;

      // Idle again: every instance still open, on a task with no timer, once the last follow-up's
      // mail and writes are done (a settle the window leaves out).
      await wait(settleSeconds * 1000);
      const { worker: idleAfter } = await window(worker.pid, [], idleSeconds);
      const running = await context.stack.pool.query<{ count: string }>(STILL_RUNNING, [like]);
      const settled = (await worker.memory()).rss;
      const row = (metric: string, unit: string, tandem: number, extra: Partial<Row> = {}): Row => ({ benchmark: 'timers', metric: `[${label}] ${metric}`, unit, tandem, ...extra });
      const timersPerSecond = (reminders.count() + followUps.count()) / Math.max(whileFiring.seconds, 0.001);
      const openNote = !allOpen || starts.failed ? { note: `${starts.started} of ${count} started (${starts.failed} failed${starts.errors[0] ? `: ${starts.errors[0]}` : ''}), ${opened} open when the fire bound (BENCH_TIMERS_FIRE_SECONDS=${fireBound}) ended the wait` } : {};
      return [
        row('opened: task open, its mail in the outbox', 'instances', opened, { target: { on: 'tandem', atLeast: count }, ...openNote }),
        row('still open at the end', 'instances', Number(running.rows[0]?.count ?? 0), { target: { on: 'tandem', atLeast: count } }),
        row(`worker CPU, idle with ${opened} open`, 'cores', idleBefore.cores, { target: { on: 'tandem', atMost: 0.05 }, note: notes['idle'] ?? `measured over ${idleBefore.seconds.toFixed(0)}s; 1 core = one CPU busy all the time` }),
        row('worker CPU while timers fire', 'cores', whileFiring.cores, { note: `${whileFiring.seconds.toFixed(0)}s from the first reminder due until every deadline had passed` }),
        row(`worker CPU, idle again with ${Number(running.rows[0]?.count ?? 0)} open`, 'cores', idleAfter.cores, { target: { on: 'tandem', atMost: 0.05 } }),
        row('worker RSS, idle (mean)', 'MiB', mib(idleBefore.meanRss)),
        row('worker RSS while timers fire (peak)', 'MiB', mib(whileFiring.peakRss)),
        row('worker RSS, idle again (mean)', 'MiB', mib(idleAfter.meanRss), { note: `after garbage collection: ${mib(settled).toFixed(0)} MiB; the worker keeps up to maxCachedWorkflows (WORKER_MAX_CACHED_WORKFLOWS) instances cached, the rest cost it nothing until their next task` }),
        row('reminders mailed', 'mails', reminders.count(), { target: { on: 'tandem', atLeast: opened }, ...(notes['fired'] ? { note: notes['fired'] } : {}) }),
        row('deadlines passed, follow-up task open', 'instances', followUps.count(), { target: { on: 'tandem', atLeast: opened } }),
        row('timers handled', 'timers/s', timersPerSecond),
        row('Temporal server CPU, idle', 'cores', serverIdle?.cores ?? NaN, serverIdle ? {} : { note: 'not measured: the server is not a process this run started' }),
        row('Temporal server CPU while timers fire', 'cores', serverWhileFiring?.cores ?? NaN),
      ];
    } finally {
      await worker.stop();
    }
  },
};

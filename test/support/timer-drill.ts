/**
 * What the restart drills run across a restart: instances that wait on a timer, then on a
 * task with a reminder and a timeout, and how often each timer fired, counted in the
 * projection's audit timeline (one row per event the workflow recorded).
 */
import type pg from 'pg';
import type { Template } from '../../definitions/template.js';
import { parties } from '../fixtures/people.js';
import { checked } from './instances.js';

/** A wait of `pause`, then a task reminded after `remind` that lapses after `lapse` unless decided. */
export const timerDrill: Template = checked({
  id: 'timer-drill',
  version: 1,
  title: 'Timer drill',
  parties,
  inputs: {
    pause: { type: 'duration', required: true },
    remind: { type: 'duration', default: '1s' },
    lapse: { type: 'duration', default: '1h' },
  },
  steps: [
    { id: 'pause', kind: 'wait', duration: { input: 'pause' }, status: 'Waiting', next: 'confirm' },
    {
      id: 'confirm',
      kind: 'task',
      title: 'Confirm',
      owner: 'partner.requester',
      status: 'Waiting for partner',
      outcomes: ['submit', 'lapsed'],
      reminders: [{ input: 'remind' }],
      timeout: { after: { input: 'lapse' }, outcome: 'lapsed' },
      next: { submit: 'done', lapsed: 'lapsed' },
    },
    { id: 'done', kind: 'end', status: 'Done' },
    { id: 'lapsed', kind: 'end', status: 'Lapsed' },
  ],
});

/** The task every drill instance opens after its wait. */
export const confirmTask = 'confirm.1.partner.requester';

/** How often each timer of an instance fired, and whether it ended. */
export interface TimerCounts {
  /** The wait ended (the task step was entered). */
  waited: number;
  reminded: number;
  timedOut: number;
  ended: number;
}

/** The counts of each instance in `ids`, in that order (zeros for an instance not projected yet). */
export async function timerCounts(pool: pg.Pool, ids: string[]): Promise<TimerCounts[]> {
  const result = await pool.query<{ instance_id: string; waited: string; reminded: string; timed_out: string; ended: string }>(
    `SELECT instance_id,
            count(*) FILTER (WHERE type = 'step_entered' AND step_id = 'confirm') AS waited,
            count(*) FILTER (WHERE type = 'reminded') AS reminded,
            count(*) FILTER (WHERE type = 'timed_out') AS timed_out,
            count(*) FILTER (WHERE type = 'ended') AS ended
     FROM audit_events WHERE instance_id = ANY ($1) GROUP BY instance_id`,
    [ids],
  );
  const byId = new Map(result.rows.map((row) => [row.instance_id, { waited: Number(row.waited), reminded: Number(row.reminded), timedOut: Number(row.timed_out), ended: Number(row.ended) }]));
  return ids.map((id) => byId.get(id) ?? { waited: 0, reminded: 0, timedOut: 0, ended: 0 });
}

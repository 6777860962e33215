/**
 * Cycle times: how long each step of a template waits on each company, across instances.
 * A wait is one task, from when it opened until it was decided (or timed out); a task still
 * open is counted as waiting but left out of the times, which would otherwise grow while
 * one reads them. A step's `due` is its SLA: a task breached it when it was decided after
 * its due time, timed out, or is still open past it. Pure; api/cycle-times/report.ts reads the tasks.
 */
import { csvField } from '../mdf/report.js';

/** One task of one instance, as the report reads it. */
export interface TaskWait {
  stepId: string;
  stepTitle: string;
  companyId: string;
  status: 'open' | 'decided' | 'cancelled' | 'timed_out';
  openedAt: number;
  decidedAt: number | null;
  dueAt: number | null;
}

/** One row of the report: a step waiting on a company. Times in milliseconds. */
export interface CycleTimeRow {
  stepId: string;
  stepTitle: string;
  companyId: string;
  /** Finished waits (decided or timed out), the ones the times are over. */
  waits: number;
  /** Tasks still open. */
  open: number;
  medianMs: number | null;
  p90Ms: number | null;
  maxMs: number | null;
  /** The SLA (the step's `due`): the median of due − opened over the tasks that had one; null when none had. */
  slaMs: number | null;
  /** Tasks that had a due time. */
  withSla: number;
  /** Tasks that passed it: decided late, timed out, or open past it. */
  breaches: number;
}

/**
 * The `p`-th percentile (0 ≤ p ≤ 1) of `values`, interpolating linearly between the two
 * nearest ranks (as spreadsheets' PERCENTILE.INC): the median of 1, 2, 3, 4 is 2.5 and
 * its 90th percentile 3.7. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a percentile is between 0 and 1, not ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (rank - below);
}

/** Whether a task passed its due time, as of `now`. */
export function breached(task: TaskWait, now: number): boolean {
  if (task.dueAt === null) return false;
  if (task.status === 'timed_out') return true;
  if (task.status === 'open') return now > task.dueAt;
  return task.decidedAt !== null && task.decidedAt > task.dueAt;
}

/**
 * The rows of the report: one per step and company, in the order the steps first opened
 * (so the table reads like the process), then by company. Cancelled tasks (their step was
 * left by another path) neither count as waits nor as breaches.
 */
export function cycleTimes(tasks: readonly TaskWait[], now: number): CycleTimeRow[] {
  const groups = new Map<string, { first: number; tasks: TaskWait[] }>();
  for (const task of tasks) {
    if (task.status === 'cancelled') continue;
    const key = `${task.stepId}\u0000${task.companyId}`;
    const group = groups.get(key) ?? { first: task.openedAt, tasks: [] };
    group.first = Math.min(group.first, task.openedAt);
    group.tasks.push(task);
    groups.set(key, group);
  }
  const firstOfStep = new Map<string, number>();
  for (const group of groups.values()) {
    const stepId = group.tasks[0]?.stepId ?? '';
    firstOfStep.set(stepId, Math.min(firstOfStep.get(stepId) ?? Infinity, group.first));
  }
  return [...groups.values()]
    .map(({ tasks: group }): CycleTimeRow => {
      const first = group[0] as TaskWait;
      const finished = group.filter((task) => task.status !== 'open' && task.decidedAt !== null);
      const durations = finished.map((task) => (task.decidedAt ?? task.openedAt) - task.openedAt);
      const slas = group.flatMap((task) => (task.dueAt === null ? [] : [task.dueAt - task.openedAt]));
      return {
        stepId: first.stepId,
        stepTitle: first.stepTitle,
        companyId: first.companyId,
        waits: finished.length,
        open: group.filter((task) => task.status === 'open').length,
        medianMs: rounded(percentile(durations, 0.5)),
        p90Ms: rounded(percentile(durations, 0.9)),
        maxMs: durations.length === 0 ? null : Math.max(...durations),
        slaMs: rounded(percentile(slas, 0.5)),
        withSla: slas.length,
        breaches: group.filter((task) => breached(task, now)).length,
      };
    })
    .sort((a, b) => (firstOfStep.get(a.stepId) ?? 0) - (firstOfStep.get(b.stepId) ?? 0) || a.stepId.localeCompare(b.stepId) || a.companyId.localeCompare(b.companyId));
}

const rounded = (value: number | null) => (value === null ? null : Math.round(value));

/** The rows as CSV (the MDF report's form and field rule), one header line, times in seconds with three decimals. */
export function cycleTimesCsv(templateId: string, rows: readonly CycleTimeRow[]): string {
  const seconds = (ms: number | null) => (ms === null ? null : (ms / 1000).toFixed(3));
  const header = ['template', 'step', 'step_title', 'company', 'waits', 'open', 'median_seconds', 'p90_seconds', 'max_seconds', 'sla_seconds', 'with_sla', 'sla_breaches'];
  const lines = rows.map((row) => [templateId, row.stepId, row.stepTitle, row.companyId, row.waits, row.open, seconds(row.medianMs), seconds(row.p90Ms), seconds(row.maxMs), seconds(row.slaMs), row.withSla, row.breaches].map(csvField).join(','));
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

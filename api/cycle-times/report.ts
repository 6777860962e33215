/**
 * Reads the cycle-times report of one template for one company from the projection: every
 * task of the template's instances the company takes part in that the company may see (its
 * own, and those of steps the template marks `shared`, as presentation/visibility.ts rules),
 * summed up per step and company by waits.ts. Row-level security confines the read as for
 * every company read.
 */
import type pg from 'pg';
import { z } from 'zod';
import { queryAs } from '../projection.js';
import { cycleTimes, type CycleTimeRow, type TaskWait } from './waits.js';

/** What GET /reports/cycle-times answers. */
export interface CycleTimesAnswer {
  templateId: string;
  /** Instances of the template the company takes part in. */
  instances: number;
  rows: CycleTimeRow[];
  /** The templates the company has instances of, to choose from. */
  templates: string[];
}

const TaskRow = z.object({
  step_id: z.string(),
  title: z.string(),
  company_id: z.string(),
  status: z.enum(['open', 'decided', 'cancelled', 'timed_out']),
  opened_at: z.date(),
  decided_at: z.date().nullable(),
  due_at: z.date().nullable(),
});

/** The report of `templateId` as `companyId` may see it, as of `now`. */
export async function cycleTimesReport(pool: pg.Pool, companyId: string, templateId: string, now = Date.now()): Promise<CycleTimesAnswer> {
  const [tasks, counts] = await Promise.all([
    queryAs(
      pool,
      companyId,
      `SELECT t.step_id, t.title, t.company_id, t.status, t.opened_at, t.decided_at, t.due_at
       FROM tasks t JOIN instances i ON i.id = t.instance_id
       WHERE i.template_id = $2 AND $1 = ANY (i.company_ids)
         AND (t.company_id = $1 OR EXISTS (
           SELECT 1 FROM jsonb_array_elements(i.state -> 'tasks') AS shown WHERE shown ->> 'id' = t.id AND shown -> 'shared' = 'true'::jsonb))`,
      [companyId, templateId],
    ),
    queryAs<{ template_id: string; count: string }>(pool, companyId, 'SELECT template_id, count(*) AS count FROM instances WHERE $1 = ANY (company_ids) GROUP BY template_id ORDER BY template_id', [companyId]),
  ]);
  const waits = tasks.rows.map((raw): TaskWait => {
    const row = TaskRow.parse(raw);
    return { stepId: row.step_id, stepTitle: row.title, companyId: row.company_id, status: row.status, openedAt: row.opened_at.getTime(), decidedAt: row.decided_at?.getTime() ?? null, dueAt: row.due_at?.getTime() ?? null };
  });
  return {
    templateId,
    instances: Number(counts.rows.find((row) => row.template_id === templateId)?.count ?? 0),
    rows: cycleTimes(waits, now),
    templates: counts.rows.map((row) => row.template_id),
  };
}

/**
 * An API that stops between writing an instance's starting row and starting its workflow
 * (api/starting-row.ts) leaves a `Starting` row that no workflow will ever write. A retry of
 * that start with the same key starts the workflow and the row is its own again; when nobody
 * retries, this sweep removes the row once Temporal says there is no such workflow. A row
 * whose workflow exists (it waits for a worker) stays: its first write replaces it.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type pg from 'pg';
import { PeriodicPass } from './periodic-pass.js';

/** How long a start may take before its row counts as a possible phantom: far beyond any start request. */
export const STARTING_ROW_GRACE_MS = 10 * 60_000;

/** What one pass removed. */
export interface StartingSweepReport {
  at: string;
  removed: string[];
}

/** Removes starting rows older than `graceMs` whose workflow Temporal does not know. */
export async function sweepStartingRows(pool: pg.Pool, client: Client, graceMs = STARTING_ROW_GRACE_MS): Promise<StartingSweepReport> {
  // Across companies, as the owner (like the other background passes).
  const found = await pool.query<{ id: string }>(`SELECT id FROM instances WHERE revision = 0 AND started_at < now() - ($1 * interval '1 millisecond') ORDER BY id`, [graceMs]);
  const removed: string[] = [];
  for (const { id } of found.rows) {
    if (await workflowExists(client, id)) continue;
    // Still at revision 0: a workflow that started since writes its own row with its first write.
    const deleted = await pool.query('DELETE FROM instances WHERE id = $1 AND revision = 0', [id]);
    if (deleted.rowCount === 1) removed.push(id);
  }
  return { at: new Date().toISOString(), removed };
}

async function workflowExists(client: Client, id: string): Promise<boolean> {
  try {
    await client.workflow.getHandle(id).describe();
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

/** Periodic sweeps; the first runs after one interval. */
export class StartingSweep {
  private readonly passes: PeriodicPass<StartingSweepReport>;

  constructor(pool: pg.Pool, client: Client, intervalMs: number) {
    this.passes = new PeriodicPass(
      () =>
        sweepStartingRows(pool, client).then(
          (report) => {
            if (report.removed.length > 0) console.warn(JSON.stringify({ level: 'warn', msg: 'removed starting rows of starts that never reached Temporal', instances: report.removed }));
            return report;
          },
          (error: unknown) => {
            console.error(JSON.stringify({ level: 'error', msg: 'starting-row sweep failed', error: error instanceof Error ? error.message : String(error) }));
            throw error;
          },
        ),
      intervalMs,
    );
  }

  start(): void {
    this.passes.start();
  }

  stop(): Promise<void> {
    return this.passes.stop();
  }
}

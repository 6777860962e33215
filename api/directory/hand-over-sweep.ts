/**
 * Deactivation commits the person first and hands their tasks over afterwards, in Temporal
 * (`deactivation.ts`). A crash in between, a Temporal outage or a projection that lagged
 * behind the plan leaves open tasks with an inactive holder, who can no longer act. This sweep
 * finds such tasks in running instances and hands them over again, as the deactivation would
 * have; it runs every few minutes beside the ledger reconciliation. The hand-over is safe to
 * repeat, so a sweep racing a deactivation changes nothing twice.
 */
import type { Client } from '@temporalio/client';
import type pg from 'pg';
import { DirectoryError, findPerson } from '../../activities/directory/index.js';
import { PeriodicPass } from '../periodic-pass.js';
import { asTenant } from '../tenant.js';
import { handOverTasksOf } from './deactivation.js';

/** One inactive person the sweep found still holding open tasks, and what it did. */
export interface SweptPerson {
  companyId: string;
  email: string;
  /** Instances whose tasks were handed on. */
  handedOver: string[];
  /** Why the hand-over could not be done (e.g. `nobody_left`); tried again on the next pass. */
  problem?: { code: string; message: string };
}

/** What one pass found and did. */
export interface HandOverSweepReport {
  at: string;
  people: SweptPerson[];
}

/** Hands over the open tasks of running instances that inactive people still hold. */
export async function sweepHandOvers(pool: pg.Pool, client: Client): Promise<HandOverSweepReport> {
  // Across companies, as the owner (like the other background dispatchers); each hand-over then runs as the person's company.
  const found = await pool.query<{ id: string; company_id: string }>(
    `SELECT DISTINCT p.id, p.company_id FROM people p
       JOIN tasks t ON t.company_id = p.company_id AND t.status = 'open' AND t.assignees @> jsonb_build_array(jsonb_build_object('email', p.email))
       JOIN instances i ON i.id = t.instance_id AND i.lifecycle = 'running'
     WHERE NOT p.active ORDER BY p.company_id, p.id`,
  );
  const people: SweptPerson[] = [];
  for (const row of found.rows) {
    const tenant = { companyId: row.company_id };
    const person = await asTenant(pool, tenant, (db) => findPerson(db, row.company_id, row.id), { readOnly: true });
    if (!person || person.active) continue;
    try {
      people.push({ companyId: person.companyId, email: person.email, handedOver: await handOverTasksOf(pool, client, tenant, person) });
    } catch (error) {
      if (!(error instanceof DirectoryError)) throw error;
      people.push({ companyId: person.companyId, email: person.email, handedOver: [], problem: { code: error.code, message: error.message } });
    }
  }
  return { at: new Date().toISOString(), people };
}

/** Periodic sweeps; the first runs after one interval. */
export class HandOverSweep {
  private readonly passes: PeriodicPass<HandOverSweepReport>;

  constructor(pool: pg.Pool, client: Client, intervalMs: number) {
    this.passes = new PeriodicPass(
      () =>
        sweepHandOvers(pool, client).then(
          (report) => {
            if (report.people.length > 0) console.warn(JSON.stringify({ level: 'warn', msg: 'handed over tasks still held by deactivated people', people: report.people }));
            return report;
          },
          (error: unknown) => {
            console.error(JSON.stringify({ level: 'error', msg: 'hand-over sweep failed', error: error instanceof Error ? error.message : String(error) }));
            throw error;
          },
        ),
      intervalMs,
    );
  }

  /** Runs one pass now (or joins the pass already running). */
  runOnce(): Promise<HandOverSweepReport> {
    return this.passes.runOnce();
  }

  start(): void {
    this.passes.start();
  }

  stop(): Promise<void> {
    return this.passes.stop();
  }
}

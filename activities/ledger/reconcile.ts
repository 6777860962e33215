/**
 * Reconciliation of ended instances that still hold funds. Every ending a workflow sees runs
 * the template's `onEnd` release, but some endings never reach workflow code: an operator
 * terminates an instance, a run times out or fails, or an instance was started from a template
 * version without `onEnd`. This finds fund requests that hold funds although their instance
 * has ended, and releases what they hold, once each (the release's key is the fund request's).
 */
import type pg from 'pg';
import { minorUnits, move } from './store.js';

/** Whether each instance has ended, and how; instances missing from the answer are running. */
export type EndedInstances = (instanceIds: string[]) => Promise<Map<string, string>>;

/** One fund request whose funds reconciliation gave back. */
export interface ReconciledRelease {
  fundRequestId: string;
  amount: number;
  currency: string;
  /** How the instance ended, e.g. `completed`, `cancelled`, `TERMINATED`. */
  ended: string;
}

/** What one reconciliation pass found and did. */
export interface ReconciliationReport {
  at: string;
  /** Fund requests holding funds that were looked at. */
  checked: number;
  released: ReconciledRelease[];
}

/** The key of a reconciliation release: one per fund request, so it moves once. */
export const reconcileKey = (fundRequestId: string) => `${fundRequestId}/reconcile`;

/**
 * Finds fund requests that hold funds but whose instance has ended, in the projection or, for
 * instances the projection still shows running, as `endedInTemporal` says, and releases them.
 */
export async function reconcileEndedHoldings(pool: pg.Pool, endedInTemporal: EndedInstances, now = Date.now()): Promise<ReconciliationReport> {
  const holding = await pool.query<{ id: string; lifecycle: string | null }>(
    `SELECT f.id, i.lifecycle FROM mdf_fund_requests f LEFT JOIN instances i ON i.id = f.id
     WHERE f.reserved > 0 ORDER BY f.id`,
  );
  const ended = new Map<string, string>();
  const running: string[] = [];
  for (const row of holding.rows) {
    if (row.lifecycle === 'completed' || row.lifecycle === 'cancelled') ended.set(row.id, row.lifecycle);
    else running.push(row.id);
  }
  if (running.length > 0) for (const [id, how] of await endedInTemporal(running)) ended.set(id, how);

  const released: ReconciledRelease[] = [];
  for (const [fundRequestId, how] of ended) {
    const outcome = await move(
      pool,
      fundRequestId,
      reconcileKey(fundRequestId),
      (held) => (held.reserved > 0 ? [{ kind: 'release', amount: held.reserved, currency: held.currency, reason: 'ended_without_release' }] : []),
      now,
    );
    if (outcome?.status !== 'moved') continue;
    const amount = outcome.movements.reduce((sum, movement) => sum + minorUnits(movement.amount), 0);
    if (amount > 0) released.push({ fundRequestId, amount, currency: outcome.funds.currency, ended: how });
  }
  return { at: new Date(now).toISOString(), checked: holding.rows.length, released };
}

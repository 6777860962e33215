/**
 * Runs the ledger's reconciliation (activities/ledger/reconcile.ts) every few minutes from
 * the API process, which has both the database and a Temporal client: an instance the
 * projection still shows running may have been terminated in Temporal. The last report is
 * shown in `/health` details; metrics count what was released.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type pg from 'pg';
import { Counter, Gauge } from 'prom-client';
import { reconcileEndedHoldings, type ReconciliationReport } from '../activities/ledger/index.js';
import { metrics } from './observability.js';
import { PeriodicPass } from './periodic-pass.js';

const releasedCounter = new Counter({
  name: 'tandem_ledger_reconciled_releases_total',
  help: 'Fund requests whose instance had ended still holding funds, released by reconciliation',
  registers: [metrics],
});
const endedHoldingGauge = new Gauge({
  name: 'tandem_ledger_ended_holding_fund_requests',
  help: 'Fund requests found holding funds after their instance ended, in the last reconciliation pass',
  registers: [metrics],
});

/** How many of the latest releases `/health` lists. */
const RECENT = 50;

/** How the instance with this workflow id ended in Temporal, or undefined while it runs. */
async function temporalEnding(client: Client, id: string): Promise<string | undefined> {
  try {
    const description = await client.workflow.getHandle(id).describe();
    return description.status.name === 'RUNNING' ? undefined : description.status.name;
  } catch (error) {
    // Gone from Temporal (past retention): it has certainly ended.
    if (error instanceof WorkflowNotFoundError) return 'NOT_FOUND';
    throw error;
  }
}

/** Periodic reconciliation with its last report. */
export class LedgerReconciliation {
  private readonly passes: PeriodicPass<ReconciliationReport>;
  last: ReconciliationReport | undefined;
  lastError: string | undefined;
  /** The latest releases over all passes, newest last, so a quiet pass does not hide them. */
  private recent: Array<ReconciliationReport['released'][number] & { at: string }> = [];
  private releasedTotal = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly client: Client,
    intervalMs: number,
  ) {
    this.passes = new PeriodicPass(() => this.pass(), intervalMs);
  }

  /** Runs one pass now (or joins the pass already running). */
  runOnce(): Promise<ReconciliationReport> {
    return this.passes.runOnce();
  }

  /** Starts the periodic passes; the first runs after one interval. */
  start(): void {
    this.passes.start();
  }

  /** Stops the passes and waits for one that is running. */
  stop(): Promise<void> {
    return this.passes.stop();
  }

  private async pass(): Promise<ReconciliationReport> {
    try {
      const report = await reconcileEndedHoldings(this.pool, async (ids) => {
        const ended = new Map<string, string>();
        for (const id of ids) {
          const how = await temporalEnding(this.client, id);
          if (how !== undefined) ended.set(id, how);
        }
        return ended;
      });
      this.last = report;
      this.lastError = undefined;
      releasedCounter.inc(report.released.length);
      this.releasedTotal += report.released.length;
      this.recent = [...this.recent, ...report.released.map((release) => ({ ...release, at: report.at }))].slice(-RECENT);
      endedHoldingGauge.set(report.released.length);
      if (report.released.length > 0) console.warn(JSON.stringify({ level: 'warn', msg: 'ledger reconciliation released funds of ended instances', released: report.released }));
      return report;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      throw error;
    }
  }

  /** What `/health` shows: the last pass, and an error if the last pass failed. */
  details() {
    return {
      ok: this.lastError === undefined,
      lastRun: this.last?.at ?? null,
      checked: this.last?.checked ?? 0,
      releasedTotal: this.releasedTotal,
      recentReleases: this.recent,
      ...(this.lastError === undefined ? {} : { error: this.lastError }),
    };
  }
}

/**
 * Health and readiness: whether Temporal, Postgres and SMTP answer right now.
 * `/health` always answers with the details, and counts the open incidents (instances
 * waiting for ops, null when the count cannot be read); `/ready` answers 503 until all three do.
 */
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Transporter } from 'nodemailer';
import type pg from 'pg';
import { openIncidentCount } from './incidents.js';
import type { LedgerReconciliation } from './ledger-reconciliation.js';

/** What the health checks reach. */
export interface HealthDependencies {
  client: Client;
  pool: pg.Pool;
  transport: Transporter;
  namespace: string;
  /** The ledger's reconciliation of ended instances that still held funds, shown in the details. */
  reconciliation?: LedgerReconciliation;
  /**
   * The children of `npm start` (its Temporal dev server, its mail catcher) and whether each
   * runs, as its supervisor knows the moment one exits. A dead child makes the stack unhealthy
   * at once, before a probe of it would time out.
   */
  children?: () => Record<string, boolean>;
}

type Check = { ok: true; ms: number } | { ok: false; ms: number; error: string };

/** How long one probe may take: the checks run at once, so `/health` answers within this. */
const PROBE_TIMEOUT_MS = 3000;

async function timed(probe: () => Promise<unknown>, timeoutMs = PROBE_TIMEOUT_MS): Promise<Check> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Probes every dependency once. */
export async function checkHealth({ client, pool, transport, namespace, reconciliation, children }: HealthDependencies) {
  // Read before probing: a child that died is reported as it was when the request came.
  const processes = children?.();
  const [temporal, postgres, smtp, incidents] = await Promise.all([
    // Its own deadline, shorter than the probe's: the answer says "down" instead of "no answer" once retries run out.
    timed(() => client.connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS - 500, () => client.workflowService.describeNamespace({ namespace }))),
    timed(() => pool.query('SELECT 1')),
    timed(() => transport.verify()),
    openIncidentCount(pool).catch(() => null),
  ]);
  // Reconciliation and incidents are reported, not required: the API itself is fine while instances wait for ops.
  return {
    ok: temporal.ok && postgres.ok && smtp.ok && allRunning(processes),
    checks: { temporal, postgres, smtp },
    ...(processes ? { children: processes } : {}),
    incidents: { open: incidents },
    ...(reconciliation ? { ledger: reconciliation.details() } : {}),
  };
}

function allRunning(processes: Record<string, boolean> | undefined): boolean {
  return Object.values(processes ?? {}).every(Boolean);
}

/** The health routes. */
export function healthRoutes(dependencies: HealthDependencies): Router {
  const router = Router();
  router.get('/health', async (_request, response) => {
    const health = await checkHealth(dependencies);
    response.status(health.ok ? 200 : 503).json(health);
  });
  router.get('/ready', async (_request, response) => {
    // Not ready the moment a child is known dead: no probe needed to say so.
    const processes = dependencies.children?.();
    if (!allRunning(processes)) {
      response.status(503).json({ ready: false, children: processes });
      return;
    }
    const health = await checkHealth(dependencies);
    response.status(health.ok ? 200 : 503).json({ ready: health.ok });
  });
  return router;
}

/**
 * Health and readiness: whether Temporal, Postgres and SMTP answer right now.
 * `/health` always answers with the details, and counts the open incidents (instances
 * waiting for ops, null when the count cannot be read); `/ready` answers 503 until all three do.
 * Both share rounds of probes at most a second apart (`checkedAt` says when the round started).
 * Under `npm start` both also say which children run (`children`) and how often each was
 * started again (`restarts`, in `/health`).
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
   * The children of `npm start` (its Temporal dev server, its mail catcher): whether each runs,
   * as its supervisor knows the moment one exits, and how often each exited and was started
   * again. A dead child makes the stack unhealthy at once, before a probe of it would time out.
   */
  children?: () => Record<string, ChildState>;
}

/** One supervised child as its supervisor knows it. */
export interface ChildState {
  /** False from the moment the child exits until it serves again. */
  running: boolean;
  /** How often it exited on its own (each exit starts a restart). */
  restarts: number;
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

/**
 * How long one round of probes stands for the answers after it. Monitors and load balancers
 * poll `/health` many times a second; each round opens an SMTP connection and asks Temporal and
 * Postgres, so polls within this share one round, and none waits behind a slow service longer
 * than the round it joined. A service that goes away is reported within this plus one probe.
 */
export const PROBE_FRESH_MS = 1000;

/** What the services answered in one round of probes. */
interface Round {
  at: number;
  /** The children as the round started: a child that exits after this is reported down. */
  before: Record<string, ChildState> | undefined;
  answers: Promise<Answers>;
  settled: boolean;
}

interface Answers {
  temporal: Check;
  postgres: Check;
  smtp: Check;
  incidents: number | null;
}

function probeServices({ client, pool, transport, namespace }: HealthDependencies): Promise<Answers> {
  return Promise.all([
    // Its own deadline, shorter than the probe's: the answer says "down" instead of "no answer" once retries run out.
    timed(() => client.connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS - 500, () => client.workflowService.describeNamespace({ namespace }))),
    timed(() => pool.query('SELECT 1')),
    timed(() => transport.verify()),
    openIncidentCount(pool).catch(() => null),
  ]).then(([temporal, postgres, smtp, incidents]) => ({ temporal, postgres, smtp, incidents }));
}

/**
 * A health check that probes the services at most once per `freshMs`: a check joins the round
 * under way, or reuses one that ended less than `freshMs` ago. The children are read at every
 * check, against the round's start.
 */
export function healthCheck(dependencies: HealthDependencies, freshMs = PROBE_FRESH_MS) {
  let latest: Round | undefined;
  return async () => {
    if (!latest || (latest.settled && Date.now() - latest.at >= freshMs)) {
      const round: Round = { at: Date.now(), before: dependencies.children?.(), answers: probeServices(dependencies), settled: false };
      void round.answers.finally(() => (round.settled = true));
      latest = round;
    }
    const round = latest;
    const { temporal, postgres, smtp, incidents } = await round.answers;
    const processes = duringCheck(round.before, dependencies.children?.());
    // Reconciliation and incidents are reported, not required: the API itself is fine while instances wait for ops.
    return {
      ok: temporal.ok && postgres.ok && smtp.ok && allRunning(processes),
      checkedAt: new Date(round.at).toISOString(),
      checks: { temporal, postgres, smtp },
      ...(processes ? { children: runningOf(processes), restarts: restartsOf(processes) } : {}),
      incidents: { open: incidents },
      ...(dependencies.reconciliation ? { ledger: dependencies.reconciliation.details() } : {}),
    };
  };
}

/** Probes every dependency once, now. */
export function checkHealth(dependencies: HealthDependencies) {
  return healthCheck(dependencies, 0)();
}

/**
 * The children as a check that read them `before` and `after` its probes saw them: a child that
 * was down at either moment, or exited in between (even if it serves again already), was not
 * running during the check. So a check in flight when a child dies reports it, whatever the
 * probes found: a probe of a server that was started again in the meantime would succeed.
 */
function duringCheck(before: Record<string, ChildState> | undefined, after: Record<string, ChildState> | undefined): Record<string, ChildState> | undefined {
  if (!after) return undefined;
  return Object.fromEntries(
    Object.entries(after).map(([name, now]) => {
      const then = before?.[name] ?? now;
      return [name, { running: then.running && now.running && then.restarts === now.restarts, restarts: now.restarts }];
    }),
  );
}

function allRunning(processes: Record<string, ChildState> | undefined): boolean {
  return Object.values(processes ?? {}).every((child) => child.running);
}

/** What `children` shows: whether each runs (`{"temporal": false, "mail": true}`). */
function runningOf(processes: Record<string, ChildState>): Record<string, boolean> {
  return Object.fromEntries(Object.entries(processes).map(([name, child]) => [name, child.running]));
}

function restartsOf(processes: Record<string, ChildState>): Record<string, number> {
  return Object.fromEntries(Object.entries(processes).map(([name, child]) => [name, child.restarts]));
}

/** The health routes. */
export function healthRoutes(dependencies: HealthDependencies): Router {
  const router = Router();
  const check = healthCheck(dependencies);
  router.get('/health', async (_request, response) => {
    const health = await check();
    response.status(health.ok ? 200 : 503).json(health);
  });
  router.get('/ready', async (_request, response) => {
    // Not ready the moment a child is known dead: no probe needed to say so.
    const processes = dependencies.children?.();
    if (processes && !allRunning(processes)) {
      response.status(503).json({ ready: false, children: runningOf(processes) });
      return;
    }
    const health = await check();
    response.status(health.ok ? 200 : 503).json({ ready: health.ok, ...(health.children ? { children: health.children } : {}) });
  });
  return router;
}

/**
 * What /health and /ready say about the children of `npm start`: a child that exits while a
 * check is under way is reported down by that check, even when it serves again by the time the
 * probes answer, and each child's restarts are counted. Checks close together share one round
 * of probes, so polling `/health` does not multiply the load on the services.
 */
import type { Client } from '@temporalio/client';
import type { Transporter } from 'nodemailer';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { checkHealth, healthCheck, type ChildState, type HealthDependencies } from '../../api/health.js';

/** Dependencies that all answer; `duringProbe` runs while Temporal is being probed. */
function dependencies(children: () => Record<string, ChildState>, duringProbe: () => void = () => {}): HealthDependencies {
  // Stand-ins for the three services: only the calls a health check makes.
  const client = { connection: { withDeadline: (_deadline: number, probe: () => Promise<unknown>) => probe() }, workflowService: { describeNamespace: () => Promise.resolve(duringProbe()) } };
  const pool = { query: () => Promise.resolve({ rows: [{ open: '0' }] }) };
  const transport = { verify: () => Promise.resolve(true) };
  return { client: client as unknown as Client, pool: pool as unknown as pg.Pool, transport: transport as unknown as Transporter, namespace: 'tandem', children };
}

describe('health of the children of npm start', () => {
  it('is healthy while every child runs, with no restarts', async () => {
    const health = await checkHealth(dependencies(() => ({ temporal: { running: true, restarts: 0 }, mail: { running: true, restarts: 0 } })));
    expect(health).toMatchObject({ ok: true, children: { temporal: true, mail: true }, restarts: { temporal: 0, mail: 0 } });
  });

  it('reports a child down that exited and was started again while the check probed it', async () => {
    let temporal: ChildState = { running: true, restarts: 0 };
    // The server dies and its supervisor starts it again before the probe of it answers; the probe then succeeds.
    const health = await checkHealth(dependencies(() => ({ temporal, mail: { running: true, restarts: 0 } }), () => (temporal = { running: true, restarts: 1 })));
    expect(health).toMatchObject({ ok: false, checks: { temporal: { ok: true } }, children: { temporal: false, mail: true }, restarts: { temporal: 1, mail: 0 } });
  });

  it('reports a child down that died while the check probed it', async () => {
    let mail: ChildState = { running: true, restarts: 0 };
    const health = await checkHealth(dependencies(() => ({ temporal: { running: true, restarts: 0 }, mail }), () => (mail = { running: false, restarts: 1 })));
    expect(health).toMatchObject({ ok: false, children: { temporal: true, mail: false }, restarts: { temporal: 0, mail: 1 } });
  });
});

describe('rounds of probes', () => {
  const allRunning = () => ({ temporal: { running: true, restarts: 0 } });

  it('answers checks that come together or within the freshness from one round of probes', async () => {
    let probes = 0;
    const check = healthCheck(dependencies(allRunning, () => void probes++), 60_000);
    const together = await Promise.all([check(), check(), check()]);
    const later = await check();
    expect(probes).toBe(1);
    expect(new Set([...together, later].map((health) => health.checkedAt)).size).toBe(1);
    expect(later).toMatchObject({ ok: true, checks: { temporal: { ok: true }, postgres: { ok: true }, smtp: { ok: true } } });
  });

  it('probes again once the last round is older than the freshness', async () => {
    let probes = 0;
    const check = healthCheck(dependencies(allRunning, () => void probes++), 0);
    await check();
    await check();
    expect(probes).toBe(2);
  });

  it('reports a child down that exited after the round it reuses, without waiting for the next round', async () => {
    let temporal: ChildState = { running: true, restarts: 0 };
    const check = healthCheck(dependencies(() => ({ temporal })), 60_000);
    expect((await check()).ok).toBe(true);
    temporal = { running: true, restarts: 1 };
    expect(await check()).toMatchObject({ ok: false, children: { temporal: false }, restarts: { temporal: 1 } });
  });
});

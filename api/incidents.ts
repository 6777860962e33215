/**
 * Open incidents across every company, for operators: /health reports how many there are and
 * /metrics exports the same number. An incident is open while a running instance's row has
 * one (migration 0033; workflows/core/incidents.ts says what stops an instance).
 */
import type pg from 'pg';

/** How many running instances have an open incident. */
export async function openIncidentCount(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ open: string }>(`SELECT count(*) AS open FROM instances WHERE incident IS NOT NULL AND lifecycle = 'running'`);
  return Number(rows[0]?.open ?? 0);
}

/**
 * `npm run bench -- scale timers --cluster` with tiny counts, through the same code: the
 * benchmark starts its own Temporal cluster (four service processes on PostgreSQL), runs the
 * scale scenario on the dev server and on the cluster with 1 and 2 worker processes, checks every
 * instance open in PostgreSQL, runs the timers on the cluster, and drops the cluster's databases
 * afterwards. This checks the code path and the rows, not the targets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runBenchmarks } from '../../bench/run.js';
import { adminUrl } from '../support/database.js';

const recordDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-cluster-'));
afterAll(() => rmSync(recordDir, { recursive: true, force: true }));

async function benchTemporalDatabases(): Promise<string[]> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const result = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'tandem_bench_temporal_${process.pid}%'`);
    return result.rows.map((row) => row.datname);
  } finally {
    await admin.end();
  }
}

describe('the scale and timers benchmarks on their own cluster (smoke run)', () => {
  it('reports every configuration with all instances open, the scaling ratio and the timer windows, then drops the cluster databases', async () => {
    const lines: string[] = [];
    const { findings, table } = await runBenchmarks({
      names: ['scale', 'timers'],
      smoke: true,
      cluster: true,
      temporalAddress: inject('temporalAddress'),
      namespace: inject('temporalNamespace'),
      interpreterBundlePath: inject('workflowBundlePath'),
      recordDir,
      log: (line) => lines.push(line),
    });
    const log = `${table}\n${lines.join('\n')}`;
    expect(findings.map((finding) => finding.metric), log).not.toContain('run');
    for (const label of ['cluster, 1 worker', 'cluster, 2 workers']) {
      const open = findings.find((finding) => finding.metric === `[${label}] open: proposal task open, its mail in the outbox`);
      expect(open?.tandem, log).toBe(30);
      const failed = findings.find((finding) => finding.metric === `[${label}] failed`);
      expect(failed?.tandem, log).toBe(0);
      const serverRss = findings.find((finding) => finding.metric === `[${label}] Temporal server RSS, sum of its processes`);
      expect(serverRss?.tandem, log).toBeGreaterThan(0);
      expect(serverRss?.note, log).toMatch(/history \d+, matching \d+, frontend \d+, worker \d+/);
      const temporalDatabases = findings.find((finding) => finding.metric === `[${label}] PostgreSQL: Temporal databases`);
      expect(temporalDatabases?.tandem, log).toBeGreaterThan(0);
    }
    const scaling = findings.find((finding) => finding.metric === 'open rate, cluster: 2 workers vs 1');
    expect(scaling?.ratio, log).toEqual(expect.any(Number));
    expect(['PASS', 'MISS']).toContain(scaling?.verdict);
    const reminded = findings.find((finding) => finding.metric === '[cluster] reminders mailed');
    expect(reminded?.tandem, log).toBe(10);
    const stillOpen = findings.find((finding) => finding.metric === '[cluster] still open at the end');
    expect(stillOpen?.tandem, log).toBe(10);
    expect(lines.some((line) => /scale \[cluster, 2 workers\]: 30 started in \d+s, 30 open after \d+s/.test(line)), log).toBe(true);
    expect(await benchTemporalDatabases()).toEqual([]);
    console.log(`[bench] scale and timers on the cluster, smoke counts:\n${table}`);
  }, 600_000);
});

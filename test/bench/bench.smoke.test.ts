/**
 * Every benchmark runs a few iterations through the same code as `npm run bench`, against
 * the real stack, so the benchmarks cannot rot. This checks that each produced its rows with
 * numeric figures and ratios, not that the targets are met (that is what `npm run bench` reports).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { benchmarks, runBenchmarks } from '../../bench/run.js';

const recordDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
afterAll(() => rmSync(recordDir, { recursive: true, force: true }));

describe('benchmarks (smoke run)', () => {
  it('runs every benchmark with tiny counts and reports figures, ratios and verdicts for each', async () => {
    const lines: string[] = [];
    const { findings, recordFile, table } = await runBenchmarks({
      smoke: true,
      temporalAddress: inject('temporalAddress'),
      namespace: inject('temporalNamespace'),
      interpreterBundlePath: inject('workflowBundlePath'),
      recordDir,
      log: (line) => lines.push(line),
    });
    for (const benchmark of benchmarks) {
      const rows = findings.filter((finding) => finding.benchmark === benchmark.name);
      expect(rows.length, `${benchmark.name} produced no rows:\n${lines.join('\n')}`).toBeGreaterThan(0);
      expect(rows.map((row) => row.metric)).not.toContain('run');
      const judged = rows.filter((row) => row.target);
      expect(judged.length, `${benchmark.name} has no row held to a target`).toBeGreaterThan(0);
      for (const row of judged) expect(['PASS', 'MISS']).toContain(row.verdict);
      for (const row of rows.filter((row) => row.baseline !== undefined)) {
        expect(Number.isFinite(row.tandem), `${row.benchmark} ${row.metric}: ${row.tandem}`).toBe(true);
        expect(Number.isFinite(row.baseline), `${row.benchmark} ${row.metric} baseline: ${row.baseline}`).toBe(true);
        expect(row.ratio, `${row.benchmark} ${row.metric} has no ratio`).toEqual(expect.any(Number));
      }
    }
    expect(table).toContain('| benchmark');
    const record: unknown = JSON.parse(readFileSync(recordFile, 'utf8'));
    expect(record).toMatchObject({ smoke: true, findings: expect.any(Array) as unknown });
  }, 300_000);
});

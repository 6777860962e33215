/** What every benchmark is: a name, what it compares, and a run against the shared stack that yields rows. */
import type { Row } from './report.js';
import type { BenchStack } from './stack.js';

/** What a benchmark gets. */
export interface BenchContext {
  stack: BenchStack;
  /** A few iterations only (the test suite's smoke run): same code path, tiny counts. */
  smoke: boolean;
  /**
   * `--cluster`: the benchmarks that compare Temporal deployments (scale, timers) also run on
   * the benchmarks' own Temporal cluster (BenchStack.cluster), not only on the stack's Temporal.
   */
  cluster: boolean;
  log: (line: string) => void;
}

/** One benchmark. */
export interface Benchmark {
  name: string;
  /** One line: the Tandem path and its baseline. */
  summary: string;
  run(context: BenchContext): Promise<Row[]>;
}

/**
 * A count or duration: the smoke value in a smoke run, else `BENCH_<NAME>` from the
 * environment when set (e.g. BENCH_SCALE_INSTANCES=2000), else the full default.
 */
export function setting(context: BenchContext, name: string, full: number, smoke: number): number {
  if (context.smoke) return smoke;
  const fromEnv = Number(process.env[`BENCH_${name}`]);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : full;
}

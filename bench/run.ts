/**
 * `npm run bench [-- <name>… ] [--smoke] [--cluster]`: runs the benchmarks against one real stack,
 * prints a table of Tandem's figures, the baselines' and their ratios with PASS/MISS against
 * the targets, and writes the run as JSON under .data/bench/. The README ("Benchmarks") says
 * what every figure means.
 */
import os from 'node:os';
import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { Benchmark } from './benchmark.js';
import { apiOverheadBenchmark } from './benchmarks/api-overhead.js';
import { consoleLoadBenchmark } from './benchmarks/console-load.js';
import { decisionVisibleBenchmark } from './benchmarks/decision-visible.js';
import { interpreterBenchmark } from './benchmarks/interpreter.js';
import { scaleBenchmark } from './benchmarks/scale.js';
import { statusReadBenchmark } from './benchmarks/status-read.js';
import { timersBenchmark } from './benchmarks/timers.js';
import { validationBenchmark } from './benchmarks/validation.js';
import { workerMemoryBenchmark } from './benchmarks/worker-memory.js';
import { judge, table, writeRecord, type Finding, type Row } from './report.js';
import { startBenchStack, type BenchStackOptions } from './stack.js';
import { dataDir } from '../scripts/stack/paths.js';

/** Every benchmark, in the order a full run takes them. */
export const benchmarks: Benchmark[] = [interpreterBenchmark, statusReadBenchmark, decisionVisibleBenchmark, apiOverheadBenchmark, workerMemoryBenchmark, scaleBenchmark, timersBenchmark, validationBenchmark, consoleLoadBenchmark];

/** What to run and against what. */
export interface RunOptions extends Partial<BenchStackOptions> {
  names?: string[];
  smoke?: boolean;
  /** Also run scale and timers on the benchmarks' own Temporal cluster (see BenchContext.cluster). */
  cluster?: boolean;
  /** Where the JSON record goes; default .data/bench. */
  recordDir?: string;
}

/** Thrown for a benchmark name that does not exist. */
export class UnknownBenchmarkError extends Error {
  override name = 'UnknownBenchmarkError';
}

/** Runs the named benchmarks (all by default) on one stack; returns the findings and where the record went. */
export async function runBenchmarks(options: RunOptions = {}): Promise<{ findings: Finding[]; recordFile: string; table: string }> {
  const log = options.log ?? ((line: string) => console.log(`[bench] ${line}`));
  const names = options.names?.length ? options.names : benchmarks.map((benchmark) => benchmark.name);
  const unknown = names.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name));
  if (unknown.length) throw new UnknownBenchmarkError(`No benchmark named ${unknown.join(', ')}. There are: ${benchmarks.map((benchmark) => benchmark.name).join(', ')}.`);
  const chosen = benchmarks.filter((benchmark) => names.includes(benchmark.name));
  const smoke = options.smoke ?? false;
  const cluster = options.cluster ?? false;
  const began = performance.now();

  log(`Starting the stack (Temporal, PostgreSQL, SMTP, API and workers)…`);
  const stack = await startBenchStack({ ...options, log });
  const findings: Finding[] = [];
  // Ctrl-C still stops the dev server and the child processes and drops the database.
  const interrupted = () => void stack.stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    log(`Temporal: ${stack.temporal}; ${os.cpus().length} CPUs. ${smoke ? 'Smoke run: a few iterations each.' : ''}`);
    for (const benchmark of chosen) {
      log(`${benchmark.name}: ${benchmark.summary}`);
      const started = performance.now();
      let rows: Row[];
      try {
        rows = await benchmark.run({ stack, smoke, cluster, log });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`${benchmark.name} failed: ${message}`);
        rows = [{ benchmark: benchmark.name, metric: 'run', unit: '', tandem: NaN, target: { on: 'tandem', atLeast: 0 }, note: `the benchmark failed: ${message.split('\n')[0]}` }];
      }
      findings.push(...rows.map(judge));
      log(`${benchmark.name} done in ${((performance.now() - started) / 1000).toFixed(0)}s`);
    }
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await stack.stop();
  }
  const seconds = (performance.now() - began) / 1000;
  const recordFile = writeRecord(options.recordDir ?? path.join(dataDir, 'bench'), findings, { names, smoke, seconds, stack });
  return { findings, recordFile, table: table(findings) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const cluster = args.includes('--cluster');
  const names = args.filter((arg) => !arg.startsWith('--'));
  if (args.includes('--list') || args.includes('--help')) {
    console.log(`npm run bench [-- <name>… ] [--smoke] [--cluster]\n\n${benchmarks.map((benchmark) => `  ${benchmark.name.padEnd(17)} ${benchmark.summary}`).join('\n')}`);
    return;
  }
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const began = performance.now();
  const { findings, recordFile, table: printed } = await runBenchmarks({ names, smoke, cluster });
  console.log(`\n${printed}\n`);
  const missed = findings.filter((finding) => finding.verdict === 'MISS');
  console.log(`${missed.length ? `${missed.length} target(s) missed: ${missed.map((finding) => `${finding.benchmark} ${finding.metric}`).join('; ')}` : 'Every target met.'}`);
  console.log(`Finished in ${((performance.now() - began) / 1000).toFixed(0)}s on ${os.cpus().length} CPUs; record: ${path.relative(process.cwd(), recordFile)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof UnknownBenchmarkError ? error.message : `The benchmarks could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}

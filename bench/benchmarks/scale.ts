/**
 * `scale`: 10,000 MDF fund requests started (paced to what the workers open), every one of them
 * checked open in PostgreSQL (proposal task open, its mail in the outbox), then the proposal
 * submitted on 1,000. Run per configuration: the stack's Temporal with one worker process, and
 * with `--cluster` also the benchmarks' own Temporal cluster with 1, 2 and 4 worker processes
 * (BENCH_SCALE_CONFIGURATIONS chooses). Each configuration is bounded in time; a bound that cuts
 * a run short says so in the row's note.
 */
import os from 'node:os';
import { setting, type Benchmark, type BenchContext } from '../benchmark.js';
import { partner } from '../fixtures.js';
import { mib } from '../measure.js';
import type { Row } from '../report.js';
import { fundedAllocation } from './instances.js';
import { labelOf, runConfiguration, type Configuration, type ScaleOutcome, type ScaleSettings } from './scale-run.js';

/** `dev:1,cluster:1,cluster:2,cluster:4` → configurations; throws on anything else. */
export function parseConfigurations(text: string): Configuration[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(dev|cluster):([1-9]\d?)$/.exec(part);
      if (!match) throw new Error(`BENCH_SCALE_CONFIGURATIONS: "${part}" is not <dev|cluster>:<worker processes>, e.g. dev:1,cluster:1,cluster:2,cluster:4`);
      return { temporal: match[1] === 'cluster' ? 'cluster' : 'dev', workers: Number(match[2]) };
    });
}

/** The configurations of this run: BENCH_SCALE_CONFIGURATIONS, else by `--cluster` and smoke. */
function configurationsOf(context: BenchContext): Configuration[] {
  const chosen = process.env['BENCH_SCALE_CONFIGURATIONS'];
  if (chosen && !context.smoke) return parseConfigurations(chosen);
  if (!context.cluster) return parseConfigurations('dev:1');
  return parseConfigurations(context.smoke ? 'dev:1,cluster:1,cluster:2' : 'dev:1,cluster:1,cluster:2,cluster:4');
}

function settingsOf(context: BenchContext): ScaleSettings {
  return {
    instances: setting(context, 'SCALE_INSTANCES', 10_000, 30),
    concurrency: setting(context, 'SCALE_CONCURRENCY', 20, 5),
    backlog: setting(context, 'SCALE_BACKLOG', 400, 10),
    decisions: setting(context, 'SCALE_DECISIONS', 1000, 10),
    startSeconds: setting(context, 'SCALE_START_SECONDS', 900, 60),
    settleSeconds: setting(context, 'SCALE_SETTLE_SECONDS', 300, 60),
    decideSeconds: setting(context, 'SCALE_DECIDE_SECONDS', 180, 60),
  };
}

/** What the errors say about the limit that was hit, and the setting that moves it. */
function errorNotes(errors: string[]): string[] {
  const text = errors.join(' ');
  const notes: string[] = [];
  if (/RESOURCE_EXHAUSTED|rate limit|rps/i.test(text)) notes.push('starts were refused by the frontend rate limit: raise it with BENCH_TEMPORAL_DYNAMIC_CONFIG="frontend.rps=5000,frontend.namespaceRPS=5000"');
  if (/DEADLINE_EXCEEDED|ShardIOTimeout|context deadline/i.test(text)) notes.push('the server timed out: the dev server has one history shard and one SQLite connection, the cluster more shards');
  if (errors[0]) notes.push(`first error: ${errors[0]}`);
  return notes;
}

const MiB = (bytes: number | undefined) => (bytes === undefined ? NaN : mib(bytes));

/** The rows of one configuration, each metric named after it. */
function rowsOf(outcome: ScaleOutcome, settings: ScaleSettings): Row[] {
  const { label } = outcome;
  const row = (metric: string, unit: string, tandem: number, extra: Partial<Row> = {}): Row => ({ benchmark: 'scale', metric: `[${label}] ${metric}`, unit, tandem, ...extra });
  const cut = outcome.cuts.length ? outcome.cuts.join('; ') : undefined;
  const startNotes = [...(outcome.started < settings.instances && cut ? [cut] : []), ...errorNotes(outcome.startErrors), ...(outcome.clusterFailure ? [`a cluster service gave up: ${outcome.clusterFailure}`] : [])];
  const rssNote = outcome.workerRss.length > 1 ? { note: `per process: ${outcome.workerRss.map((bytes) => `${mib(bytes).toFixed(0)}`).join(', ')} MiB` } : {};
  const serverRss = outcome.serverRss ? Object.values(outcome.serverRss).reduce<number>((sum, bytes) => sum + (bytes ?? 0), 0) : undefined;
  const serverNote = outcome.serverRss
    ? Object.keys(outcome.serverRss).length > 1
      ? { note: `per process: ${Object.entries(outcome.serverRss).map(([service, bytes]) => `${service} ${bytes === undefined ? 'down' : mib(bytes).toFixed(0)}`).join(', ')} MiB` }
      : {}
    : { note: 'not measured: the server is not a process this run started' };
  const isCluster = outcome.configuration.temporal === 'cluster';
  return [
    row('started', 'instances', outcome.started, { target: { on: 'tandem', atLeast: settings.instances }, ...(startNotes.length ? { note: startNotes.join('; ') } : {}) }),
    row('open: proposal task open, its mail in the outbox', 'instances', outcome.open, {
      target: { on: 'tandem', atLeast: settings.instances },
      ...(outcome.open < settings.instances ? { note: cut ?? `${outcome.started - outcome.open} of the started were not open when counted` } : { note: `counted in PostgreSQL; ${outcome.mailsSent} of their task mails already accepted by the SMTP server` }),
    }),
    row('failed', 'instances', outcome.failed, { target: { on: 'tandem', atMost: 0 }, ...(outcome.decisionErrors[0] ? { note: `first refused decision: ${outcome.decisionErrors[0]}` } : {}) }),
    row('start rate', 'starts/s', outcome.started / outcome.startSeconds),
    row('open rate', 'instances/s', outcome.open / outcome.openSeconds),
    row(`decisions on ${outcome.acted} open`, 'decided', outcome.decided, { target: { on: 'tandem', atLeast: Math.min(settings.decisions, settings.instances) }, ...(outcome.decided < outcome.acted && cut ? { note: cut } : {}) }),
    row('decision p50', 'ms', outcome.decisionP50),
    row('decision p95', 'ms', outcome.decisionP95, isCluster ? { target: { on: 'tandem', atMost: 1000 } } : {}),
    row(`worker RSS, sum of ${outcome.workerRss.length}`, 'MiB', mib(outcome.workerRss.reduce((sum, bytes) => sum + bytes, 0)), rssNote),
    row('worker CPU while opening', 'cores', outcome.workersWhileOpening.cores),
    row(isCluster ? 'Temporal server RSS, sum of its processes' : 'Temporal server RSS', 'MiB', MiB(serverRss), serverNote),
    row('Temporal server CPU while opening', 'cores', outcome.serverWhileOpening?.cores ?? NaN),
    row('PostgreSQL: Tandem database growth', 'MiB', mib(outcome.tandemDatabaseGrowth)),
    row('PostgreSQL: Temporal databases', 'MiB', MiB(outcome.temporalDatabaseBytes), isCluster ? {} : { note: 'the dev server keeps its state in memory (SQLite), not in PostgreSQL' }),
  ];
}

/** Opening rate with the most worker processes against one, on the cluster: the scaling target is 0.75× linear (3× for 4). */
function scalingRow(outcomes: ScaleOutcome[]): Row[] {
  const onCluster = outcomes.filter((outcome) => outcome.configuration.temporal === 'cluster');
  const one = onCluster.find((outcome) => outcome.configuration.workers === 1);
  const most = onCluster.reduce<ScaleOutcome | undefined>((best, outcome) => (!best || outcome.configuration.workers > best.configuration.workers ? outcome : best), undefined);
  if (!one || !most || most === one) return [];
  const rate = (outcome: ScaleOutcome) => outcome.open / outcome.openSeconds;
  const cpu = os.cpus().length;
  const cpuBound = most.configuration.workers > cpu ? `; ${most.configuration.workers} workers share ${cpu} CPUs with the cluster's processes, PostgreSQL, the API and the load` : '';
  return [
    {
      benchmark: 'scale',
      metric: `open rate, cluster: ${most.configuration.workers} workers vs 1`,
      unit: 'instances/s',
      tandem: rate(most),
      baseline: rate(one),
      target: { on: 'ratio', atLeast: 0.75 * most.configuration.workers },
      note: `worker CPU while opening: ${most.workersWhileOpening.cores.toFixed(2)} cores with ${most.configuration.workers}, ${one.workersWhileOpening.cores.toFixed(2)} with 1; server ${most.serverWhileOpening?.cores.toFixed(2) ?? 'n/a'} and ${one.serverWhileOpening?.cores.toFixed(2) ?? 'n/a'} cores${cpuBound}`,
    },
  ];
}

export const scaleBenchmark: Benchmark = {
  name: 'scale',
  summary: 'open 10,000 MDF instances, check each open in PostgreSQL, decide 1,000; per Temporal and worker count (--cluster)',
  async run(context) {
    const settings = settingsOf(context);
    const configurations = configurationsOf(context);
    context.log(`  scale: ${configurations.map((configuration) => labelOf(context, configuration)).join('; ')}; ${settings.instances} instances each`);
    const allocationId = await fundedAllocation(context);
    const outcomes: ScaleOutcome[] = [];
    const rows: Row[] = [];
    for (const configuration of configurations) {
      const outcome = await runConfiguration(context, configuration, settings, allocationId, partner);
      outcomes.push(outcome);
      rows.push(...rowsOf(outcome, settings));
    }
    if (configurations.some((configuration) => configuration.temporal === 'cluster')) {
      const cluster = await context.stack.cluster();
      context.log(`  scale: ${cluster.description}`);
    }
    return [...rows, ...scalingRow(outcomes)];
  },
};

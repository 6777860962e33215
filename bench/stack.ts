/**
 * The real stack the benchmarks run against, started once per run with the same pieces as
 * `npm start` (scripts/stack): a Temporal dev server (or the cluster in TEMPORAL_ADDRESS),
 * a fresh PostgreSQL database, a real SMTP server, the API in a process of its own, and
 * workers in processes of their own: Tandem's interpreter bundle or the hand-coded baselines.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { z } from 'zod';
import { createApiKey } from '../api/auth/keys.js';
import { publishBuiltIns, publishTemplate } from '../api/template-catalog.js';
import { migrate } from '../activities/store/migrate.js';
import { loadConfig, temporalConnectionOptions } from '../config.js';
import { bundleWorkflows } from '../scripts/stack/bundle.js';
import { dataDir } from '../scripts/stack/paths.js';
import { canConnect, freePort } from '../scripts/stack/ports.js';
import { ensureDatabase, resolvePostgres } from '../scripts/stack/postgres.js';
import { ensureTemporalCli } from '../scripts/stack/temporal-cli.js';
import { startDevServer, type DevServer } from '../scripts/stack/temporal-server.js';
import { startChild, type BenchChild } from './child.js';
import { startBenchCluster, type BenchCluster } from './cluster.js';
import { approver, compliance, finance, lead, manager, partner, reminderTemplate, requester, sixStepTemplate, vendor } from './fixtures.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

/** Which workflow code a worker runs. */
export type Variant = 'interpreter' | 'hand-coded';

/** A Temporal frontend and namespace workers and clients connect to. */
export interface TemporalTarget {
  address: string;
  namespace: string;
}

/** Where a worker process connects and which queue it polls; by default the stack's Temporal and a fresh queue. */
export interface WorkerPlacement {
  temporal?: TemporalTarget;
  /** Several processes given the same queue share its work. */
  taskQueue?: string;
}

/** A worker process. */
export interface BenchWorker {
  taskQueue: string;
  pid: number;
  /** RSS and heap after garbage collection has settled, in bytes. */
  memory(): Promise<{ rss: number; heapUsed: number }>;
  stop(): Promise<void>;
}

/** The API process: Tandem's API and the two baseline servers. */
export interface BenchApi {
  url: string;
  queryUrl: string;
  bareUrl: string;
  /** gRPC calls each server's Temporal connection has made so far. */
  calls(): Promise<{ tandem: number; query: number }>;
}

/** How to reach the stack from a benchmark. */
export interface BenchStack {
  client: Client;
  namespace: string;
  pool: pg.Pool;
  smtp: SmtpSink;
  /** Where Temporal came from, for the report. */
  temporal: string;
  /** The dev server's process id (its memory is reported), when the stack started one. */
  serverPid: number | undefined;
  /** `--dynamic-config-value` settings the dev server was started with. */
  dynamicConfig: Record<string, string>;
  /** The frontend and namespace of the stack's own Temporal (dev server or TEMPORAL_ADDRESS). */
  target: TemporalTarget;
  /** The benchmark database's size now, in bytes. */
  databaseBytes(): Promise<number>;
  /**
   * The benchmarks' own Temporal cluster (bench/cluster.ts), started on first use on the
   * benchmark's PostgreSQL and stopped, its databases dropped, with the stack.
   */
  cluster(): Promise<BenchCluster>;
  /** A client of another Temporal (the cluster), closed with the stack. */
  connect(target: TemporalTarget): Promise<Client>;
  keys: { vendor: string; partner: string };
  api(): Promise<BenchApi>;
  /** A fresh worker process, on its own task queue unless `placement` names one, for benchmarks that measure it alone. */
  startWorker(variant: Variant, placement?: WorkerPlacement): Promise<BenchWorker>;
  /** One worker per variant shared by the benchmarks that only need one running. */
  sharedWorker(variant: Variant): Promise<BenchWorker>;
  stop(): Promise<void>;
}

/** Where the stack comes from; tests pass the Temporal server and bundle they already have. */
export interface BenchStackOptions {
  log: (line: string) => void;
  temporalAddress?: string;
  namespace?: string;
  interpreterBundlePath?: string;
}

const benchDir = path.dirname(fileURLToPath(import.meta.url));

const Ports = z.object({ tandem: z.number(), query: z.number(), bare: z.number() });
const Calls = z.object({ tandem: z.number(), query: z.number() });
const Memory = z.object({ rss: z.number(), heapUsed: z.number() });

/** `BENCH_TEMPORAL_DYNAMIC_CONFIG="frontend.namespaceRPS=5000,history.rps=9000"` → settings. */
function dynamicConfigFromEnv(): Record<string, string> {
  const text = process.env['BENCH_TEMPORAL_DYNAMIC_CONFIG'] ?? '';
  return Object.fromEntries(
    text
      .split(',')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether the local PostgreSQL answers, asked a few times: on a busy machine one slow answer is no reason to start another. */
async function localPostgresAnswers(): Promise<boolean> {
  if (process.env['DATABASE_URL']) return false;
  for (let attempt = 0; attempt < 5; attempt++) if (await canConnect('127.0.0.1', 5432, 2000)) return true;
  return false;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Starts everything; call `stop` at the end (it also drops the benchmark's database). */
export async function startBenchStack(options: BenchStackOptions): Promise<BenchStack> {
  const { log } = options;
  const running: Array<() => Promise<void>> = [];
  const suffix = `${process.pid}_${randomUUID().slice(0, 6)}`;
  const signingSecret = randomBytes(32).toString('hex');
  const dynamicConfig = dynamicConfigFromEnv();
  const external = options.temporalAddress ?? process.env['TEMPORAL_ADDRESS'];
  let server: DevServer | undefined;
  let postgresAdminUrl: string | undefined;

  const temporalReady = (async () => {
    if (external) return { address: external, namespace: options.namespace ?? process.env['TEMPORAL_NAMESPACE'] ?? 'default' };
    const cli = await ensureTemporalCli(log);
    server = await startDevServer({ cli, port: await freePort(), namespace: 'tandem-bench', dynamicConfig });
    running.push(() => server?.stop() ?? Promise.resolve());
    return { address: server.address, namespace: 'tandem-bench' };
  })();
  const databaseReady = (async () => {
    const explicit = process.env['BENCH_DATABASE_ADMIN_URL'] ?? process.env['TEST_DATABASE_ADMIN_URL'] ?? ((await localPostgresAnswers()) ? LOCAL_ADMIN_URL : undefined);
    const postgres = explicit ? { url: explicit, stop: async () => {} } : await resolvePostgres(process.env['DATABASE_URL'] || undefined, log);
    running.push(() => postgres.stop());
    const adminUrl = withDatabase(postgres.url, 'postgres');
    postgresAdminUrl = adminUrl;
    const name = `tandem_bench_${suffix}`;
    const url = await ensureDatabase(adminUrl, name);
    running.push(async () => {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.end());
    });
    await migrate(url);
    return url;
  })();
  const bundleDir = path.join(dataDir, 'bench');
  const bundles = Promise.all([
    options.interpreterBundlePath ?? bundleWorkflows(path.join(bundleDir, `interpreter-${suffix}.js`)),
    bundleWorkflows(path.join(bundleDir, `hand-coded-${suffix}.js`), path.join(benchDir, 'workflows', 'index.ts')),
  ]);
  const smtp = await startSmtpSink();
  running.push(() => smtp.stop());

  const stopAll = async () => {
    for (const stop of running.reverse()) await stop().catch((error: unknown) => log(`stopping failed: ${error instanceof Error ? error.message : String(error)}`));
    running.length = 0;
  };

  try {
    const [temporal, databaseUrl, [interpreterBundle, handCodedBundle]] = await Promise.all([temporalReady, databaseReady, bundles]);
    running.push(() => {
      if (!options.interpreterBundlePath) rmSync(interpreterBundle, { force: true });
      rmSync(handCodedBundle, { force: true });
      return Promise.resolve();
    });
    const config = loadConfig({ ...process.env, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_NAMESPACE: temporal.namespace });
    const connection = await Connection.connect(temporalConnectionOptions(config));
    const client = new Client({ connection, namespace: temporal.namespace });
    running.push(() => connection.close());
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    running.push(() => pool.end());
    await publishBuiltIns(pool);
    await publishTemplate(pool, sixStepTemplate);
    await publishTemplate(pool, reminderTemplate);
    await seedDirectory(pool);
    const keys = {
      vendor: (await createApiKey(pool, vendor, 'benchmark vendor', ['read', 'act'])).token,
      partner: (await createApiKey(pool, partner, 'benchmark partner', ['read', 'act'])).token,
    };

    const common = { temporalAddress: temporal.address, namespace: temporal.namespace, databaseUrl, smtpUrl: smtp.url, signingSecret };
    let api: Promise<BenchApi> | undefined;
    const startApi = async (): Promise<BenchApi> => {
      const child = await startChild('api', common, 'the API process');
      running.push(() => child.stop());
      const ports = Ports.parse(child.info['ports']);
      return {
        url: `http://127.0.0.1:${ports.tandem}`,
        queryUrl: `http://127.0.0.1:${ports.query}`,
        bareUrl: `http://127.0.0.1:${ports.bare}`,
        calls: async () => Calls.parse(await child.ask('calls')),
      };
    };
    const startWorker = async (variant: Variant, placement: WorkerPlacement = {}): Promise<BenchWorker> => {
      const { url } = await (api ??= startApi());
      const taskQueue = placement.taskQueue ?? `bench-${variant}-${randomUUID().slice(0, 8)}`;
      const temporalOf = placement.temporal ? { temporalAddress: placement.temporal.address, namespace: placement.temporal.namespace } : {};
      const child: BenchChild = await startChild(
        'worker',
        { ...common, ...temporalOf, taskQueue, publicBaseUrl: url, bundlePath: variant === 'interpreter' ? interpreterBundle : handCodedBundle },
        `the ${variant} worker`,
      );
      let stopped = false;
      const stop = async () => {
        if (stopped) return;
        stopped = true;
        await child.stop();
      };
      running.push(stop);
      return {
        taskQueue,
        pid: child.pid,
        stop,
        memory: async () => Memory.parse(await child.ask('memory')),
      };
    };
    const shared = new Map<Variant, Promise<BenchWorker>>();
    const clients: Connection[] = [];
    const stopClients = async () => {
      for (const opened of clients.splice(0)) await opened.close();
    };
    running.push(stopClients);
    let cluster: Promise<BenchCluster> | undefined;
    const startOwnCluster = async (): Promise<BenchCluster> => {
      if (!postgresAdminUrl) throw new Error('the benchmark PostgreSQL is not known');
      log('Starting the benchmark cluster (Temporal server processes on PostgreSQL; built on first use)…');
      const started = await startBenchCluster({ adminUrl: postgresAdminUrl, workDir: bundleDir, suffix, log });
      // Stopped after the workers and API (pushed later, stopped first) have let go of it.
      running.splice(running.indexOf(stopClients), 0, () => started.stop());
      return started;
    };
    return {
      client,
      namespace: temporal.namespace,
      pool,
      smtp,
      temporal: external ? `cluster at ${external} (namespace ${temporal.namespace})` : `dev server (in memory) at ${temporal.address}`,
      serverPid: server?.process.pid,
      dynamicConfig,
      target: temporal,
      databaseBytes: async () => {
        const result = await pool.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
        return Number(result.rows[0]?.bytes ?? 0);
      },
      cluster: () => (cluster ??= startOwnCluster()),
      connect: async (target) => {
        const opened = await Connection.connect(temporalConnectionOptions(loadConfig({ ...process.env, TEMPORAL_ADDRESS: target.address, TEMPORAL_NAMESPACE: target.namespace })));
        clients.push(opened);
        return new Client({ connection: opened, namespace: target.namespace });
      },
      keys,
      api: () => (api ??= startApi()),
      startWorker,
      sharedWorker: (variant) => {
        let worker = shared.get(variant);
        if (!worker) shared.set(variant, (worker = startWorker(variant)));
        return worker;
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** The benchmark's companies, their people (the MDF team, requester and lead) and their relationship, written as the operator would. */
async function seedDirectory(pool: pg.Pool): Promise<void> {
  for (const [id, kind] of [[vendor, 'vendor'], [partner, 'partner']]) await pool.query('INSERT INTO companies (id, name, kind) VALUES ($1, $1, $2) ON CONFLICT DO NOTHING', [id, kind]);
  for (const person of [manager, approver, finance, compliance, requester, lead]) {
    await pool.query(`INSERT INTO people (id, company_id, email, name) VALUES ('per_' || substr(md5($2), 1, 20), $1, $2, $3) ON CONFLICT DO NOTHING`, [person.company, person.email, person.name]);
  }
  await pool.query(`INSERT INTO company_relationships (vendor_company_id, partner_company_id, program, status, accepted_at) VALUES ($1, $2, 'mdf', 'active', now()) ON CONFLICT DO NOTHING`, [vendor, partner]);
}

/**
 * The benchmarks' own Temporal cluster (`npm run bench -- --cluster`): the same four service
 * processes on PostgreSQL that `npm run cluster` runs (scripts/stack/temporal-cluster.ts), on
 * free ports, with two databases of its own on the benchmark's PostgreSQL that are dropped when
 * the run ends.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freeClusterPorts, SERVICES, startCluster, TEMPORAL_SERVER_VERSION, type ServiceName } from '../scripts/stack/temporal-cluster.js';
import { rssOf } from './measure.js';

/** History shards of the benchmark cluster: what `npm run cluster` uses. */
export const BENCH_CLUSTER_SHARDS = 16;

/** A running benchmark cluster. */
export interface BenchCluster {
  address: string;
  namespace: string;
  /** Version, shards and processes, for the report. */
  description: string;
  /** Resident memory of each service process now, in bytes (undefined for one that is down). */
  rss(): Promise<Record<ServiceName, number | undefined>>;
  /** The pids of the service processes now. */
  pids(): number[];
  /** Bytes the two Temporal databases take on PostgreSQL. */
  databaseBytes(): Promise<number>;
  /** Why a service gave up, if one did: the run's figures after that are not the cluster's. */
  failure(): string | undefined;
  stop(): Promise<void>;
}

/** Starts the cluster; `adminUrl` is a PostgreSQL URL whose user may create databases. */
export async function startBenchCluster(options: { adminUrl: string; workDir: string; suffix: string; log: (line: string) => void }): Promise<BenchCluster> {
  mkdirSync(options.workDir, { recursive: true });
  const dir = mkdtempSync(path.join(options.workDir, 'cluster-'));
  const database = `tandem_bench_temporal_${options.suffix}`.toLowerCase().slice(0, 50);
  const namespace = 'tandem-bench';
  let gaveUp: string | undefined;
  let stopping = false;
  const dropDatabases = async () => {
    const admin = new pg.Client({ connectionString: options.adminUrl });
    await admin.connect();
    try {
      for (const name of [database, `${database}_visibility`]) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
  let cluster;
  try {
    cluster = await startCluster({
      dir,
      postgresUrl: options.adminUrl,
      database,
      ports: await freeClusterPorts(),
      shards: BENCH_CLUSTER_SHARDS,
      namespaces: [namespace],
      logLevel: 'error',
      log: (line) => options.log(`  cluster: ${line}`),
      giveUp: (reason) => {
        gaveUp = reason;
        options.log(`  cluster: ${reason}`);
      },
      stopping: () => stopping,
    });
  } catch (error) {
    await dropDatabases().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const running = cluster;
  return {
    address: running.address,
    namespace,
    description: `Temporal server ${TEMPORAL_SERVER_VERSION} cluster at ${running.address}: ${SERVICES.join(', ')} as ${SERVICES.length} processes, ${BENCH_CLUSTER_SHARDS} history shards, PostgreSQL persistence (${database})`,
    async rss() {
      const entries = await Promise.all(SERVICES.map(async (service) => [service, await rssOf(running.pid(service))] as const));
      return Object.fromEntries(entries) as Record<ServiceName, number | undefined>;
    },
    pids: () => SERVICES.map((service) => running.pid(service)).filter((pid): pid is number => pid !== undefined),
    async databaseBytes() {
      const admin = new pg.Client({ connectionString: options.adminUrl });
      await admin.connect();
      try {
        const result = await admin.query<{ bytes: string }>('SELECT coalesce(sum(pg_database_size(datname)), 0) AS bytes FROM pg_database WHERE datname = ANY ($1)', [[database, `${database}_visibility`]]);
        return Number(result.rows[0]?.bytes ?? 0);
      } finally {
        await admin.end();
      }
    },
    failure: () => gaveUp,
    async stop() {
      stopping = true;
      await running.stop();
      await dropDatabases();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * `npm run cluster`: a Temporal cluster on PostgreSQL on this machine (frontend, history, matching
 * and worker as four processes, 16 history shards), built on first use, with the namespaces
 * `default` and TEMPORAL_NAMESPACE registered. Prints the TEMPORAL_ADDRESS for `npm run worker`,
 * `npm run api` or the tests; Ctrl-C stops it. `npm run cluster -- --build-only` only builds.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { GoInstallError } from './stack/go-install.js';
import { assertPortsFree, PortInUseError } from './stack/ports.js';
import { resolvePostgres } from './stack/postgres.js';
import { stackDataDir } from './stack/stack-file.js';
import { ClusterInUseError, clusterSettings, ensureClusterBinaries, startCluster, type TemporalCluster } from './stack/temporal-cluster.js';

const log = (line: string) => console.log(`[cluster] ${line}`);

let stopping: Promise<void> | undefined;
const parts: Array<() => Promise<void>> = [];

async function main(): Promise<void> {
  if (process.argv.includes('--build-only')) {
    const binaries = await ensureClusterBinaries(log);
    log(`Temporal server: ${binaries.server}`);
    return;
  }
  const config = loadConfig();
  const settings = clusterSettings();
  await assertPortsFree([{ port: settings.ports.frontend, variable: 'TEMPORAL_CLUSTER_PORT' }]);
  const postgres = settings.postgresUrl ? { url: settings.postgresUrl, stop: async () => {} } : await resolvePostgres(config.DATABASE_URL, log);
  parts.push(() => postgres.stop());
  const cluster: TemporalCluster = await startCluster({
    dir: path.join(stackDataDir(), 'cluster'),
    postgresUrl: postgres.url,
    database: settings.database,
    ports: settings.ports,
    shards: settings.shards,
    namespaces: [...new Set(['default', config.TEMPORAL_NAMESPACE])],
    log,
    giveUp: (reason) => {
      console.error(`[cluster] ${reason} Stopping the cluster.`);
      void stop(1);
    },
    stopping: () => stopping !== undefined,
  });
  parts.push(() => cluster.stop());
  log(`Temporal cluster running (${settings.shards} history shards; logs in ${path.join(stackDataDir(), 'cluster', 'logs')}).`);
  log(`  TEMPORAL_ADDRESS=${cluster.address}`);
  log('Press Ctrl-C to stop.');
  await new Promise(() => {});
}

async function stop(exitCode: number): Promise<void> {
  stopping ??= (async () => {
    for (const part of parts.reverse()) {
      await part().catch((error: unknown) => console.error(`[cluster] stopping failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    log('Stopped.');
  })();
  await stopping;
  process.exit(exitCode);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof PortInUseError || error instanceof GoInstallError || error instanceof ClusterInUseError;
    console.error(known ? error.message : `The cluster could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void stop(1);
  },
);

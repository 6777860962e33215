/**
 * `npm start`: the whole stack on one machine. Temporal dev server (persistent SQLite
 * under .data/), PostgreSQL (configured, local, or embedded), migrations, a mail catcher
 * (unless SMTP_URL is set), the worker and the API. Ctrl-C stops everything; the next
 * start continues every open instance where it was.
 *
 * The start owns its data directory (stack.lock) and its children: the Temporal dev server
 * and MailDev run under watchdogs that end them if this process dies by any signal, a child
 * that exits is reported and started again, and a child an earlier start left behind is
 * stopped before a new one opens the same files.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { migrate } from '../activities/store/migrate.js';
import { publishBuiltIns } from '../api/template-catalog.js';
import type { ChildState } from '../api/health.js';
import { startApi, type RunningApi } from '../api/server.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { startWorker, type RunningWorker } from '../worker.js';
import { runDemo } from './demo.js';
import { bundleWorkflows } from './stack/bundle.js';
import { lockDataDir, unlockDataDir, DataDirInUseError } from './stack/data-dir-lock.js';
import { startMailCatcher } from './stack/mail-catcher.js';
import { processesMentioning, stopLeftover, terminate } from './stack/owned-child.js';
import { assertPortsFree, PortInUseError } from './stack/ports.js';
import { resolvePostgres, type ResolvedPostgres } from './stack/postgres.js';
import { localSigningSecret } from './stack/signing-secret.js';
import { forgetStack, recordStack, stackDataDir, withoutPassword } from './stack/stack-file.js';
import { GoInstallError } from './stack/go-install.js';
import { ensureTemporalCli, TemporalCliError } from './stack/temporal-cli.js';
import { supervise } from './stack/supervisor.js';
import { startDevServer, type DevServer } from './stack/temporal-server.js';
import { ClusterInUseError, clusterSettings, startCluster, wantsCluster } from './stack/temporal-cluster.js';
import { openPool } from '../activities/store/pool.js';

const log = (line: string) => console.log(`[tandem] ${line}`);

/** The supervised children, whether each serves now and how often it restarted, for the API's /health and /ready. */
const children: Record<string, () => ChildState> = {};

/** Everything started, in the order it has to stop (reverse of start). */
const running: Array<{ name: string; stop: () => Promise<void> }> = [];

async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = stackDataDir();
  mkdirSync(dataDir, { recursive: true });
  const localTemporal = !process.env['TEMPORAL_ADDRESS'];
  // A Temporal cluster on PostgreSQL (four processes) instead of the dev server, on request.
  const cluster = localTemporal && wantsCluster() ? clusterSettings() : undefined;
  const localMail = !config.SMTP_URL;
  const temporalDb = path.join(dataDir, 'temporal.sqlite');

  lockDataDir(dataDir);
  running.push({ name: 'data directory lock', stop: () => Promise.resolve(unlockDataDir(dataDir)) });
  await stopLeftovers(dataDir, temporalDb);

  await assertPortsFree([
    { port: config.API_PORT, variable: 'API_PORT' },
    ...(cluster ? [{ port: cluster.ports.frontend, variable: 'TEMPORAL_CLUSTER_PORT' }] : []),
    ...(localTemporal && !cluster
      ? [
          { port: config.TEMPORAL_PORT, variable: 'TEMPORAL_PORT' },
          { port: config.TEMPORAL_UI_PORT, variable: 'TEMPORAL_UI_PORT' },
        ]
      : []),
    ...(localMail
      ? [
          { port: config.MAIL_SMTP_PORT, variable: 'MAIL_SMTP_PORT' },
          { port: config.MAIL_UI_PORT, variable: 'MAIL_UI_PORT' },
        ]
      : []),
  ]);

  const signingSecret = config.SIGNING_SECRET ?? localSigningSecret(dataDir);
  const effective: Config = { ...config, SIGNING_SECRET: signingSecret };

  let temporalUi = 'the Temporal UI of your cluster';
  const temporalReady = (async () => {
    if (!localTemporal || cluster) return;
    const cli = await ensureTemporalCli(log);
    const server = await supervise<DevServer>({
      name: 'Temporal dev server',
      start: () =>
        startDevServer({
          cli,
          port: config.TEMPORAL_PORT,
          uiPort: config.TEMPORAL_UI_PORT,
          namespace: config.TEMPORAL_NAMESPACE,
          dbFile: temporalDb,
          pidFile: path.join(dataDir, TEMPORAL_PID_FILE),
        }),
      log,
      giveUp,
      stopping: () => stopped !== undefined,
    });
    running.push({ name: 'Temporal dev server', stop: () => server.stop() });
    children['temporal'] = () => ({ running: server.running(), restarts: server.restarts() });
    effective.TEMPORAL_ADDRESS = server.current().address;
    temporalUi = server.current().uiUrl ?? temporalUi;
  })();
  const postgresReady = (async () => {
    const postgres: ResolvedPostgres = await resolvePostgres(config.DATABASE_URL, log, dataDir);
    running.push({ name: 'PostgreSQL', stop: () => postgres.stop() });
    const applied = await migrate(postgres.url, log);
    const pool = openPool(postgres.url, { max: 1 });
    try {
      const templates = await publishBuiltIns(pool);
      log(`Built-in templates: ${templates.map((template) => `${template.id}@${template.version}`).join(', ')}`);
    } finally {
      await pool.end();
    }
    log(`PostgreSQL (${postgres.source}) ready${applied.length ? `; applied migrations ${applied.join(', ')}` : ', schema up to date'}`);
    return { url: postgres.url, source: postgres.source };
  })();
  const clusterReady = (async () => {
    if (!cluster) return;
    const postgresUrl = cluster.postgresUrl ?? (await postgresReady).url;
    const started = await startCluster({
      dir: path.join(dataDir, 'cluster'),
      postgresUrl,
      database: cluster.database,
      ports: cluster.ports,
      shards: cluster.shards,
      namespaces: [...new Set(['default', config.TEMPORAL_NAMESPACE])],
      log,
      giveUp,
      stopping: () => stopped !== undefined,
    });
    running.push({ name: 'Temporal cluster', stop: () => started.stop() });
    children['temporal'] = () => ({ running: started.running(), restarts: started.restarts() });
    effective.TEMPORAL_ADDRESS = started.address;
    temporalUi = `none with the cluster; \`temporal --address ${started.address} workflow list\` (logs in ${path.join(dataDir, 'cluster', 'logs')})`;
  })();
  const mailReady = (async () => {
    if (!localMail) return { smtpUrl: config.SMTP_URL ?? '', inbox: 'your SMTP server' };
    const catcher = await supervise({
      name: 'mail catcher (MailDev)',
      start: () => startMailCatcher(config.MAIL_SMTP_PORT, config.MAIL_UI_PORT, { pidFile: path.join(dataDir, MAIL_PID_FILE) }),
      log,
      giveUp,
      stopping: () => stopped !== undefined,
    });
    running.push({ name: 'mail catcher', stop: () => catcher.stop() });
    children['mail'] = () => ({ running: catcher.running(), restarts: catcher.restarts() });
    return { smtpUrl: catcher.current().smtpUrl, inbox: catcher.current().inboxUrl };
  })();
  const bundleReady = bundleWorkflows(path.join(dataDir, 'workflow-bundle.js'));

  const [, database, mail, bundlePath] = await Promise.all([temporalReady, postgresReady, mailReady, bundleReady, clusterReady]);
  const databaseUrl = database.url;
  const worker: RunningWorker = await startWorker({ config: effective, databaseUrl, smtpUrl: mail.smtpUrl, taskQueue: config.TEMPORAL_TASK_QUEUE, workflowBundlePath: bundlePath });
  running.push({ name: 'worker', stop: () => worker.stop() });
  const api: RunningApi = await startApi(effective, databaseUrl, mail.smtpUrl, { children: () => Object.fromEntries(Object.entries(children).map(([name, state]) => [name, state()])) });
  running.push({ name: 'API', stop: () => api.stop() });

  recordStack(dataDir, { pid: process.pid, databaseUrl, smtpUrl: mail.smtpUrl, temporalAddress: effective.TEMPORAL_ADDRESS, apiUrl: api.url, mailInbox: mail.inbox });
  running.push({ name: 'stack record', stop: () => Promise.resolve(forgetStack(dataDir)) });

  // The embedded server's password is a fixed local one; a configured URL's is not shown.
  const shownDatabase = database.source === 'DATABASE_URL' ? withoutPassword(databaseUrl) : databaseUrl;
  log('Tandem is running:');
  log(`  API          ${api.url}  (health: ${api.url}/health, reference: ${api.url}/docs, document: ${api.url}/openapi.json)`);
  log(`  Temporal UI  ${temporalUi}`);
  log(`  Mail inbox   ${mail.inbox}`);
  log(`  PostgreSQL   ${shownDatabase}  (${database.source})`);
  log('Next: `npm run demo` seeds sample companies and prints a walkthrough; `npm run tandem -- keys create --company <id> --name <name>` makes an API key.');
  if (process.argv.includes('--demo')) {
    await runDemo((line) => console.log(line)).catch((error: unknown) => log(`The demo could not be seeded: ${error instanceof Error ? error.message : String(error)}`));
  }
  log('Press Ctrl-C to stop.');
  await worker.done;
}

/** Pid files of the children, kept in the data directory while they run. */
const TEMPORAL_PID_FILE = 'temporal.pid';
const MAIL_PID_FILE = 'maildev.pid';

/**
 * Stops what an earlier start on this data directory left running (it died without stopping
 * its children): the children recorded in pid files, and any Temporal server still on this
 * data directory's SQLite file, so never two servers write to one file.
 */
async function stopLeftovers(dataDir: string, temporalDb: string): Promise<void> {
  for (const [file, name] of [
    [TEMPORAL_PID_FILE, 'Temporal dev server'],
    [MAIL_PID_FILE, 'mail catcher'],
  ] as const) {
    const pid = await stopLeftover(path.join(dataDir, file));
    if (pid !== undefined) log(`Stopped a ${name} (pid ${pid}) that an earlier start left running.`);
  }
  for (const pid of processesMentioning(`--db-filename ${temporalDb}`)) {
    log(`Stopping a Temporal server (pid ${pid}) still using ${temporalDb}…`);
    await terminate(pid, 10_000);
  }
}

/** A child that keeps dying stops the whole stack, with the reason. */
function giveUp(reason: string): void {
  console.error(`[tandem] ${reason} Stopping the stack.`);
  void stopAll(1);
}

/** How long stopping may take before the process ends anyway (its children's watchdogs then stop them). */
const STOP_DEADLINE_MS = 30_000;

let stopped: Promise<void> | undefined;

/** Stops everything once, whoever asks first (a signal, or the worker ending); then exits. */
async function stopAll(exitCode: number): Promise<never> {
  setTimeout(() => {
    console.error(`[tandem] Stopping took longer than ${STOP_DEADLINE_MS / 1000} s; ending now.`);
    process.exit(exitCode || 1);
  }, STOP_DEADLINE_MS).unref();
  stopped ??= (async () => {
    for (const part of running.reverse()) {
      try {
        await part.stop();
      } catch (error) {
        console.error(`[tandem] stopping the ${part.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    log('Stopped.');
  })();
  await stopped;
  process.exit(exitCode);
}

process.on('SIGINT', () => {
  if (stopped) {
    log('Stopping now.');
    process.exit(1);
  }
  log('Stopping…');
  void stopAll(0);
});
process.on('SIGTERM', () => void stopAll(0));

main().then(
  () => stopAll(0),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof PortInUseError || error instanceof TemporalCliError || error instanceof DataDirInUseError || error instanceof ClusterInUseError || error instanceof GoInstallError;
    console.error(known ? error.message : `Tandem could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void stopAll(1);
  },
);

/**
 * A real Temporal cluster on PostgreSQL, the way production runs one: the server's four services
 * (history, matching, frontend, worker) as four processes of their own, 16 history shards, and
 * persistence in two PostgreSQL databases. Tandem's worker and API reach it through
 * TEMPORAL_ADDRESS exactly as they reach a cluster in production; nothing else knows.
 *
 * What `startCluster` does, each step safe to repeat on the next start:
 * 1. builds `server` and the `sql` schema tool from the Go module proxy into .tools/cluster-bin, once;
 * 2. creates the two databases (`<name>` and `<name>_visibility`) and brings their schema to the
 *    server's version with the sql tool (the schema files are embedded in it);
 * 3. writes the configuration from scripts/stack/cluster-config.yaml.tmpl;
 * 4. starts each service under a watchdog (it ends with its owner, however the owner dies) and a
 *    supervisor (a service that dies is started again on the same ports);
 * 5. waits for the frontend and registers the namespaces.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time.js';
import pg from 'pg';
import { z } from 'zod';
import { ConfigError } from '../../config.js';
import { goInstall } from './go-install.js';
import { isRunning, spawnOwned, stopLeftover } from './owned-child.js';
import { isPortFree, listens } from './ports.js';
import { projectRoot } from './paths.js';
import { supervise, type Running, type Supervised } from './supervisor.js';
import { stopChild } from './temporal-server.js';

/** The Temporal server version we build (the one the pinned CLI embeds). */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const PACKAGES = [`go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}`, `go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`];

/** Where the built `server` and `sql` binaries are kept (git-ignored), with a stamp of their version. */
export const clusterBin = path.join(projectRoot, '.tools', 'cluster-bin');

const TEMPLATE = path.join(projectRoot, 'scripts', 'stack', 'cluster-config.yaml.tmpl');
const DYNAMIC_CONFIG = path.join(projectRoot, 'scripts', 'stack', 'cluster-dynamic-config.yaml');

/** The server's services, in the order they start and the reverse of the order they stop. */
export const SERVICES = ['history', 'matching', 'frontend', 'worker'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The binaries of one server version. */
export interface ClusterBinaries {
  server: string;
  sql: string;
}

/** Returns the cluster's binaries, building them first when missing or of another version. */
export async function ensureClusterBinaries(log: (line: string) => void = console.log): Promise<ClusterBinaries> {
  const binaries = { server: path.join(clusterBin, 'server'), sql: path.join(clusterBin, 'sql') };
  const stamp = path.join(clusterBin, 'VERSION');
  const built = existsSync(binaries.server) && existsSync(binaries.sql) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === TEMPORAL_SERVER_VERSION;
  if (built) return binaries;
  await goInstall({ packages: PACKAGES, gobin: clusterBin, what: `the Temporal server ${TEMPORAL_SERVER_VERSION} and its sql tool`, log });
  writeFileSync(stamp, `${TEMPORAL_SERVER_VERSION}\n`);
  return binaries;
}

/** Where `npm run cluster` and `npm start -- --cluster` put their cluster; each variable is in the README. */
export interface ClusterSettings {
  /** PostgreSQL for the cluster; else DATABASE_URL's server, else what `npm start` would use. */
  postgresUrl: string | undefined;
  ports: ClusterPorts;
  shards: number;
  database: string;
}

/** The server stores each service's membership port in a smallint column: all ports stay below 32768. */
const MAX_BASE_PORT = 32_767 - 20;

const SettingsSchema = z.object({
  TEMPORAL_CLUSTER_POSTGRES_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:$/.test(safeProtocol(value)), 'use a URL such as postgres://user:password@host:5432/postgres')
    .optional(),
  TEMPORAL_CLUSTER_PORT: z.coerce.number().int().min(1024).max(MAX_BASE_PORT, `use a port up to ${MAX_BASE_PORT}: the services' membership ports (+10…+13) are stored as smallint`).default(7300),
  TEMPORAL_CLUSTER_SHARDS: z.coerce.number().int().min(1).max(16_384).default(16),
  TEMPORAL_CLUSTER_DATABASE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,40}$/, 'use lower-case letters, digits and underscores')
    .default('temporal'),
});

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/**
 * Whether `npm start` runs the cluster instead of the dev server: `npm start -- --cluster`, or
 * TANDEM_TEMPORAL=cluster (TANDEM_TEMPORAL=dev, the default, keeps the dev server).
 */
export function wantsCluster(argv: string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  const chosen = env['TANDEM_TEMPORAL'] || 'dev';
  if (chosen !== 'dev' && chosen !== 'cluster') throw new ConfigError([`TANDEM_TEMPORAL=${JSON.stringify(chosen)}: use dev or cluster`]);
  return argv.includes('--cluster') || chosen === 'cluster';
}

/** Reads the cluster's variables; throws {@link ConfigError} naming each bad one. */
export function clusterSettings(env: NodeJS.ProcessEnv = process.env): ClusterSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = SettingsSchema.safeParse(present);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}=${JSON.stringify(present[String(issue.path[0])] ?? '')}: ${issue.message}`));
  const settings = parsed.data;
  return {
    postgresUrl: settings.TEMPORAL_CLUSTER_POSTGRES_URL,
    ports: portsFrom(settings.TEMPORAL_CLUSTER_PORT),
    shards: settings.TEMPORAL_CLUSTER_SHARDS,
    database: settings.TEMPORAL_CLUSTER_DATABASE,
  };
}

/** Thrown when another start runs a cluster from the same folder; says what to do. */
export class ClusterInUseError extends Error {
  override name = 'ClusterInUseError';
}

/** The ports of the four services: gRPC for each, membership (ringpop) for each, HTTP for the frontend. */
export interface ClusterPorts {
  frontend: number;
  frontendHttp: number;
  frontendMembership: number;
  history: number;
  historyMembership: number;
  matching: number;
  matchingMembership: number;
  worker: number;
  workerMembership: number;
}

/** Ports laid out from the frontend's: services at +1…+3, membership at +10…+13, HTTP at +20. */
export function portsFrom(frontend: number): ClusterPorts {
  return {
    frontend,
    history: frontend + 1,
    matching: frontend + 2,
    worker: frontend + 3,
    frontendMembership: frontend + 10,
    historyMembership: frontend + 11,
    matchingMembership: frontend + 12,
    workerMembership: frontend + 13,
    frontendHttp: frontend + 20,
  };
}

/** A layout of {@link portsFrom} whose nine ports are all free now (for tests and side clusters). */
export async function freeClusterPorts(): Promise<ClusterPorts> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const ports = portsFrom(20_000 + Math.floor(Math.random() * (MAX_BASE_PORT - 20_000)));
    const all = [ports.frontend, ports.frontendHttp, ports.frontendMembership, ports.history, ports.historyMembership, ports.matching, ports.matchingMembership, ports.worker, ports.workerMembership];
    const free = await Promise.all(all.map((port) => isPortFree(port)));
    if (free.every(Boolean)) return ports;
  }
  throw new Error('found no free ports for a Temporal cluster between 20000 and 32767');
}

/** Options of {@link startCluster}. */
export interface ClusterOptions {
  /** The cluster's own folder: configuration, one log and one pid file per service. */
  dir: string;
  /** A PostgreSQL URL whose user may create databases; its database part is not used. */
  postgresUrl: string;
  /** The history database's name; the visibility database is `<name>_visibility`. */
  database: string;
  ports: ClusterPorts;
  /** History shards: fixed once the database exists (default 16). */
  shards?: number;
  /** Namespaces registered once the frontend answers. */
  namespaces: string[];
  /** The services' log level (default warn); their output goes to `<dir>/logs/<service>.log`. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  log: (line: string) => void;
  /** Called once when a service keeps dying or cannot start again. */
  giveUp: (reason: string) => void;
  /** True once the owner is stopping: a service exiting then is not restarted. */
  stopping?: () => boolean;
}

/** A running cluster. */
export interface TemporalCluster {
  /** The frontend's host:port, for TEMPORAL_ADDRESS. */
  address: string;
  /** The pid of a service's server process right now (undefined while it is down), for fault drills. */
  pid(service: ServiceName): number | undefined;
  /** Whether every service runs now. */
  running(): boolean;
  /** How often its services exited on their own, all together. */
  restarts(): number;
  /** Stops every service, frontend first, history last. */
  stop(): Promise<void>;
}

/** Builds (once), prepares and starts the cluster; resolves when the namespaces are usable. */
export async function startCluster(options: ClusterOptions): Promise<TemporalCluster> {
  const { log } = options;
  const binaries = await ensureClusterBinaries(log);
  await prepareDatabases(binaries.sql, options);
  const configDir = path.join(options.dir, 'config');
  const logDir = path.join(options.dir, 'logs');
  mkdirSync(configDir, { recursive: true });
  mkdirSync(logDir, { recursive: true });
  writeConfig(configDir, options);

  // A service an earlier start left running would hold the ports and write to the same databases.
  // Its watchdog still running means its owner still runs: that cluster is in use, not left over.
  for (const service of SERVICES) {
    const owner = readPid(pidFile(options.dir, service), 'watchdog');
    if (owner !== undefined && isRunning(owner)) {
      throw new ClusterInUseError(`A Temporal cluster started on ${options.dir} still runs (its ${service} service is watched by pid ${owner}). Stop it first, or give this one its own TANDEM_DATA_DIR.`);
    }
  }
  for (const service of SERVICES) {
    const pid = await stopLeftover(pidFile(options.dir, service));
    if (pid !== undefined) log(`Stopped a Temporal ${service} service (pid ${pid}) that an earlier start left running.`);
  }

  const args = (service: ServiceName) => ['--root', options.dir, '--config', 'config', '--env', CONFIG_ENV, '--allow-no-auth', 'start', '--service', service];
  const superviseService = (service: ServiceName) =>
    supervise<ServiceProcess>({
      name: `Temporal ${service} service`,
      start: () => startService(binaries.server, args(service), { service, port: service === 'worker' ? options.ports.workerMembership : options.ports[service], pidFile: pidFile(options.dir, service), logFile: path.join(logDir, `${service}.log`) }),
      log,
      giveUp: options.giveUp,
      ...(options.stopping ? { stopping: options.stopping } : {}),
    });
  // Each service records the cluster's metadata in the database when it starts, and two doing so
  // at once on a fresh database collide: history goes first, the other three then together.
  const history = await superviseService('history');
  const others = await Promise.allSettled([superviseService('matching'), superviseService('frontend'), superviseService('worker')]);
  const [matching, frontend, worker] = others.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
  if (!matching || !frontend || !worker) {
    for (const started of [worker, frontend, matching, history]) await started?.stop();
    const failed = others.find((result) => result.status === 'rejected');
    throw failed?.status === 'rejected' ? failed.reason : new Error('a Temporal service did not start');
  }
  const services: Record<ServiceName, Supervised<ServiceProcess>> = { history, matching, frontend, worker };
  const address = `127.0.0.1:${options.ports.frontend}`;
  const cluster: TemporalCluster = {
    address,
    pid: (service) => {
      const recorded = readPid(pidFile(options.dir, service));
      return recorded !== undefined && isRunning(recorded) ? recorded : undefined;
    },
    running: () => SERVICES.every((service) => services[service].running()),
    restarts: () => SERVICES.reduce((sum, service) => sum + services[service].restarts(), 0),
    async stop() {
      for (const service of [...SERVICES].reverse()) await services[service].stop();
    },
  };
  try {
    await registerNamespaces(address, options.namespaces, log);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

/** The configuration's file name without `.yaml`, as `server --env` wants it. */
const CONFIG_ENV = 'cluster';

function pidFile(dir: string, service: ServiceName): string {
  return path.join(dir, `${service}.pid`);
}

/** A pid from a service's pid file (scripts/stack/owned-child.ts): the server's, or its watchdog's. */
function readPid(file: string, which: 'pid' | 'watchdog' = 'pid'): number | undefined {
  try {
    const parsed = z.object({ pid: z.number().int().positive(), watchdog: z.number().int().positive() }).safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data[which] : undefined;
  } catch {
    return undefined;
  }
}

/** One service process (its watchdog) and how to stop it. */
interface ServiceProcess extends Running {
  log: WriteStream;
}

/**
 * Starts one service and resolves once it listens on `port`: its gRPC port, or for the worker
 * service (which serves no gRPC of its own) its membership port.
 */
async function startService(server: string, args: string[], options: { service: ServiceName; port: number; pidFile: string; logFile: string }): Promise<ServiceProcess> {
  const child = spawnOwned(server, args, { pidFile: options.pidFile, graceMs: 8_000 });
  const log = createWriteStream(options.logFile, { flags: 'a' });
  let tail = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.once('exit', () => log.end());
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  const deadline = Date.now() + 120_000;
  while (!(await listens('127.0.0.1', options.port, { attempts: 1, timeoutMs: 1000 }))) {
    if (exited !== undefined) throw new Error(`The Temporal ${options.service} service exited with code ${exited} during start-up (log: ${options.logFile}):\n${tail.trim().split('\n').slice(-10).join('\n')}`);
    if (Date.now() > deadline) {
      await stopChild(child, 2_000);
      throw new Error(`The Temporal ${options.service} service did not listen on port ${options.port} within 2 minutes (log: ${options.logFile}).`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { process: child, log, stop: () => stopChild(child) };
}

/** Fills the template: every `{{name}}` must have a value, so a typo fails here, not in the server. */
export function renderConfig(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${TEMPLATE} names {{${name}}}, which has no value`);
    // JSON strings are YAML double-quoted strings: a password with `:` or `#` stays one value.
    return typeof value === 'number' ? String(value) : JSON.stringify(value);
  });
}

function writeConfig(configDir: string, options: ClusterOptions): void {
  const postgres = new URL(options.postgresUrl);
  const dynamicConfigFile = path.join(configDir, 'dynamic.yaml');
  copyFileSync(DYNAMIC_CONFIG, dynamicConfigFile);
  const { ports } = options;
  const config = renderConfig(readFileSync(TEMPLATE, 'utf8'), {
    logLevel: options.logLevel ?? 'warn',
    numHistoryShards: options.shards ?? 16,
    database: options.database,
    visibilityDatabase: `${options.database}_visibility`,
    postgresAddress: `${postgres.hostname}:${postgres.port || '5432'}`,
    postgresUser: decodeURIComponent(postgres.username),
    postgresPassword: decodeURIComponent(postgres.password),
    frontendPort: ports.frontend,
    frontendHttpPort: ports.frontendHttp,
    frontendMembershipPort: ports.frontendMembership,
    historyPort: ports.history,
    historyMembershipPort: ports.historyMembership,
    matchingPort: ports.matching,
    matchingMembershipPort: ports.matchingMembership,
    workerPort: ports.worker,
    workerMembershipPort: ports.workerMembership,
    frontendAddress: `127.0.0.1:${ports.frontend}`,
    dynamicConfigFile,
  });
  writeFileSync(path.join(configDir, `${CONFIG_ENV}.yaml`), config, { mode: 0o600 });
}

/**
 * Creates the two databases when missing and brings their schema up to date: `setup-schema -v 0.0`
 * creates only the version tables (IF NOT EXISTS), and `update-schema` applies the versions not
 * yet applied, so both are safe on every start.
 */
async function prepareDatabases(sql: string, options: ClusterOptions): Promise<void> {
  const postgres = new URL(options.postgresUrl);
  const admin = new pg.Client({ connectionString: options.postgresUrl });
  await admin.connect();
  try {
    for (const name of [options.database, `${options.database}_visibility`]) {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await admin.end();
  }
  const connection = ['--plugin', 'postgres12', '--ep', postgres.hostname, '-p', postgres.port || '5432', '-u', decodeURIComponent(postgres.username)];
  // The password travels in the environment, not on a command line others can read.
  const env = { ...process.env, SQL_PASSWORD: decodeURIComponent(postgres.password) };
  for (const [name, schema] of [
    [options.database, 'postgresql/v12/temporal'],
    [`${options.database}_visibility`, 'postgresql/v12/visibility'],
  ] as const) {
    await runTool(sql, [...connection, '--db', name, 'setup-schema', '-v', '0.0'], env);
    await runTool(sql, [...connection, '--db', name, 'update-schema', '--schema-name', schema], env);
  }
  options.log(`Temporal databases ${options.database} and ${options.database}_visibility ready on ${postgres.hostname}:${postgres.port || '5432'}`);
}

function runTool(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.filter((arg) => !arg.startsWith('-')).slice(-3).join(' ')} failed (code ${code}):\n${output.trim().split('\n').slice(-10).join('\n')}`));
    });
  });
}

/**
 * Registers each namespace (an existing one is fine) and waits until the frontend serves it.
 * Right after start the services are still finding each other and answer "Not enough hosts to
 * serve the request"; that is retried.
 */
async function registerNamespaces(address: string, namespaces: string[], log: (line: string) => void): Promise<void> {
  const deadline = Date.now() + 180_000;
  let lastError = '';
  for (const namespace of namespaces) {
    for (;;) {
      try {
        const connection = await Connection.connect({ address, connectTimeout: 2000 });
        try {
          await connection.workflowService
            .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(`${RETENTION_DAYS} days`) })
            .catch((error: unknown) => {
              if (!(error instanceof Error && 'code' in error && error.code === ALREADY_EXISTS)) throw error;
            });
          await connection.workflowService.describeNamespace({ namespace });
          break;
        } finally {
          await connection.close();
        }
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        if (Date.now() > deadline) throw new Error(`The Temporal cluster at ${address} did not serve namespace ${namespace} within 3 minutes: ${lastError}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
  log(`Temporal cluster serves namespace${namespaces.length > 1 ? 's' : ''} ${namespaces.join(', ')} at ${address}`);
}

/** How long closed workflows stay visible (the dev server keeps them a day). */
const RETENTION_DAYS = 3;
/** gRPC status ALREADY_EXISTS. */
const ALREADY_EXISTS = 6;

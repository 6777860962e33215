/** Runs the API on a port with its own Temporal client, Postgres pool, SMTP transport, change feed and webhook dispatcher. */
import { createServer, type Server } from 'node:http';
import { Client, Connection, type ConnectionOptions } from '@temporalio/client';
import nodemailer from 'nodemailer';
import type { Resolver } from '../activities/webhooks/index.js';
import { allowsLocalWebhooks, publicBaseUrl, temporalConnectionOptions, webhookDestinationPolicy, type Config } from '../config.js';
import { createApi } from './app.js';
import { prepareConsoleAssets } from './console/assets.js';
import { ChangeFeed } from './changes.js';
import type { ChildState } from './health.js';
import { HandOverSweep } from './directory/hand-over-sweep.js';
import { LedgerReconciliation } from './ledger-reconciliation.js';
import { StartingSweep } from './starting-sweep.js';
import { boundedCalls } from './temporal-calls.js';
import { WebhookDispatcher } from './webhooks/dispatcher.js';
import { openPool } from '../activities/store/index.js';

/** A running API server. */
export interface RunningApi {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Options beyond the configuration (tests pass a free port and quiet logs). */
export interface ApiOptions {
  port?: number;
  quiet?: boolean;
  rateLimitPerMinute?: number;
  /** How webhook host names resolve (tests stand in for DNS); the system resolver otherwise. */
  webhookResolver?: Resolver;
  /** Which children of `npm start` run now and how often each restarted, for /health and /ready (see api/health.ts). */
  children?: () => Record<string, ChildState>;
  /**
   * Whether the console's bundle is built as the API starts (default), or only when the console
   * is first asked for (tests that never open it save the build's seconds of CPU).
   */
  buildConsoleAtStart?: boolean;
}

/** Starts the API on `config.API_PORT` (or `options.port`; 0 picks a free port). */
export async function startApi(config: Config, databaseUrl: string, smtpUrl: string, options: ApiOptions = {}): Promise<RunningApi> {
  // In the background, beside the connections below: the first visitor of /console does not pay for the build.
  if (options.buildConsoleAtStart ?? true) {
    prepareConsoleAssets((error) => {
      if (!options.quiet) console.error(JSON.stringify({ level: 'warn', msg: 'the console could not be built; it is tried again when it is asked for', error: error instanceof Error ? error.message : String(error) }));
    });
  }
  const connection = await connectTemporal({ ...temporalConnectionOptions(config), ...boundedCalls() }, options.quiet ?? false);
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  // Pipelined: a company read sends its row-level-security set-up, query and COMMIT in one
  // write (api/projection.ts). Code that awaits each query behaves exactly as without it.
  const pool = openPool(databaseUrl, { max: 20, pipeline: true });
  const transport = nodemailer.createTransport(smtpUrl);
  const changes = new ChangeFeed(databaseUrl);
  await changes.start();
  const destination = { ...webhookDestinationPolicy(config), ...(options.webhookResolver ? { resolve: options.webhookResolver } : {}) };
  const webhooks = new WebhookDispatcher({
    pool,
    databaseUrl,
    retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    destination,
    retentionDays: config.WEBHOOK_DELIVERY_RETENTION_DAYS,
  });
  await webhooks.start();
  const reconciliation = new LedgerReconciliation(pool, client, config.LEDGER_RECONCILE_INTERVAL_MS);
  reconciliation.start();
  const handOverSweep = new HandOverSweep(pool, client, config.HAND_OVER_SWEEP_INTERVAL_MS);
  handOverSweep.start();
  const startingSweep = new StartingSweep(pool, client, config.STARTING_SWEEP_INTERVAL_MS);
  startingSweep.start();
  const api = createApi({
    reconciliation,
    client,
    pool,
    transport,
    changes,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    signingSecret: config.SIGNING_SECRET,
    allowLocalWebhooks: allowsLocalWebhooks(config),
    webhookDestination: destination,
    signIn: {
      from: config.MAIL_FROM,
      publicBaseUrl: () => publicBaseUrl(config),
      linkMinutes: config.SIGN_IN_LINK_MINUTES,
      requestsPerMinute: config.SIGN_IN_REQUESTS_PER_MINUTE,
      sessionIdleMinutes: config.SESSION_IDLE_MINUTES,
      sessionMaxHours: config.SESSION_MAX_HOURS,
      allowHttpIssuer: allowsLocalWebhooks(config),
    },
    publicBaseUrl: publicBaseUrl(config),
    ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
    ...(options.rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute: options.rateLimitPerMinute }),
    ...(options.children === undefined ? {} : { children: options.children }),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = createServer(api);
    listening.once('error', reject);
    listening.listen(options.port ?? config.API_PORT, '0.0.0.0', () => resolve(listening));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? config.API_PORT);
  return {
    url: `http://localhost:${port}`,
    port,
    async stop() {
      // Stopping ends in bounded time whatever hangs (a query on a dead connection, a call to
      // an unreachable Temporal): each part gets what is left of STOP_DEADLINE_MS, then is left behind.
      const deadline = Date.now() + STOP_DEADLINE_MS;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      const parts: Array<[string, () => Promise<unknown>]> = [
        ['HTTP server', () => closed],
        ['ledger reconciliation', () => reconciliation.stop()],
        ['hand-over sweep', () => handOverSweep.stop()],
        ['starting-row sweep', () => startingSweep.stop()],
        ['webhook dispatcher', () => webhooks.stop()],
        ['change feed', () => changes.stop()],
        ['mail transport', () => Promise.resolve(transport.close())],
        ['database pool', () => pool.end()],
        ['Temporal connection', () => connection.close()],
      ];
      for (const [name, stopPart] of parts) {
        if (!(await finishesBy(deadline, stopPart))) console.error(JSON.stringify({ level: 'warn', msg: `stopping the API: the ${name} did not finish in time and is left behind` }));
      }
    },
  };
}

/** How long stopping the API may take in all. */
export const STOP_DEADLINE_MS = 8_000;

/** True when `work` settles (resolved or failed) before `deadline`. */
async function finishesBy(deadline: number, work: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([work().then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Connects to Temporal; when it does not answer, the API starts anyway on a connection that
 * keeps trying, so reads from Postgres are served and calls that need Temporal answer 503
 * until it is back (`/ready` says which).
 */
async function connectTemporal(options: ConnectionOptions, quiet: boolean): Promise<Connection> {
  try {
    return await Connection.connect(options);
  } catch (error) {
    if (!quiet) console.error(JSON.stringify({ level: 'warn', msg: `Temporal at ${options.address ?? 'localhost:7233'} does not answer; starting without it`, error: error instanceof Error ? error.message : String(error) }));
    return Connection.lazy(options);
  }
}

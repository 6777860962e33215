/** Runs the API on a port with its own Temporal client, Postgres pool, SMTP transport, change feed and webhook dispatcher. */
import { createServer, type Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import nodemailer from 'nodemailer';
import pg from 'pg';
import type { Resolver } from '../activities/webhooks/destination.js';
import { allowsLocalWebhooks, publicBaseUrl, temporalConnectionOptions, webhookDestinationPolicy, type Config } from '../config.js';
import { createApi } from './app.js';
import { ChangeFeed } from './changes.js';
import { HandOverSweep } from './directory/hand-over-sweep.js';
import { LedgerReconciliation } from './ledger-reconciliation.js';
import { WebhookDispatcher } from './webhooks/dispatcher.js';

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
}

/** Starts the API on `config.API_PORT` (or `options.port`; 0 picks a free port). */
export async function startApi(config: Config, databaseUrl: string, smtpUrl: string, options: ApiOptions = {}): Promise<RunningApi> {
  const connection = await Connection.connect(temporalConnectionOptions(config));
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  // Pipelined: a company read sends its row-level-security set-up, query and COMMIT in one
  // write (api/projection.ts). Code that awaits each query behaves exactly as without it.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20, pipeline: true });
  // An idle client losing its connection (a database restart) must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error(JSON.stringify({ level: 'error', msg: 'idle database connection lost', error: error.message })));
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
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reconciliation.stop();
      await handOverSweep.stop();
      await webhooks.stop();
      await changes.stop();
      transport.close();
      await pool.end();
      await connection.close();
    },
  };
}

/**
 * Everything one test file needs, all real: its own database (a copy of the migrated
 * template), its own SMTP server, its own task queue and worker on the shared Temporal
 * dev server, and a client.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import pg from 'pg';
import { inject } from 'vitest';
import type { Resolver } from '../../activities/webhooks/destination.js';
import { startApi, type RunningApi } from '../../api/server.js';
import { loadConfig, type Config } from '../../config.js';
import { startWorker, type RunningWorker } from '../../worker.js';
import { createDatabase, dropDatabase, adminUrl } from './database.js';
import { startTestSmtp, type TestSmtp } from './smtp.js';

/** A test's own slice of the real stack. */
export interface TestStack {
  config: Config;
  /** The environment the stack was configured from, for a worker or API run as a process of its own. */
  environment: Record<string, string>;
  client: Client;
  pool: pg.Pool;
  databaseUrl: string;
  smtp: TestSmtp;
  taskQueue: string;
  worker: RunningWorker;
  /** The HTTP API, when started with `{ api: true }`. */
  api: RunningApi | undefined;
  /** Stops the worker and starts a fresh one on the same queue (a worker crash or deploy). */
  restartWorker(): Promise<void>;
  stop(): Promise<void>;
}

// The SDK's info logs (worker state changes) drown test output; warnings still show.
Runtime.install({ logger: new DefaultLogger('WARN') });

/** What a test file needs beyond the worker. */
export interface TestStackOptions {
  /** Also run the HTTP API (on a free port, quiet logs). */
  api?: boolean;
  rateLimitPerMinute?: number;
  /** Stands in for DNS when webhook host names are resolved (the system resolver otherwise). */
  webhookResolver?: Resolver;
  /** How often the API reconciles ended instances that still hold funds (default: never). */
  ledgerReconcileMs?: number;
  /** A Temporal server of the test's own (default: the run's shared dev server). */
  temporalAddress?: string;
  /** Build the console's bundle as the API starts, as `npm start` does (default: on its first request, so files that never open it skip the build). */
  console?: boolean;
  /** Further configuration (variables as in the README), e.g. the mail dispatcher's timeouts. */
  env?: Record<string, string>;
}

/** Starts a test stack; call `stop` in afterAll. */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const suffix = randomUUID().slice(0, 8);
  const databaseName = `tandem_test_${suffix}`;
  const databaseUrl = await createDatabase(databaseName, inject('templateDatabase'));
  const smtp = await startTestSmtp();
  const taskQueue = `test-${suffix}`;
  const environment: Record<string, string> = {
    TEMPORAL_ADDRESS: options.temporalAddress ?? inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: taskQueue,
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    SIGNING_SECRET: `test-signing-secret-${suffix}-0123456789abcdef`,
    // Webhook retries after ~100, ~200 and ~400 ms instead of seconds, and give up after four attempts.
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_MAX_ATTEMPTS: '4',
    WEBHOOK_TIMEOUT_MS: '2000',
    // Test receivers listen on 127.0.0.1; every other internal address stays refused.
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
    // Tests sign people in many times a minute from one address.
    SIGN_IN_REQUESTS_PER_MINUTE: '10000',
    // Off unless a test looks at it: each pass asks Temporal about every request holding funds.
    LEDGER_RECONCILE_INTERVAL_MS: String(options.ledgerReconcileMs ?? 0),
    // Mail retries after ~100, ~200, ~400 ms instead of half a minute.
    MAIL_RETRY_BASE_MS: '100',
    MAIL_SMTP_TIMEOUT_MS: '5000',
    ...options.env,
  };
  const config = loadConfig(environment);
  const workerOptions = { config, databaseUrl, smtpUrl: smtp.url, taskQueue, workflowBundlePath: inject('workflowBundlePath') };
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  // Dropping the database at the end ends idle clients; that must not fail the run.
  pool.on('error', () => {});
  const api = options.api
    ? await startApi(config, databaseUrl, smtp.url, {
        port: 0,
        quiet: true,
        buildConsoleAtStart: options.console ?? false,
        ...(options.rateLimitPerMinute ? { rateLimitPerMinute: options.rateLimitPerMinute } : {}),
        ...(options.webhookResolver ? { webhookResolver: options.webhookResolver } : {}),
      })
    : undefined;
  // Links in mails point at the test's own API.
  if (api) config.PUBLIC_BASE_URL = environment['PUBLIC_BASE_URL'] = api.url;
  const stack: TestStack = {
    config,
    environment,
    client,
    pool,
    databaseUrl,
    smtp,
    taskQueue,
    worker: await startWorker(workerOptions),
    api,
    async restartWorker() {
      await stack.worker.stop();
      stack.worker = await startWorker(workerOptions);
    },
    async stop() {
      await stack.api?.stop();
      await stack.worker.stop();
      await connection.close();
      await pool.end();
      await smtp.stop();
      await dropDatabase(adminUrl(), databaseName);
    },
  };
  return stack;
}

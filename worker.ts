/**
 * Wires the activities to their dependencies (Postgres pool, SMTP transport) and runs a
 * Temporal worker for the interpreter workflow, with the mail dispatcher beside it.
 */
import { Client } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { createActivities } from './activities/index.js';
import { MailDispatcher } from './activities/mail/dispatcher.js';
import { mailLeaseMs, publicBaseUrl, temporalConnectionOptions, workerTuning, type Config } from './config.js';
import { sharedWorkflowModules, workflowsPath } from './scripts/stack/bundle.js';
import { openPool } from './activities/store/pool.js';

/** What a worker needs; tests pass their own database, SMTP server and task queue. */
export interface WorkerOptions {
  config: Config;
  databaseUrl: string;
  smtpUrl: string;
  taskQueue: string;
  /** A pre-built workflow bundle file; without it the worker bundles on start (slow). */
  workflowBundlePath?: string;
}

/** A running worker and how to stop it. */
export interface RunningWorker {
  worker: Worker;
  /** Stops polling and sending mail, waits for in-flight work, closes the pool and connection. */
  stop(): Promise<void>;
  /** Resolves when the worker has stopped for any reason. */
  done: Promise<void>;
}

/** Creates and starts a worker. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { config } = options;
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  const pool = openPool(options.databaseUrl, { max: 10 });
  // Every wait on the relay is bounded, well within the dispatcher's lease on the mail.
  const timeout = config.MAIL_SMTP_TIMEOUT_MS;
  const transport = nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  const mail = { pool, transport, from: config.MAIL_FROM, publicBaseUrl: publicBaseUrl(config), signingSecret: config.SIGNING_SECRET };
  const activities = createActivities(mail);
  const dispatcher = new MailDispatcher({
    ...mail,
    databaseUrl: options.databaseUrl,
    temporal: new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
    retryBaseMs: config.MAIL_RETRY_BASE_MS,
    maxAttempts: config.MAIL_MAX_ATTEMPTS,
    leaseMs: mailLeaseMs(config),
  });
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: options.taskQueue,
    activities,
    ...workerTuning(config),
    ...(options.workflowBundlePath
      ? { workflowBundle: { codePath: options.workflowBundlePath } }
      : { workflowsPath, bundlerOptions: { preloadModules: [...sharedWorkflowModules] } }),
  });
  await dispatcher.start();
  const done = worker.run().finally(async () => {
    await dispatcher.stop();
    transport.close();
    await pool.end();
    await connection.close();
  });
  return {
    worker,
    done,
    stop: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}

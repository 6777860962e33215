/**
 * A Temporal worker in a process of its own, wired exactly as worker.ts wires production
 * (real Postgres, real SMTP); only the workflow bundle differs: Tandem's interpreter, or
 * the hand-coded baselines. Answers `memory` with its RSS after garbage collection.
 */
import { DefaultLogger, makeTelemetryFilterString, Runtime } from '@temporalio/worker';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { startWorker } from '../../worker.js';
import { childOptions, serveParent, settledMemory } from '../child.js';

const Options = z.object({
  temporalAddress: z.string(),
  namespace: z.string(),
  taskQueue: z.string(),
  databaseUrl: z.string(),
  smtpUrl: z.string(),
  signingSecret: z.string(),
  publicBaseUrl: z.string(),
  bundlePath: z.string(),
});

const options = childOptions(Options);
// Under the benchmarks' bursts the SDK warns about every slow workflow task; the figures say it once.
Runtime.install({ logger: new DefaultLogger('ERROR'), telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR', other: 'ERROR' }) } } });
const config = loadConfig({
  ...process.env,
  TEMPORAL_ADDRESS: options.temporalAddress,
  TEMPORAL_NAMESPACE: options.namespace,
  TEMPORAL_TASK_QUEUE: options.taskQueue,
  DATABASE_URL: options.databaseUrl,
  SMTP_URL: options.smtpUrl,
  SIGNING_SECRET: options.signingSecret,
  PUBLIC_BASE_URL: options.publicBaseUrl,
});
const worker = await startWorker({ config, databaseUrl: options.databaseUrl, smtpUrl: options.smtpUrl, taskQueue: options.taskQueue, workflowBundlePath: options.bundlePath });
serveParent({ taskQueue: options.taskQueue }, { memory: () => settledMemory() }, () => worker.stop());

/**
 * `npm run worker`: one Temporal worker as a process of its own, for production where
 * workers scale apart from the API. Runs the migrations (under node-pg-migrate's lock), bundles
 * the workflow code once, and stops gracefully on SIGTERM (in-flight activities finish).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Runtime } from '@temporalio/worker';
import { migrate } from '../activities/store/migrate.js';
import { loadConfig } from '../config.js';
import { startWorker } from '../worker.js';
import { bundleWorkflows } from './stack/bundle.js';
import { reportStartFailure, resolveServices, stopOnSignal } from './stack/services.js';
import { withoutPassword } from './stack/stack-file.js';

const log = (line: string) => console.log(`[worker] ${line}`);

async function main(): Promise<void> {
  const { config, databaseUrl, smtpUrl } = await resolveServices(loadConfig());
  // The SDK's own figures (sticky cache size, task slots, schedule-to-start latency, polls),
  // before any connection: the runtime is set up once per process.
  if (config.WORKER_METRICS_PORT !== undefined) {
    Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: `0.0.0.0:${config.WORKER_METRICS_PORT}` } } } });
    log(`Metrics (Prometheus) on http://localhost:${config.WORKER_METRICS_PORT}/metrics`);
  }
  await migrate(databaseUrl, log);
  const bundlePath = path.join(tmpdir(), `tandem-workflow-bundle-${process.pid}.js`);
  await bundleWorkflows(bundlePath);
  const worker = await startWorker({ config, databaseUrl, smtpUrl, taskQueue: config.TEMPORAL_TASK_QUEUE, workflowBundlePath: bundlePath });
  stopOnSignal('worker', async () => {
    log('Stopping (finishing in-flight work)…');
    await worker.stop();
  });
  log(`Polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS} (namespace ${config.TEMPORAL_NAMESPACE}); database ${withoutPassword(databaseUrl)}`);
  try {
    await worker.done;
  } finally {
    rmSync(bundlePath, { force: true });
  }
  log('Stopped.');
}

main().then(
  () => process.exit(0),
  (error: unknown) => reportStartFailure('The worker', error),
);

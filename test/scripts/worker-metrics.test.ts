/**
 * `npm run worker` with WORKER_METRICS_PORT serves the Temporal SDK's worker figures in Prometheus
 * format, and the WORKER_* tuning reaches the worker: the free workflow task slots are the
 * configured number.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../scripts/stack/ports.js';
import { adminUrl, createDatabase, dropDatabase } from '../support/database.js';
import { eventually } from '../support/eventually.js';
import { npmRun, waitForLine, type Running } from '../support/npm-run.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';

const suffix = randomUUID().slice(0, 8);
const databaseName = `tandem_test_worker_metrics_${suffix}`;
let smtp: TestSmtp;
let worker: Running;
let metricsPort: number;

beforeAll(async () => {
  const databaseUrl = await createDatabase(databaseName, inject('templateDatabase'));
  smtp = await startTestSmtp();
  metricsPort = await freePort();
  worker = npmRun('worker', {
    NODE_ENV: 'production',
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: `metrics-${suffix}`,
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    SIGNING_SECRET: `metrics-signing-secret-${suffix}-0123456789`,
    WORKER_METRICS_PORT: String(metricsPort),
    WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '7',
    WORKER_MAX_CACHED_WORKFLOWS: '50',
  });
  await waitForLine(worker, 'Polling task queue');
});
afterAll(async () => {
  worker?.child.kill('SIGTERM');
  await worker?.exited;
  await smtp?.stop();
  await dropDatabase(adminUrl(), databaseName);
});

describe('a worker process with WORKER_METRICS_PORT', () => {
  it('serves its task slots and pollers in Prometheus format, with the configured slot count', async () => {
    const metrics = await eventually(async () => {
      const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toMatch(/temporal_worker_task_slots_available\{[^}]*worker_type="WorkflowWorker"[^}]*\} 7\b/);
      return text;
    }, 30_000, 250);
    expect(metrics).toContain('temporal_num_pollers');
    expect(worker.output()).toContain(`Metrics (Prometheus) on http://localhost:${metricsPort}/metrics`);
  });
});

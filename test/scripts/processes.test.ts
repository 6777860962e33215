/**
 * `npm run worker` and `npm run api` as production runs them: two processes of their own,
 * configured only by the environment, that together carry an instance from its start over the
 * API to its task mail, and stop cleanly on SIGTERM.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiKey } from '../../api/auth/keys.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { freePort } from '../../scripts/stack/ports.js';
import { directory, globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { adminUrl, createDatabase, dropDatabase } from '../support/database.js';
import { enrol } from '../support/directory.js';
import { npmRun, waitForLine } from '../support/npm-run.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';

const template: TemplateInput = {
  id: 'split-processes',
  version: 1,
  title: 'Split processes',
  parties,
  inputs: {},
  steps: [
    { id: 'review', kind: 'approval', title: 'Review the request', approvers: ['vendor.manager'], status: 'In review', next: { approve: 'ok', reject: 'no', request_changes: 'no' } },
    { id: 'ok', kind: 'end', status: 'Approved' },
    { id: 'no', kind: 'end', status: 'Denied' },
  ],
};

const suffix = randomUUID().slice(0, 8);
const databaseName = `tandem_test_processes_${suffix}`;
let smtp: TestSmtp;
let env: Record<string, string>;
let apiPort: number;

beforeAll(async () => {
  const databaseUrl = await createDatabase(databaseName, inject('templateDatabase'));
  smtp = await startTestSmtp();
  apiPort = await freePort();
  env = {
    NODE_ENV: 'production',
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: `processes-${suffix}`,
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    SIGNING_SECRET: `processes-signing-secret-${suffix}-0123456789`,
    API_PORT: String(apiPort),
    PUBLIC_BASE_URL: `http://localhost:${apiPort}`,
  };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => {});
  try {
    await publishTemplate(pool, template);
    await enrol({ pool }, directory);
  } finally {
    await pool.end();
  }
});
afterAll(async () => {
  await smtp?.stop();
  await dropDatabase(adminUrl(), databaseName);
});

describe('separate worker and API processes', () => {
  it('run an instance together from the API call to the task mail, and stop on SIGTERM with exit code 0', async () => {
    const worker = npmRun('worker', env);
    const api = npmRun('api', env);
    try {
      await Promise.all([waitForLine(worker, 'Polling task queue'), waitForLine(api, 'Serving')]);
      const pool = new pg.Pool({ connectionString: env['DATABASE_URL'], max: 1 });
      pool.on('error', () => {});
      const key = await createApiKey(pool, globex, 'processes test', ['read', 'act']).finally(() => pool.end());

      const started = await fetch(`http://127.0.0.1:${apiPort}/instances`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ templateId: template.id, businessKey: 'split-1', bindings: startBindings, input: {}, initiator: paul }),
      });
      expect(started.status).toBe(201);
      const mail = await smtp.waitFor((message) => message.to.includes(vera.email) && message.subject.includes('Review the request'));
      expect(mail.text).toContain(`http://localhost:${apiPort}/act/`);
    } finally {
      worker.child.kill('SIGTERM');
      api.child.kill('SIGTERM');
    }
    expect(await worker.exited).toBe(0);
    expect(await api.exited).toBe(0);
    expect(worker.output()).toContain('Stopped.');
  }, 180_000);

  it('refuses to start in production without a database, mail server and signing secret, naming each', async () => {
    const run = npmRun('api', { NODE_ENV: 'production', API_PORT: String(apiPort) });
    expect(await run.exited).toBe(1);
    for (const name of ['DATABASE_URL', 'SMTP_URL', 'SIGNING_SECRET']) expect(run.output()).toContain(`${name}: required when NODE_ENV=production`);
  });
});

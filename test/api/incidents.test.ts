/**
 * Run-time problems become incidents, not retries: a condition that validates but fails at run
 * time, and a projection the database refuses, stop the instance in a visible incident that
 * GET, /health, /metrics and a webhook report, and that an admin retries or cancels.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instanceId } from '../../api/instances.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { projectRoot } from '../../scripts/stack/paths.js';
import { acme, globex, parties, paul, startBindings } from '../fixtures/people.js';
import { enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

interface IncidentAnswer {
  id: string;
  kind: string;
  stepId: string | null;
  error: string;
  at: string;
}
interface View {
  id: string;
  status: string;
  lifecycle: string;
  incident: IncidentAnswer | null;
  tasks: Array<{ id: string; stepId: string; status: string }>;
}

/** Divides by a count the start gives: validation cannot know it will be 0. */
const template: TemplateInput = {
  id: 'api-incident',
  version: 1,
  title: 'Split a budget',
  parties,
  inputs: { total: { type: 'integer', required: true }, parts: { type: 'integer', required: true } },
  steps: [
    { id: 'count', kind: 'action', action: 'record', with: { name: 'parts', value: 'input.parts' }, next: 'route' },
    { id: 'route', kind: 'decision', status: 'Routing', cases: [{ when: 'input.total / vars.parts > 10', next: 'sign' }], otherwise: 'done' },
    { id: 'sign', kind: 'task', owner: 'vendor.manager', status: 'Signing', next: 'done' },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
};

let stack: TestStack;
let globexKey: string;
let acmeAdmin: string;
let acmeActor: string;
let server: Server;
const received: Array<{ type: string; instance: { id: string } }> = [];

beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, template);
  await enrolFixtures(stack);
  globexKey = await keyFor(stack, globex);
  acmeAdmin = await keyFor(stack, acme, ['read', 'admin']);
  acmeActor = await keyFor(stack, acme, ['read', 'act']);
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as (typeof received)[number]);
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const subscribed = await call(stack, 'POST', '/webhooks', { key: acmeAdmin, body: { url: `http://127.0.0.1:${port}/hooks`, events: ['instance.incident'] } });
  expect(subscribed.status).toBe(201);
});
afterAll(async () => {
  await stack?.stop();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function start(businessKey: string, parts: number): Promise<string> {
  const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: { templateId: 'api-incident', businessKey, bindings: startBindings, input: { total: 100, parts }, initiator: paul.email } });
  expect(started.status).toBe(201);
  expect(started.body.id).toBe(instanceId('api-incident', businessKey, globex));
  return started.body.id;
}

async function incidentOf(id: string): Promise<View> {
  return eventually(async () => {
    const answer = await call<View>(stack, 'GET', `/instances/${id}`, { key: acmeAdmin });
    if (!answer.body.incident) throw new Error(`no incident yet: ${answer.body.status}`);
    return answer.body;
  });
}

/** The workflow task never failed: no retry loop behind the incident. */
async function expectNoWorkflowTaskFailures(id: string): Promise<void> {
  const history = await stack.client.workflow.getHandle(id).fetchHistory();
  const failed = (history.events ?? []).filter((event) => event.workflowTaskFailedEventAttributes);
  expect(failed).toEqual([]);
}

/** `/health` counts an open incident within a round of its probes (a second apart). */
async function expectHealthCountsAnIncident(): Promise<void> {
  await eventually(async () => {
    const health = await call<{ incidents: { open: number } }>(stack, 'GET', '/health');
    expect(health.body.incidents.open).toBeGreaterThanOrEqual(1);
  }, 3_000, 100);
}

describe('incidents', () => {
  it('shows a condition that divides by zero at run time as an incident with step, error and time; /health, /metrics and a webhook report it', async () => {
    const id = await start('zero-1', 0);
    const view = await incidentOf(id);
    expect(view.lifecycle).toBe('running');
    expect(view.incident).toMatchObject({ kind: 'step', stepId: 'route' });
    expect(view.incident?.error).toMatch(/divi/i);
    expect(Date.parse(view.incident?.at ?? '')).toBeGreaterThan(0);
    await expectNoWorkflowTaskFailures(id);

    await expectHealthCountsAnIncident();
    const metrics = await call<string>(stack, 'GET', '/metrics');
    expect(String(metrics.body)).toMatch(/tandem_open_incidents [1-9]/);
    await eventually(() => {
      if (!received.some((event) => event.type === 'instance.incident' && event.instance.id === id)) throw new Error('no webhook yet');
    });
  });

  it('retries the step after an admin sets the variable it reads, and the instance goes on', async () => {
    const id = await start('zero-2', 0);
    await incidentOf(id);
    const notAdmin = await call<{ error: { code: string } }>(stack, 'POST', `/instances/${id}/incident/retry`, { key: acmeActor, body: { reason: 'try' } });
    expect(notAdmin.status).toBe(403);
    const retried = await call<View>(stack, 'POST', `/instances/${id}/incident/retry`, { key: acmeAdmin, body: { reason: 'two parts, as agreed', vars: { parts: 2 } } });
    expect(retried.status).toBe(200);
    expect(retried.body.incident).toBeNull();
    expect(retried.body.status).toBe('Signing');
    expect(retried.body.tasks.filter((task) => task.status === 'open').map((task) => task.stepId)).toEqual(['sign']);
    const timeline = await call<{ events: Array<{ type: string; outcome: string | null }> }>(stack, 'GET', `/instances/${id}/timeline`, { key: acmeAdmin });
    expect(timeline.body.events.map((event) => event.type)).toEqual(expect.arrayContaining(['incident', 'incident_resolved']));
    const again = await call<{ error: { code: string } }>(stack, 'POST', `/instances/${id}/incident/retry`, { key: acmeAdmin, body: { reason: 'again' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('no_incident');
  });

  it('cancels an instance stopped in an incident', async () => {
    const id = await start('zero-3', 0);
    await incidentOf(id);
    const cancelled = await call<View>(stack, 'POST', `/instances/${id}/incident/cancel`, { key: acmeAdmin, body: { reason: 'cannot be split' } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ lifecycle: 'cancelled', incident: null });
    await eventually(async () => {
      const answer = await call<View>(stack, 'GET', `/instances/${id}`, { key: globexKey });
      if (answer.body.lifecycle !== 'cancelled') throw new Error(answer.body.lifecycle);
    });
  });

  it('shows a first projection write the database refuses as an incident on the row the start wrote, and writes it once ops retry', async () => {
    // The database takes the starting row, and refuses every later write of these instances.
    await stack.pool.query(`ALTER TABLE instances ADD CONSTRAINT refuse_first_write CHECK (business_key NOT LIKE 'refused-%' OR status = 'Starting')`);
    let id: string;
    try {
      id = await start('refused-1', 2);
      const view = await incidentOf(id);
      expect(view).toMatchObject({ status: 'Starting', lifecycle: 'running', incident: { kind: 'projection' } });
      expect(view.incident?.error).toMatch(/refuse_first_write/);
      await expectNoWorkflowTaskFailures(id);
      await expectHealthCountsAnIncident();
    } finally {
      await stack.pool.query('ALTER TABLE instances DROP CONSTRAINT refuse_first_write');
    }
    const retried = await call<View>(stack, 'POST', `/instances/${id}/incident/retry`, { key: acmeAdmin, body: { reason: 'constraint dropped' } });
    expect(retried.status).toBe(200);
    const written = await eventually(async () => {
      const answer = await call<View>(stack, 'GET', `/instances/${id}`, { key: globexKey });
      if (answer.body.status === 'Starting' || answer.body.incident) throw new Error(`not written yet: ${answer.body.status}`);
      return answer.body;
    });
    expect(written).toMatchObject({ status: 'Signing', incident: null });
  });

  it('lets the operator retry from the command line', async () => {
    const id = await start('zero-cli', 0);
    await incidentOf(id);
    const retried = await tandem('incident', 'retry', id, '--reason', 'two parts', '--vars', '{"parts":2}');
    expect(retried).toMatchObject({ code: 0, stdout: 'running: Signing\n' });
    const none = await tandem('incident', 'cancel', id, '--reason', 'again');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no open incident/);
    expect((await tandem('incident', 'retry', id)).code).toBe(2);
  });
});

function tandem(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/tandem.ts', ...args], {
      cwd: projectRoot,
      env: { PATH: process.env['PATH'] ?? '', TEMPORAL_ADDRESS: stack.config.TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE: stack.config.TEMPORAL_NAMESPACE, DATABASE_URL: stack.databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

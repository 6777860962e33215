/**
 * A deactivation whose hand-over never ran (the process died after the person row was
 * committed): the periodic sweep hands the inactive person's open tasks on, and the CLI's
 * `people deactivate` on the already inactive person does the same.
 */
import { spawn } from 'node:child_process';
import { InstanceClient } from '../../api/instance-client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepHandOvers } from '../../api/directory/hand-over-sweep.js';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { projectRoot } from '../../scripts/stack/paths.js';
import { acme, dora, fin, globex, parties, paul, startBindings, vera } from '../fixtures/people.js';
import { enrolFixtures } from '../support/directory.js';
import { eventually } from '../support/eventually.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const template: TemplateInput = {
  id: 'handover-sweep',
  version: 1,
  title: 'Hand-over sweep',
  parties,
  admins: ['vendor.director'],
  steps: [
    { id: 'review', kind: 'approval', approvers: ['vendor.manager', 'vendor.finance'], next: { approve: 'done', reject: 'done', request_changes: 'done' } },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
};

let stack: TestStack;
let globexKey: string;
beforeAll(async () => {
  stack = await startTestStack({ api: true, rateLimitPerMinute: 100_000 });
  await publishTemplate(stack.pool, template);
  await enrolFixtures(stack);
  await keyFor(stack, acme);
  globexKey = await keyFor(stack, globex);
});
afterAll(async () => {
  await stack?.stop();
});

function tandem(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/tandem.ts', ...args], {
      cwd: projectRoot,
      env: { PATH: process.env['PATH'] ?? '', TEMPORAL_ADDRESS: stack.config.TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE: stack.config.TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE: stack.taskQueue, DATABASE_URL: stack.databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts an instance and waits until the projection shows its open review tasks. */
async function started(businessKey: string): Promise<string> {
  const answer = await call<{ id: string }>(stack, 'POST', '/instances', { key: globexKey, body: { templateId: 'handover-sweep', businessKey, bindings: startBindings, input: {}, initiator: paul.email } });
  expect(answer.status).toBe(201);
  await eventually(async () => {
    const open = await stack.pool.query(`SELECT 1 FROM tasks WHERE instance_id = $1 AND status = 'open'`, [answer.body.id]);
    expect(open.rows.length).toBe(2);
  });
  return answer.body.id;
}

/** What the process managed before it died: the person row is inactive, their tasks untouched. */
async function deactivatedWithoutHandOver(email: string): Promise<void> {
  await stack.pool.query('UPDATE people SET active = false WHERE company_id = $1 AND email = $2', [acme, email]);
}

const holdersOf = async (id: string, taskId: string) => (await new InstanceClient(stack.client).state(id)).tasks.find((task) => task.id === taskId)?.assignees.map((person) => person.email);

describe('finishing a deactivation that was cut short', () => {
  it('the sweep hands an inactive person’s open tasks to the party’s admins, once', async () => {
    const id = await started('sweep-1');
    await deactivatedWithoutHandOver(fin.email);
    expect(await holdersOf(id, 'review.1.vendor.finance')).toEqual([fin.email]);

    const report = await sweepHandOvers(stack.pool, stack.client);
    expect(report.people).toEqual([{ companyId: acme, email: fin.email, handedOver: [id] }]);
    expect(await holdersOf(id, 'review.1.vendor.finance')).toEqual([dora.email]);
    // The projection catches up; the next pass finds nothing left to do.
    await eventually(async () => expect((await sweepHandOvers(stack.pool, stack.client)).people).toEqual([]));
  });

  it('the CLI deactivating someone already inactive hands their open tasks on', async () => {
    // Finance is back (the test above left nobody to hold the role), so a new instance can start.
    await stack.pool.query('UPDATE people SET active = true WHERE company_id = $1 AND email = $2', [acme, fin.email]);
    const id = await started('sweep-2');
    await deactivatedWithoutHandOver(vera.email);
    expect(await holdersOf(id, 'review.1.vendor.manager')).toEqual([vera.email]);

    const result = await tandem('people', 'deactivate', '--company', acme, '--email', vera.email);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Vera also still reviews in the instance of the test above.
    expect(result.stdout).toContain(`already inactive ${vera.email}; handed on their tasks in 2 instance(s)`);
    expect(await holdersOf(id, 'review.1.vendor.manager')).toEqual([dora.email]);
  });
});

/**
 * The smallest path through every real part: Temporal runs the workflow, its activities
 * write to Postgres and send mail over SMTP, the test reads that mail and answers with
 * an update. A second test restarts the worker mid-instance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../api/instance-client.js';
import { smokeTemplate as template } from './fixtures/smoke-template.js';
import { acme, globex, paul, vera } from './fixtures/people.js';
import { eventually } from './support/eventually.js';
import { startTestStack, type TestStack } from './support/stack.js';


const bindings = {
  companies: { vendor: acme, partner: globex },
  participants: { 'vendor.manager': [vera], 'partner.requester': [paul] },
};

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('the real stack', () => {
  it('runs a workflow whose activities write to Postgres and mail over SMTP, and completes on an update', async () => {
    const { handle } = await new InstanceClient(stack.client).start({ template, businessKey: 'smoke-1', bindings, input: {}, initiator: vera, taskQueue: stack.taskQueue });

    const mail = await stack.smtp.waitFor((message) => message.to.includes(paul.email));
    expect(mail.subject).toContain('Confirm the plan');
    expect(mail.text).toContain('partner.requester for globex');
    const taskId = mail.headers.get('x-tandem-task');
    if (typeof taskId !== 'string') throw new Error('the task mail names no task');
    expect(taskId).toBe('confirm.1.partner.requester');

    const row = await eventually(async () => {
      const result = await stack.pool.query<{ status: string; lifecycle: string }>('SELECT status, lifecycle FROM instances WHERE id = $1', ['smoke:smoke-1']);
      const [projected] = result.rows;
      if (!projected) throw new Error('instance not projected yet');
      return projected;
    });
    expect(row).toEqual({ status: 'Waiting for partner', lifecycle: 'running' });
    await eventually(async () => {
      const sent = await stack.pool.query(`SELECT status FROM mail_outbox WHERE recipient = $1`, [paul.email]);
      expect(sent.rows).toEqual([{ status: 'sent' }]);
    });

    const after = await new InstanceClient(handle.client).decide(handle.workflowId, { taskId, actor: paul.email, outcome: 'submit', form: { note: 'ready' } });
    expect(after.lifecycle).toBe('completed');
    expect(after.status).toBe('Closed');
    expect(await handle.result()).toEqual({ lifecycle: 'completed', status: 'Closed' });

    const task = await stack.pool.query('SELECT status, outcome, decided_by FROM tasks WHERE instance_id = $1', ['smoke:smoke-1']);
    expect(task.rows).toEqual([{ status: 'decided', outcome: 'submit', decided_by: paul }]);
    const instance = await stack.pool.query('SELECT status, lifecycle FROM instances WHERE id = $1', ['smoke:smoke-1']);
    expect(instance.rows).toEqual([{ status: 'Closed', lifecycle: 'completed' }]);
    await stack.smtp.waitFor((message) => message.to.includes(vera.email) && message.subject.includes('Closed'));
  });

  it('finishes an instance after the worker is restarted mid-workflow', async () => {
    const { handle } = await new InstanceClient(stack.client).start({ template, businessKey: 'smoke-2', bindings, input: {}, initiator: vera, taskQueue: stack.taskQueue });
    await stack.smtp.waitFor((message) => message.to.includes(paul.email) && message.headers.get('x-tandem-instance') === 'smoke:smoke-2');

    await stack.restartWorker();

    const before = await new InstanceClient(handle.client).state(handle.workflowId);
    expect(before.tasks.map((task) => task.status)).toEqual(['open']);
    await new InstanceClient(handle.client).decide(handle.workflowId, { taskId: 'confirm.1.partner.requester', actor: paul.email, outcome: 'submit', form: { note: 'after restart' } });
    expect(await handle.result()).toEqual({ lifecycle: 'completed', status: 'Closed' });
  });
});

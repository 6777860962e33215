/**
 * Task mail through a mail server that refuses: a temporary refusal (4xx) is retried until
 * the mail goes through; a permanent one (5xx) is recorded and shows on the task, in the
 * API and on the task page of the people who did get their mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTemplate } from '../../api/template-catalog.js';
import type { TemplateInput } from '../../definitions/template.js';
import { acme, dora, parties, startBindings, vera } from '../fixtures/people.js';
import { linksIn, open, taskMail } from '../support/action-links.js';
import { eventually } from '../support/eventually.js';
import { enrolFixtures } from '../support/directory.js';
import { call, keyFor } from '../support/http.js';
import { startTestStack, type TestStack } from '../support/stack.js';

const template: TemplateInput = {
  id: 'delivery-review',
  version: 1,
  title: 'Delivery review',
  parties,
  steps: [
    { id: 'review', kind: 'approval', approvers: ['vendor.manager'], policy: 'any', next: { approve: 'ok', reject: 'ok', request_changes: 'ok' } },
    { id: 'ok', kind: 'end', status: 'Done' },
  ],
};

interface TaskAnswer {
  status: string;
  deliveryProblems: Array<{ recipient: string; purpose: string; error: string; at: string }>;
}

let stack: TestStack;
let acmeKey: string;
beforeAll(async () => {
  stack = await startTestStack({ api: true });
  await publishTemplate(stack.pool, template);
  await enrolFixtures(stack);
  acmeKey = await keyFor(stack, acme);
});
afterAll(async () => {
  await stack?.stop();
});

async function start(businessKey: string, managers: (typeof vera)[]): Promise<string> {
  // Acme starts it and picks its own managers for the review.
  const participants = { 'vendor.manager': managers.map((person) => person.email) };
  const started = await call<{ id: string }>(stack, 'POST', '/instances', { key: acmeKey, body: { templateId: 'delivery-review', businessKey, bindings: { ...startBindings, participants }, input: {}, initiator: vera.email } });
  expect(started.status).toBe(201);
  return started.body.id;
}

// Tests in this file run one after another, and each waits for all of its mail, so an
// injected failure always meets the mail it is meant for.
describe('mail delivery', () => {
  it('shows a permanently refused task mail on the task, in the API and on the task page', async () => {
    stack.smtp.failNext(1, 550);
    const id = await start('refused-1', [vera]);
    const answer = await eventually(async () => {
      const task = await call<TaskAnswer>(stack, 'GET', `/instances/${id}/tasks/review.1.vendor.manager`, { key: acmeKey });
      if (task.body.deliveryProblems?.length !== 1) throw new Error(`no delivery problem yet: ${JSON.stringify(task.body)}`);
      return task.body;
    });
    expect(answer.status).toBe('open');
    expect(answer.deliveryProblems[0]).toMatchObject({ recipient: vera.email, purpose: 'task' });
    expect(answer.deliveryProblems[0]?.error).toContain('550');
    const row = await stack.pool.query<{ status: string; attempts: number }>('SELECT status, attempts FROM mail_outbox WHERE instance_id = $1', [id]);
    expect(row.rows).toEqual([{ status: 'failed', attempts: 1 }]);
  });

  it('retries a temporarily refused task mail until it is delivered, once', async () => {
    stack.smtp.failNext(1, 421);
    const id = await start('deferred-1', [dora]);
    const mail = await taskMail(stack.smtp, id, dora.email);
    expect(linksIn(mail).decisions['Approve']).toBeDefined();
    // The row is marked sent once the relay's answer is in, a moment after the mail arrived.
    await eventually(async () => {
      const row = await stack.pool.query<{ status: string; attempts: number }>('SELECT status, attempts FROM mail_outbox WHERE instance_id = $1', [id]);
      expect(row.rows).toEqual([{ status: 'sent', attempts: 2 }]);
    });
    // The retry mailed the links the first attempt minted: one set, not two.
    const links = await stack.pool.query<{ count: string }>('SELECT count(*) FROM action_links WHERE instance_id = $1', [id]);
    expect(links.rows[0]?.count).toBe('4');
    expect(stack.smtp.messages.filter((message) => message.headers.get('x-tandem-instance') === id)).toHaveLength(1);
    const task = await call<TaskAnswer>(stack, 'GET', `/instances/${id}/tasks/review.1.vendor.manager`, { key: acmeKey });
    expect(task.body.deliveryProblems).toEqual([]);
  });

  it('does not mail a task that was decided while its mail waited for the relay', async () => {
    const relayBackAt = Date.now() + 2000;
    stack.smtp.deferUntil(relayBackAt);
    const id = await start('decided-first', [dora, vera]);
    await eventually(async () => expect((await call(stack, 'GET', `/instances/${id}/tasks/review.1.vendor.manager`, { key: acmeKey })).status).toBe(200));
    const decided = await call(stack, 'POST', `/instances/${id}/tasks/review.1.vendor.manager/decision`, { key: acmeKey, body: { actor: vera.email, outcome: 'approve' } });
    expect(decided.status).toBe(200);
    expect(Date.now()).toBeLessThan(relayBackAt);
    const rows = await eventually(async () => {
      const result = await stack.pool.query<{ recipient: string; purpose: string; status: string }>('SELECT recipient, purpose, status FROM mail_outbox WHERE instance_id = $1 ORDER BY recipient, purpose', [id]);
      expect(result.rows.filter((row) => row.status === 'pending')).toEqual([]);
      return result.rows;
    });
    expect(rows).toEqual([
      { recipient: dora.email, purpose: 'task', status: 'skipped' },
      { recipient: vera.email, purpose: 'result', status: 'sent' },
      { recipient: vera.email, purpose: 'task', status: 'skipped' },
    ]);
    expect(stack.smtp.messages.filter((message) => message.headers.get('x-tandem-instance') === id && message.headers.get('x-tandem-task'))).toEqual([]);
  });

  it('tells a co-holder of the task, on their task page, whose mail bounced', async () => {
    stack.smtp.failNext(1, 550);
    const id = await start('refused-2', [vera, dora]);
    // One of the two mails is refused; the other arrives.
    const delivered = await stack.smtp.waitFor((mail) => mail.headers.get('x-tandem-instance') === id);
    const bounced = delivered.to.includes(vera.email) ? dora.email : vera.email;
    const page = await eventually(async () => {
      const answer = await open(linksIn(delivered).view);
      if (!answer.html.includes('could not be delivered')) throw new Error('no delivery problem on the page yet');
      return answer;
    });
    expect(page.html).toContain(bounced);
  });
});

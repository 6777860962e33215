/**
 * The interpreter on the real Temporal server: every step kind, each approval policy,
 * conditions, loops, reminders, escalation and timeouts, checked in the workflow's query
 * and in the Postgres projection that portals read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstanceClient } from '../../api/instance-client.js';
import { cancelUpdate, delegateUpdate, reassignUpdate, stateQuery, withdrawUpdate } from '../../workflows/handlers.js';
import { bindings, dora, fin, parties, paul, petra, vera } from '../fixtures/people.js';
import { eventually } from '../support/eventually.js';
import { checked, decide, openTasks, recordHistory, refusal, start, type Instance } from '../support/instances.js';
import { startTestStack, type TestStack } from '../support/stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const amountInput = { amount: { type: 'money', currency: 'USD', required: true } };

/** Proposal → review (manager, plus finance above 5,000.00) → approved / rejected / back to proposal. */
const review = checked({
  id: 'review',
  version: 1,
  title: 'Fund review',
  parties,
  admins: ['vendor.director'],
  inputs: amountInput,
  steps: [
    { id: 'proposal', kind: 'task', title: 'Propose', owner: 'partner.requester', status: 'Draft', form: { summary: { type: 'string', required: true } }, next: 'review' },
    {
      id: 'review',
      kind: 'approval',
      title: 'Review',
      status: 'In review',
      approvers: ['vendor.manager', { role: 'vendor.finance', when: 'input.amount.amount > 500000' }],
      policy: 'all',
      next: { approve: 'approved', reject: 'rejected', request_changes: 'proposal' },
    },
    { id: 'approved', kind: 'end', status: 'Approved' },
    { id: 'rejected', kind: 'end', status: 'Denied' },
  ],
});

async function projectedInstance(id: string) {
  const result = await stack.pool.query<{ status: string; lifecycle: string; revision: number }>('SELECT status, lifecycle, revision FROM instances WHERE id = $1', [id]);
  return result.rows[0];
}

async function projectedTasks(id: string) {
  const result = await stack.pool.query<{ id: string; status: string; outcome: string | null }>('SELECT id, status, outcome FROM tasks WHERE instance_id = $1 ORDER BY id', [id]);
  return result.rows;
}

describe('approvals', () => {
  it('needs every approver under policy all, and asks finance only above the threshold', async () => {
    const small = await start(stack, review, { input: { amount: { amount: 100_00, currency: 'USD' } } });
    await decide(small, 'proposal.1.partner.requester', paul, 'submit', { form: { summary: 'webinar' } });
    expect(await openTasks(small)).toEqual(['review.1.vendor.manager']);

    const large = await start(stack, review, { input: { amount: { amount: 9_000_00, currency: 'USD' } } });
    await decide(large, 'proposal.1.partner.requester', paul, 'submit', { form: { summary: 'event' } });
    expect(await openTasks(large)).toEqual(['review.1.vendor.finance', 'review.1.vendor.manager']);
    const afterManager = await decide(large, 'review.1.vendor.manager', vera, 'approve');
    expect(afterManager.lifecycle).toBe('running');
    const afterFinance = await decide(large, 'review.1.vendor.finance', fin, 'approve', { comment: 'within budget' });
    expect(afterFinance).toMatchObject({ lifecycle: 'completed', status: 'Approved' });

    await eventually(async () => expect(await projectedInstance(large.workflowId)).toMatchObject({ status: 'Approved', lifecycle: 'completed' }));
    expect(await projectedTasks(large.workflowId)).toEqual([
      { id: 'proposal.1.partner.requester', status: 'decided', outcome: 'submit' },
      { id: 'review.1.vendor.finance', status: 'decided', outcome: 'approve' },
      { id: 'review.1.vendor.manager', status: 'decided', outcome: 'approve' },
    ]);
    const audit = await stack.pool.query<{ type: string; outcome: string | null; comment: string | null }>(
      `SELECT type, outcome, comment FROM audit_events WHERE instance_id = $1 AND type = 'decided' ORDER BY seq`,
      [large.workflowId],
    );
    expect(audit.rows).toEqual([
      { type: 'decided', outcome: 'submit', comment: null },
      { type: 'decided', outcome: 'approve', comment: null },
      { type: 'decided', outcome: 'approve', comment: 'within budget' },
    ]);
    await recordHistory(large, 'approval-all-threshold');
  });

  it('loops back on request_changes and opens a fresh task for the second round', async () => {
    const handle = await start(stack, review, { input: { amount: { amount: 100_00, currency: 'USD' } } });
    await decide(handle, 'proposal.1.partner.requester', paul, 'submit', { form: { summary: 'first try' } });
    const changes = await decide(handle, 'review.1.vendor.manager', vera, 'request_changes', { comment: 'add the agenda' });
    expect(changes.status).toBe('Draft');
    expect(await openTasks(handle)).toEqual(['proposal.2.partner.requester']);
    await decide(handle, 'proposal.2.partner.requester', paul, 'submit', { form: { summary: 'with agenda' } });
    const rejected = await decide(handle, 'review.2.vendor.manager', vera, 'reject');
    expect(rejected).toMatchObject({ lifecycle: 'completed', status: 'Denied' });
    expect(rejected.steps['proposal']?.form).toEqual({ summary: 'with agenda' });
    await recordHistory(handle, 'approval-loop');
  });

  it('completes on the first approval under policy any, and on a quorum of two out of three', async () => {
    const template = (policy: unknown) =>
      checked({
        id: 'board',
        version: 1,
        title: 'Board',
        parties,
        steps: [
          { id: 'vote', kind: 'approval', approvers: ['vendor.manager', 'vendor.finance', 'vendor.director'], policy, next: { approve: 'yes', reject: 'no', request_changes: 'no' } },
          { id: 'yes', kind: 'end', status: 'Approved' },
          { id: 'no', kind: 'end', status: 'Denied' },
        ],
      });
    const any = await start(stack, template('any'));
    await eventually(async () => expect(await openTasks(any)).toHaveLength(3));
    const anyDone = await decide(any, 'vote.1.vendor.finance', fin, 'approve');
    expect(anyDone.status).toBe('Approved');
    expect(anyDone.tasks.map((task) => task.status).sort()).toEqual(['cancelled', 'cancelled', 'decided']);

    const quorum = await start(stack, template({ quorum: 2 }));
    await eventually(async () => expect(await openTasks(quorum)).toHaveLength(3));
    expect((await decide(quorum, 'vote.1.vendor.manager', vera, 'approve')).lifecycle).toBe('running');
    expect((await decide(quorum, 'vote.1.vendor.director', dora, 'approve')).status).toBe('Approved');
    await recordHistory(quorum, 'approval-quorum');
  });
});

describe('refusals', () => {
  it('refuses, with a typed reason and without recording anything, decisions that do not fit', async () => {
    const handle = await start(stack, review, { input: { amount: { amount: 100_00, currency: 'USD' } } });
    await eventually(async () => expect(await openTasks(handle)).toEqual(['proposal.1.partner.requester']));
    const before = await handle.query(stateQuery);

    expect(await refusal(() => decide(handle, 'proposal.1.partner.requester', vera, 'submit', { form: { summary: 'x' } }))).toMatchObject({ type: 'NotYourTask' });
    expect(await refusal(() => decide(handle, 'proposal.1.partner.requester', paul, 'approve'))).toMatchObject({ type: 'OutcomeNotAllowed' });
    const badForm = await refusal(() => decide(handle, 'proposal.1.partner.requester', paul, 'submit', { form: { summary: 3, extra: true } }));
    expect(badForm.type).toBe('InvalidForm');
    expect(badForm.message).toContain('summary');
    expect(await refusal(() => decide(handle, 'no-such-task', paul, 'submit'))).toMatchObject({ type: 'UnknownTask' });

    const after = await handle.query(stateQuery);
    expect(after.revision).toBe(before.revision);
    expect(after.history).toEqual(before.history);

    await decide(handle, 'proposal.1.partner.requester', paul, 'submit', { form: { summary: 'ok' } });
    const again = await refusal(() => decide(handle, 'proposal.1.partner.requester', paul, 'submit', { form: { summary: 'ok' } }));
    expect(again).toMatchObject({ type: 'TaskNotOpen' });
    expect(again.message).toContain(`decided by ${paul.email}`);
  });
});

describe('routing, actions and waits', () => {
  it('branches on a decision, records a variable, notifies by mail and waits for a duration', async () => {
    const template = checked({
      id: 'routing',
      version: 1,
      title: 'Routing',
      parties,
      inputs: { ...amountInput, pause: { type: 'duration', default: '1s' } },
      steps: [
        { id: 'size', kind: 'decision', cases: [{ when: 'input.amount.amount >= 1000000', next: 'big' }], otherwise: 'note' },
        { id: 'note', kind: 'action', action: 'record', with: { name: 'doubled', value: 'input.amount.amount * 2' }, next: 'tell' },
        { id: 'tell', kind: 'action', action: 'notify', with: { to: ['partner.lead'], subject: 'Small request noted', message: 'A small request is on its way.' }, next: 'pause' },
        { id: 'pause', kind: 'wait', duration: { input: 'pause' }, status: 'Waiting', next: 'small' },
        { id: 'small', kind: 'end', status: 'Small' },
        { id: 'big', kind: 'end', status: 'Big' },
      ],
    });
    const big = await start(stack, template, { input: { amount: { amount: 20_000_00, currency: 'USD' } } });
    expect(await big.result()).toEqual({ lifecycle: 'completed', status: 'Big' });

    const small = await start(stack, template, { input: { amount: { amount: 300_00, currency: 'USD' }, pause: '1500ms' } });
    const mail = await stack.smtp.waitFor((message) => message.to.includes(petra.email) && message.subject === 'Small request noted');
    expect(mail.text).toContain('A small request is on its way.');
    expect(await small.result()).toEqual({ lifecycle: 'completed', status: 'Small' });
    // Read from the finished instance, not while it waits: a loaded machine may pass the wait
    // before a query gets there. The status shown while waiting is checked in the core's tests.
    const finished = await small.query(stateQuery);
    expect(finished.vars).toEqual({ doubled: 600_00 });
    const entered = finished.history.filter((event) => event.type === 'step_entered');
    expect(entered.map((event) => event.stepId)).toEqual(['size', 'note', 'tell', 'pause', 'small']);
    const pauseAt = entered.find((event) => event.stepId === 'pause')?.at ?? 0;
    const endAt = entered.find((event) => event.stepId === 'small')?.at ?? 0;
    expect(endAt - pauseAt).toBeGreaterThanOrEqual(1500);
    await recordHistory(small, 'routing-wait');
  });

  it('waits until a date computed from the input plus an offset', async () => {
    const template = checked({
      id: 'deadline',
      version: 1,
      title: 'Deadline',
      parties,
      inputs: { ends: { type: 'string', required: true } },
      steps: [
        { id: 'window', kind: 'wait', until: 'input.ends', plus: '1s', next: 'closed' },
        { id: 'closed', kind: 'end', status: 'Closed' },
      ],
    });
    const ends = new Date(Date.now() + 500).toISOString();
    const handle = await start(stack, template, { input: { ends } });
    expect(await handle.result()).toEqual({ lifecycle: 'completed', status: 'Closed' });
    const state = await handle.query(stateQuery);
    expect(state.endedAt ?? 0).toBeGreaterThanOrEqual(Date.parse(ends) + 1000);
  });
});

describe('parallel branches', () => {
  const template = (join: 'all' | 'any') =>
    checked({
      id: `parallel-${join}`,
      version: 1,
      title: 'Parallel',
      parties,
      steps: [
        {
          id: 'build',
          kind: 'parallel',
          join,
          branches: [
            { id: 'vendor_side', steps: [{ id: 'vendor_work', kind: 'task', owner: 'vendor.manager', next: 'join' }] },
            {
              id: 'partner_side',
              steps: [
                { id: 'partner_work', kind: 'task', owner: 'partner.requester', next: 'partner_check' },
                { id: 'partner_check', kind: 'approval', approvers: ['partner.lead'], next: { approve: 'join', reject: 'partner_work', request_changes: 'partner_work' } },
              ],
            },
          ],
          next: 'done',
        },
        { id: 'done', kind: 'end', status: 'Built' },
      ],
    });

  it('joins when every branch has finished under join all', async () => {
    const handle = await start(stack, template('all'));
    await eventually(async () => expect(await openTasks(handle)).toEqual(['partner_work.1.partner.requester', 'vendor_work.1.vendor.manager']));
    await decide(handle, 'vendor_work.1.vendor.manager', vera, 'submit');
    await decide(handle, 'partner_work.1.partner.requester', paul, 'submit');
    await decide(handle, 'partner_check.1.partner.lead', petra, 'reject');
    await decide(handle, 'partner_work.2.partner.requester', paul, 'submit');
    const done = await decide(handle, 'partner_check.2.partner.lead', petra, 'approve');
    expect(done).toMatchObject({ lifecycle: 'completed', status: 'Built' });
    await recordHistory(handle, 'parallel-all');
  });

  it('joins on the first branch under join any and cancels the others', async () => {
    const handle = await start(stack, template('any'));
    await eventually(async () => expect(await openTasks(handle)).toHaveLength(2));
    const done = await decide(handle, 'vendor_work.1.vendor.manager', vera, 'submit');
    expect(done.status).toBe('Built');
    expect(done.tasks.find((task) => task.id === 'partner_work.1.partner.requester')?.status).toBe('cancelled');
    await eventually(async () => expect((await projectedTasks(handle.workflowId)).find((task) => task.id === 'partner_work.1.partner.requester')?.status).toBe('cancelled'));
  });
});

describe('timing of human steps', () => {
  it('reminds, escalates to another role, and ends with the timeout outcome when nobody acts', async () => {
    const template = checked({
      id: 'timing',
      version: 1,
      title: 'Timing',
      parties,
      steps: [
        {
          id: 'sign',
          kind: 'approval',
          title: 'Sign off',
          approvers: ['vendor.manager'],
          due: '1s',
          reminders: ['500ms'],
          escalation: { after: '1s', to: 'vendor.director' },
          timeout: { after: '3s', outcome: 'expired' },
          outcomes: ['approve', 'reject', 'expired'],
          next: { approve: 'ok', reject: 'no', expired: 'lapsed' },
        },
        { id: 'ok', kind: 'end', status: 'Approved' },
        { id: 'no', kind: 'end', status: 'Denied' },
        { id: 'lapsed', kind: 'end', status: 'Expired' },
      ],
    });
    const handle = await start(stack, template);
    const reminder = await stack.smtp.waitFor((mail) => mail.to.includes(vera.email) && mail.subject.startsWith('Reminder') && mail.headers.get('x-tandem-instance') === handle.workflowId);
    expect(reminder.subject).toContain('Sign off');
    const escalation = await stack.smtp.waitFor((mail) => mail.to.includes(dora.email) && mail.subject.startsWith('Escalated') && mail.headers.get('x-tandem-instance') === handle.workflowId);
    expect(escalation.text).toContain('vendor.manager for acme');
    const escalated = await handle.query(stateQuery);
    expect(escalated.tasks[0]?.assignees.map((person) => person.email)).toEqual([vera.email, dora.email]);
    expect(await handle.result()).toEqual({ lifecycle: 'completed', status: 'Expired' });
    const final = await handle.query(stateQuery);
    expect(final.tasks[0]).toMatchObject({ status: 'timed_out', decidedBy: 'system' });
    await eventually(async () => expect(await projectedTasks(handle.workflowId)).toEqual([{ id: 'sign.1.vendor.manager', status: 'timed_out', outcome: null }]));
    await recordHistory(handle, 'timing-timeout');
  });

  it('lets the escalation role decide once escalated', async () => {
    const template = checked({
      id: 'escalate',
      version: 1,
      title: 'Escalate',
      parties,
      steps: [
        { id: 'sign', kind: 'approval', approvers: ['vendor.manager'], escalation: { after: '300ms', to: 'vendor.director' }, next: { approve: 'ok', reject: 'ok', request_changes: 'ok' } },
        { id: 'ok', kind: 'end', status: 'Done' },
      ],
    });
    const handle = await start(stack, template);
    await stack.smtp.waitFor((mail) => mail.to.includes(dora.email) && mail.headers.get('x-tandem-instance') === handle.workflowId);
    expect((await decide(handle, 'sign.1.vendor.manager', dora, 'approve')).status).toBe('Done');
  });
});

describe('delegation, reassignment, cancellation and withdrawal', () => {
  const simple = checked({
    id: 'simple',
    version: 1,
    title: 'Simple',
    parties,
    admins: ['vendor.director'],
    steps: [
      { id: 'sign', kind: 'approval', approvers: ['vendor.manager', 'partner.lead'], next: { approve: 'ok', reject: 'no', request_changes: 'no' } },
      { id: 'ok', kind: 'end', status: 'Approved' },
      { id: 'no', kind: 'end', status: 'Denied' },
    ],
  });
  const colleague = { name: 'Carl Colleague', email: 'carl@globex.example', company: 'globex' };

  it('hands a task to a colleague, who is mailed and may decide while the delegator no longer may', async () => {
    const handle = await start(stack, simple);
    await eventually(async () => expect(await openTasks(handle)).toHaveLength(2));
    expect(await refusal(() => handle.executeUpdate(delegateUpdate, { args: [{ taskId: 'sign.1.partner.lead', actor: petra.email, to: { ...colleague, company: 'acme' } }] }))).toMatchObject({ type: 'RecipientAtOtherCompany' });
    await handle.executeUpdate(delegateUpdate, { args: [{ taskId: 'sign.1.partner.lead', actor: petra.email, to: colleague, comment: 'on leave' }] });
    await stack.smtp.waitFor((mail) => mail.to.includes(colleague.email) && mail.subject.includes('handed to you'));
    expect(await refusal(() => decide(handle, 'sign.1.partner.lead', petra, 'approve'))).toMatchObject({ type: 'NotYourTask' });
    await decide(handle, 'sign.1.partner.lead', colleague, 'approve');
    const state = await decide(handle, 'sign.1.vendor.manager', vera, 'approve');
    expect(state.status).toBe('Approved');
    expect(state.history.find((event) => event.type === 'delegated')).toMatchObject({ actor: petra, comment: 'on leave', details: { to: colleague } });
  });

  it('lets only an admin role reassign a task', async () => {
    const handle = await start(stack, simple);
    await eventually(async () => expect(await openTasks(handle)).toHaveLength(2));
    const other = { name: 'Olga Other', email: 'olga@acme.example', company: 'acme' };
    expect(await refusal(() => handle.executeUpdate(reassignUpdate, { args: [{ taskId: 'sign.1.vendor.manager', actor: vera.email, to: other }] }))).toMatchObject({ type: 'NotAdmin' });
    const state = await handle.executeUpdate(reassignUpdate, { args: [{ taskId: 'sign.1.vendor.manager', actor: dora.email, to: other }] });
    expect(state.tasks.find((task) => task.id === 'sign.1.vendor.manager')?.assignees).toEqual([other]);
  });

  it('lets the initiator cancel, and nobody else', async () => {
    const handle = await start(stack, simple, { initiator: vera });
    await eventually(async () => expect(await openTasks(handle)).toHaveLength(2));
    expect(await refusal(() => handle.executeUpdate(cancelUpdate, { args: [{ actor: paul.email, reason: 'mine now' }] }))).toMatchObject({ type: 'NotInitiatorOrAdmin' });
    const cancelled = await handle.executeUpdate(cancelUpdate, { args: [{ actor: vera.email, reason: 'budget frozen' }] });
    expect(cancelled).toMatchObject({ lifecycle: 'cancelled', status: 'Cancelled' });
    expect(await handle.result()).toEqual({ lifecycle: 'cancelled', status: 'Cancelled' });
    await eventually(async () => expect(await projectedInstance(handle.workflowId)).toMatchObject({ lifecycle: 'cancelled', status: 'Cancelled' }));
    expect((await projectedTasks(handle.workflowId)).map((task) => task.status)).toEqual(['cancelled', 'cancelled']);
    await recordHistory(handle, 'cancel');
  });

  it('lets a party withdraw; its tasks close and the approval completes without it', async () => {
    const handle = await start(stack, simple);
    await eventually(async () => expect(await openTasks(handle)).toHaveLength(2));
    expect(await refusal(() => handle.executeUpdate(withdrawUpdate, { args: [{ actor: vera.email, party: 'partner', reason: 'not theirs' }] }))).toMatchObject({ type: 'NotInParty' });
    await decide(handle, 'sign.1.vendor.manager', vera, 'approve');
    const state = await handle.executeUpdate(withdrawUpdate, { args: [{ actor: petra.email, party: 'partner', reason: 'leaving the programme' }] });
    expect(state).toMatchObject({ status: 'Approved', withdrawn: ['partner'] });
    await recordHistory(handle, 'withdraw');
  });
});

describe('identity and long histories', () => {
  it('returns the existing instance for a second start with the same business key', async () => {
    const first = await new InstanceClient(stack.client).start({ template: review, businessKey: 'dup-1', bindings, input: { amount: { amount: 1, currency: 'USD' } }, initiator: vera, taskQueue: stack.taskQueue });
    const second = await new InstanceClient(stack.client).start({ template: review, businessKey: 'dup-1', bindings, input: { amount: { amount: 1, currency: 'USD' } }, initiator: vera, taskQueue: stack.taskQueue });
    expect(first).toMatchObject({ id: 'review:dup-1', existing: false });
    expect(second).toMatchObject({ id: 'review:dup-1', existing: true });
    expect((await second.handle.describe()).runId).toBe((await first.handle.describe()).runId);
  });

  it('continues as new on a long history without losing state', async () => {
    const handle: Instance = await start(stack, review, { input: { amount: { amount: 100_00, currency: 'USD' } }, historyLimit: 40 });
    for (let round = 1; round <= 4; round++) {
      await decide(handle, `proposal.${round}.partner.requester`, paul, 'submit', { form: { summary: `round ${round}` } });
      await decide(handle, `review.${round}.vendor.manager`, vera, 'request_changes');
    }
    await decide(handle, 'proposal.5.partner.requester', paul, 'submit', { form: { summary: 'final' } });
    const done = await decide(handle, 'review.5.vendor.manager', vera, 'approve');
    expect(done.status).toBe('Approved');
    expect(done.run).toBeGreaterThan(1);
    expect(done.history.filter((event) => event.type === 'decided')).toHaveLength(10);
    expect(done.tasks).toHaveLength(10);
    await eventually(async () => expect((await projectedTasks(handle.workflowId)).length).toBe(10));
  });
});

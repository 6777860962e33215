/** Each step kind in the core, without a server: what entering, deciding and timers do. */
import { describe, expect, it } from 'vitest';
import { Template, type TemplateInput } from '../../../definitions/template.js';
import type { Bindings } from '../../../workflows/schemas.js';
import { Simulation, START } from './simulation.js';

const vera = { name: 'Vera', email: 'vera@acme.example', company: 'acme' };
const fin = { name: 'Finn', email: 'finn@acme.example', company: 'acme' };
const dora = { name: 'Dora', email: 'dora@acme.example', company: 'acme' };
const paul = { name: 'Paul', email: 'paul@globex.example', company: 'globex' };

const bindings: Bindings = {
  companies: { vendor: 'acme', partner: 'globex' },
  participants: { 'vendor.manager': [vera], 'vendor.finance': [fin], 'vendor.director': [dora], 'partner.requester': [paul] },
};

type Steps = TemplateInput['steps'];

function template(steps: Steps, extra: Partial<TemplateInput> = {}): Template {
  return Template.parse({
    id: 'unit',
    version: 1,
    title: 'Unit',
    parties: { vendor: { roles: { manager: {}, finance: {}, director: {} } }, partner: { roles: { requester: {} }, optional: true } },
    admins: ['vendor.director'],
    inputs: { amount: { type: 'money', currency: 'USD', required: true } },
    steps,
    ...extra,
  });
}

function run(steps: Steps, options: ConstructorParameters<typeof Simulation>[1] = {}, extra: Partial<TemplateInput> = {}): Simulation {
  return new Simulation(template(steps, extra), { bindings, input: { amount: { amount: 100_00, currency: 'USD' } }, ...options });
}

const done: Steps[number] = { id: 'done', kind: 'end', status: 'Done' };

describe('task steps', () => {
  it('open one task for the owner, mail its holder, and follow the decided outcome', () => {
    const sim = run([{ id: 'sign', kind: 'task', owner: 'vendor.manager', due: '2d', outcomes: ['submit', 'drop'], next: { submit: 'done', drop: 'dropped' } }, done, { id: 'dropped', kind: 'end', status: 'Dropped' }]);
    expect(sim.openTasks()).toEqual([expect.objectContaining({ id: 'sign.1.vendor.manager', assignees: [vera], outcomes: ['submit', 'drop'], dueAt: START + 2 * 86_400_000 })]);
    expect(sim.mails.map((mail) => [mail.purpose, mail.to.email])).toEqual([['task', vera.email]]);
    sim.send({ type: 'decision', decision: { taskId: 'sign.1.vendor.manager', actor: vera.email, outcome: 'drop', comment: 'no' } });
    expect(sim.state).toMatchObject({ lifecycle: 'completed', status: 'Dropped', steps: { sign: { outcome: 'drop', decidedBy: vera.email } } });
  });

  it('are passed over when the owner’s party takes no part, along their withdrawn route', () => {
    const sim = run([{ id: 'ask', kind: 'task', owner: 'partner.requester', next: { submit: 'done', withdrawn: 'alone' } }, done, { id: 'alone', kind: 'end', status: 'Alone' }], {
      bindings: { companies: { vendor: 'acme' }, participants: { 'vendor.manager': [vera], 'vendor.director': [dora] } },
    });
    expect(sim.state.tasks).toEqual([]);
    expect(sim.state.status).toBe('Alone');
    expect(sim.state.history.find((event) => event.type === 'decided')).toMatchObject({ actor: 'system', outcome: 'withdrawn' });
  });
});

describe('approval steps', () => {
  const review = (policy: 'all' | 'any'): Steps => [{ id: 'review', kind: 'approval', approvers: ['vendor.manager', { role: 'vendor.finance', when: 'input.amount.amount > 500000' }], policy, next: { approve: 'done', reject: 'denied', request_changes: 'denied' } }, done, { id: 'denied', kind: 'end', status: 'Denied' }];

  it('ask a conditional approver only when the condition holds', () => {
    expect(run(review('all')).openTasks().map((task) => task.role)).toEqual(['vendor.manager']);
    expect(run(review('all'), { input: { amount: { amount: 900_000, currency: 'USD' } } }).openTasks().map((task) => task.role)).toEqual(['vendor.manager', 'vendor.finance']);
  });

  it('approve at once when no approver applies', () => {
    const sim = run([{ id: 'review', kind: 'approval', approvers: [{ role: 'vendor.finance', when: 'input.amount.amount > 500000' }], next: { approve: 'done', reject: 'done', request_changes: 'done' } }, done]);
    expect(sim.state).toMatchObject({ lifecycle: 'completed', steps: { review: { outcome: 'approve' } } });
  });

  it('close the other approvers’ tasks once one rejection decides the step', () => {
    const sim = run(review('all'), { input: { amount: { amount: 900_000, currency: 'USD' } } });
    sim.send({ type: 'decision', decision: { taskId: 'review.1.vendor.finance', actor: fin.email, outcome: 'reject' } });
    expect(sim.state.status).toBe('Denied');
    expect(sim.state.tasks.map((task) => task.status)).toEqual(['cancelled', 'decided']);
  });
});

describe('action steps', () => {
  it('record a variable and move on without an activity', () => {
    const sim = run([{ id: 'note', kind: 'action', action: 'record', with: { name: 'doubled', value: 'input.amount.amount * 2' }, next: 'done' }, done]);
    expect(sim.state.vars).toEqual({ doubled: 200_00 });
    expect(sim.actions).toEqual([]);
    expect(sim.state.lifecycle).toBe('completed');
  });

  it('send a notification before the next step is entered', () => {
    const sim = run([{ id: 'tell', kind: 'action', action: 'notify', with: { to: ['vendor.manager', 'vendor.finance'], subject: 'Hello', message: 'News' }, next: 'sign' }, { id: 'sign', kind: 'task', owner: 'vendor.manager', next: 'done' }, done]);
    const notice = sim.projections.findIndex((write) => write.events.some((event) => event.type === 'action'));
    const opened = sim.projections.findIndex((write) => write.events.some((event) => event.type === 'task_opened'));
    expect(notice).toBeLessThan(opened);
    expect(sim.mails.map((mail) => `${mail.purpose} ${mail.to.email}`)).toEqual([`notify ${vera.email}`, `notify ${fin.email}`, `task ${vera.email}`]);
    expect(sim.mails[0]?.key).toBe('instance-1/tell.1/vera@acme.example/notify');
  });

  it('run a registry action as an activity keyed by step visit, and follow its outcome', () => {
    const sim = run([{ id: 'check', kind: 'action', action: 'ledger.check', with: { allocation: 'input.amount', amount: 'input.amount' }, next: { done: 'done', insufficient: 'short' } }, done, { id: 'short', kind: 'end', status: 'Short' }], {
      act: () => ({ outcome: 'insufficient', vars: { available: 5 } }),
    });
    expect(sim.actions).toEqual([expect.objectContaining({ key: 'instance-1/check.1', action: 'ledger.check', stepId: 'check', runStartedAt: START })]);
    expect(sim.state).toMatchObject({ status: 'Short', vars: { available: 5 }, steps: { check: { outcome: 'insufficient' } } });
  });
});

describe('wait steps', () => {
  it('show their status and move on when their timer fires, not before', () => {
    const sim = run([{ id: 'pause', kind: 'wait', duration: '1h', status: 'Waiting', next: 'done' }, done]);
    expect(sim.state.status).toBe('Waiting');
    expect(sim.state.timers).toEqual([expect.objectContaining({ kind: 'wait', at: START + 3_600_000 })]);
    expect(sim.tick()).toBe(true);
    expect(sim.state).toMatchObject({ lifecycle: 'completed', status: 'Done' });
    const entered = sim.state.history.filter((event) => event.type === 'step_entered');
    expect((entered.at(-1)?.at ?? 0) - (entered.at(-2)?.at ?? 0)).toBe(3_600_000);
  });

  it('wait until a computed time plus an offset', () => {
    const sim = run([{ id: 'window', kind: 'wait', until: '"2026-02-01T00:00:00Z"', plus: '1d', next: 'done' }, done]);
    expect(sim.state.timers[0]?.at).toBe(Date.UTC(2026, 1, 2));
  });
});

describe('decision steps', () => {
  it('take the first case that holds, else otherwise', () => {
    const steps: Steps = [{ id: 'size', kind: 'decision', cases: [{ when: 'input.amount.amount > 1000000', next: 'big' }], otherwise: 'done' }, done, { id: 'big', kind: 'end', status: 'Big' }];
    expect(run(steps).state).toMatchObject({ status: 'Done', steps: { size: { outcome: 'otherwise' } } });
    expect(run(steps, { input: { amount: { amount: 2_000_000, currency: 'USD' } } }).state).toMatchObject({ status: 'Big', steps: { size: { outcome: 'big' } } });
  });
});

describe('parallel steps', () => {
  const build = (join: 'all' | 'any'): Steps => [
      {
        id: 'build',
        kind: 'parallel',
        join,
        branches: [
          { id: 'left', steps: [{ id: 'l', kind: 'task', owner: 'vendor.manager', next: 'join' }] },
          { id: 'right', steps: [{ id: 'r', kind: 'task', owner: 'vendor.finance', next: 'join' }] },
        ],
        next: 'done',
      },
      done,
    ];

  it('wait for every branch under join all', () => {
    const sim = run(build('all'));
    sim.send({ type: 'decision', decision: { taskId: 'l.1.vendor.manager', actor: vera.email, outcome: 'submit' } });
    expect(sim.state.lifecycle).toBe('running');
    expect(sim.state.joins).toEqual({ k1: ['left'] });
    sim.send({ type: 'decision', decision: { taskId: 'r.1.vendor.finance', actor: fin.email, outcome: 'submit' } });
    expect(sim.state.status).toBe('Done');
  });

  it('go on after the first branch under join any and cancel the others', () => {
    const sim = run(build('any'));
    sim.send({ type: 'decision', decision: { taskId: 'r.1.vendor.finance', actor: fin.email, outcome: 'submit' } });
    expect(sim.state.status).toBe('Done');
    expect(sim.state.tasks.find((task) => task.id === 'l.1.vendor.manager')?.status).toBe('cancelled');
  });
});

describe('end steps and hooks', () => {
  it('complete the instance, tell the initiator, then run the onEnd actions', () => {
    const sim = run([done], {}, { onEnd: [{ action: 'ledger.release', with: { reason: 'ended' } }] });
    expect(sim.state).toMatchObject({ lifecycle: 'completed', status: 'Done', tokens: [] });
    expect(sim.mails.map((mail) => mail.purpose)).toEqual(['result']);
    expect(sim.actions.map((action) => action.key)).toEqual(['instance-1/onEnd.0']);
    expect(sim.patches).toEqual(['on-end-actions']);
  });

  it('run no onEnd actions for a run from before the patch', () => {
    const sim = run([done], { patched: () => false }, { onEnd: [{ action: 'ledger.release', with: { reason: 'ended' } }] });
    expect(sim.actions).toEqual([]);
  });

  it('run the onCancel actions in order before the onEnd ones', () => {
    const sim = run([{ id: 'sign', kind: 'task', owner: 'vendor.manager', next: 'done' }, done], {}, {
      onCancel: [{ action: 'ledger.release', with: { reason: 'cancelled' } }, { action: 'webhook.send' }],
      onEnd: [{ action: 'audit.close' }],
    });
    sim.send({ type: 'cancel', cancellation: { actor: sim.state.initiator.email, reason: 'stop' } });
    expect(sim.actions.map((action) => action.stepId)).toEqual(['onCancel.0', 'onCancel.1', 'onEnd.0']);
    expect(sim.state.history.filter((event) => event.type === 'action').map((event) => event.stepId)).toEqual(['onCancel.0', 'onCancel.1', 'onEnd.0']);
    expect(sim.state.tasks[0]?.status).toBe('cancelled');
  });
});

describe('timers of human steps', () => {
  it('remind, escalate and time out in order', () => {
    const sim = run([
      { id: 'sign', kind: 'approval', approvers: ['vendor.manager'], reminders: ['1h'], escalation: { after: '2h', to: 'vendor.director' }, timeout: { after: '3h', outcome: 'expired' }, outcomes: ['approve', 'expired'], next: { approve: 'done', expired: 'lapsed' } },
      done,
      { id: 'lapsed', kind: 'end', status: 'Expired' },
    ]);
    sim.tick();
    expect(sim.mails.at(-1)).toMatchObject({ purpose: 'reminder', to: vera });
    sim.tick();
    expect(sim.openTasks()[0]?.assignees).toEqual([vera, dora]);
    expect(sim.mails.at(-1)).toMatchObject({ purpose: 'escalation', to: dora });
    sim.tick();
    expect(sim.state).toMatchObject({ status: 'Expired', tasks: [{ status: 'timed_out', decidedBy: 'system' }] });
    expect(sim.state.timers).toEqual([]);
  });

  it('go with their step once it is decided', () => {
    const sim = run([{ id: 'sign', kind: 'task', owner: 'vendor.manager', reminders: ['1h'], next: 'pause' }, { id: 'pause', kind: 'wait', duration: '1d', next: 'done' }, done]);
    sim.send({ type: 'decision', decision: { taskId: 'sign.1.vendor.manager', actor: vera.email, outcome: 'submit' } });
    expect(sim.state.timers.map((timer) => timer.kind)).toEqual(['wait']);
  });
});

describe('withdrawals', () => {
  const anyApproval: Steps = [
    { id: 'review', kind: 'approval', approvers: ['vendor.manager', 'vendor.finance'], policy: 'any', next: { approve: 'done', reject: 'done', request_changes: 'done' } },
    { id: 'later', kind: 'task', owner: 'partner.requester', next: 'done' },
    done,
  ];
  const withdrawVendor = { type: 'withdrawal' as const, withdrawal: { actor: vera.email, party: 'vendor', reason: 'leaving' } };

  it('approve an approval step whose every approver’s party withdrew', () => {
    const sim = run(anyApproval);
    sim.send(withdrawVendor);
    expect(sim.state).toMatchObject({ lifecycle: 'completed', steps: { review: { outcome: 'approve' } } });
    expect(sim.patches).toContain('approve-when-every-approver-withdrew');
  });

  it('leave such a step waiting in runs from before the patch', () => {
    const sim = run(anyApproval, { patched: () => false });
    sim.send(withdrawVendor);
    expect(sim.state.lifecycle).toBe('running');
    expect(sim.openTasks()).toEqual([]);
  });

  it('clear the reminders of a branch whose owner withdrew', () => {
    const branches: Steps = [
      {
        id: 'build',
        kind: 'parallel',
        branches: [
          { id: 'vendor_side', steps: [{ id: 'v', kind: 'task', owner: 'vendor.manager', reminders: ['1d'], next: 'join' }] },
          { id: 'partner_side', steps: [{ id: 'p', kind: 'task', owner: 'partner.requester', next: 'join' }] },
        ],
        next: 'done',
      },
      done,
    ];
    const sim = run(branches);
    sim.send(withdrawVendor);
    expect(sim.state.timers).toEqual([]);
    expect(sim.state.joins).toEqual({ k1: ['vendor_side'] });
    const before = run(branches, { patched: () => false });
    before.send(withdrawVendor);
    expect(before.state.timers.map((timer) => timer.kind)).toEqual(['reminder']);
  });
});

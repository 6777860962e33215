/** Each command's check in the core: the named refusal it gives, and what applying it does. */
import { describe, expect, it } from 'vitest';
import { Template } from '../../../definitions/template.js';
import { commands } from '../../../workflows/core/index.js';
import { Failure, FailureType } from '../../../workflows/core/failures.js';
import type { Bindings } from '../../../workflows/schemas.js';
import { checkOf, Simulation } from './simulation.js';

const vera = { name: 'Vera', email: 'vera@acme.example', company: 'acme' };
const vic = { name: 'Vic', email: 'vic@acme.example', company: 'acme' };
const dora = { name: 'Dora', email: 'dora@acme.example', company: 'acme' };
const paul = { name: 'Paul', email: 'paul@globex.example', company: 'globex' };

const bindings: Bindings = {
  companies: { vendor: 'acme', partner: 'globex' },
  participants: { 'vendor.manager': [vera], 'vendor.director': [dora], 'partner.requester': [paul] },
};

const template = Template.parse({
  id: 'commands',
  version: 1,
  title: 'Commands',
  parties: { vendor: { roles: { manager: {}, director: {} } }, partner: { roles: { requester: {} } } },
  admins: ['vendor.director'],
  inputs: { amount: { type: 'money', currency: 'USD', required: true } },
  steps: [
    {
      id: 'ask',
      kind: 'task',
      owner: 'partner.requester',
      form: { amount: { type: 'money', currencyFrom: 'input.amount.currency', required: true } },
      outcomes: ['submit', 'withdraw'],
      next: { submit: 'sign', withdraw: 'done' },
    },
    { id: 'sign', kind: 'task', owner: 'vendor.manager', next: 'done' },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
});

function started(): Simulation {
  return new Simulation(template, { bindings, input: { amount: { amount: 100_00, currency: 'EUR' } } });
}

/** The failure type a command's check refuses with; undefined when it passes. */
function refusal(sim: Simulation, event: Parameters<typeof checkOf>[0]): string | undefined {
  const before = JSON.stringify(sim.state);
  try {
    checkOf(event)(sim.machine);
    return undefined;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    expect(JSON.stringify(sim.state), 'a check changed the state').toBe(before);
    return error.type;
  } finally {
    expect(JSON.stringify(sim.state)).toBe(before);
  }
}

const decision = (taskId: string, actor: string, outcome: string, form?: Record<string, unknown>) => ({ type: 'decision' as const, decision: { taskId, actor, outcome, ...(form ? { form } : {}) } });
const euros = { amount: { amount: 5_00, currency: 'EUR' } };

describe('decide', () => {
  it('refuses an unknown task, someone else’s task, an outcome not offered, and a bad form, each by name', () => {
    const sim = started();
    expect(refusal(sim, decision('nope', paul.email, 'submit', euros))).toBe(FailureType.UnknownTask);
    expect(refusal(sim, decision('ask.1.partner.requester', vera.email, 'submit', euros))).toBe(FailureType.NotYourTask);
    expect(refusal(sim, decision('ask.1.partner.requester', paul.email, 'approve', euros))).toBe(FailureType.OutcomeNotAllowed);
    expect(refusal(sim, decision('ask.1.partner.requester', paul.email, 'submit', {}))).toBe(FailureType.InvalidForm);
    expect(refusal(sim, decision('ask.1.partner.requester', paul.email, 'submit', { amount: { amount: 5_00, currency: 'USD' } }))).toBe(FailureType.CurrencyMismatch);
    expect(refusal(sim, decision('ask.1.partner.requester', paul.email, 'withdraw', {}))).toBeUndefined();
    expect(refusal(sim, decision('ask.1.partner.requester', paul.email, 'submit', euros))).toBeUndefined();
  });

  it('refuses a task already decided, and a form on a step without one', () => {
    const sim = started();
    sim.send(decision('ask.1.partner.requester', paul.email, 'submit', euros));
    expect(refusal(sim, decision('ask.1.partner.requester', paul.email, 'submit', euros))).toBe(FailureType.TaskNotOpen);
    expect(refusal(sim, decision('sign.1.vendor.manager', vera.email, 'submit', { note: 'x' }))).toBe(FailureType.InvalidForm);
  });

  it('refuses everything once the instance has ended', () => {
    const sim = started();
    sim.send({ type: 'cancel', cancellation: { actor: sim.state.initiator.email, reason: 'stop' } });
    expect(refusal(sim, decision('ask.1.partner.requester', paul.email, 'submit', euros))).toBe(FailureType.InstanceNotRunning);
    expect(refusal(sim, { type: 'cancel', cancellation: { actor: sim.state.initiator.email, reason: 'again' } })).toBe(FailureType.InstanceNotRunning);
  });
});

describe('delegate and reassign', () => {
  it('refuse a recipient at another company and one who holds the task already', () => {
    const sim = started();
    const to = (person: typeof vera) => ({ type: 'delegation' as const, delegation: { taskId: 'ask.1.partner.requester', actor: paul.email, to: person } });
    expect(refusal(sim, to(vera))).toBe(FailureType.RecipientAtOtherCompany);
    expect(refusal(sim, to(paul))).toBe(FailureType.AlreadyHoldsTask);
  });

  it('let only an admin (or a party admin the API vouched for) reassign', () => {
    const sim = started();
    sim.send(decision('ask.1.partner.requester', paul.email, 'submit', euros));
    const reassign = (actor: string, partyAdmin?: true) => ({ type: 'reassignment' as const, reassignment: { taskId: 'sign.1.vendor.manager', actor, to: vic, ...(partyAdmin ? { partyAdmin } : {}) } });
    expect(refusal(sim, reassign(vera.email))).toBe(FailureType.NotAdmin);
    expect(refusal(sim, reassign(vera.email, true))).toBeUndefined();
    sim.send(reassign(dora.email));
    expect(sim.openTasks()[0]?.assignees).toEqual([vic]);
    expect(sim.mails.at(-1)).toMatchObject({ purpose: 'delegated', to: vic });
  });

  it('hand a delegated task to the recipient beside its other holders', () => {
    const sim = started();
    sim.send(decision('ask.1.partner.requester', paul.email, 'submit', euros));
    sim.send({ type: 'delegation', delegation: { taskId: 'sign.1.vendor.manager', actor: vera.email, to: vic } });
    expect(sim.openTasks()[0]?.assignees).toEqual([vic]);
    expect(refusal(sim, decision('sign.1.vendor.manager', vera.email, 'submit'))).toBe(FailureType.NotYourTask);
  });
});

describe('hand over', () => {
  it('refuses someone who holds nothing, and gives a task left with nobody to the fallback', () => {
    const sim = started();
    expect(refusal(sim, { type: 'hand-over', handOver: { email: vic.email, companyId: 'acme', fallback: {}, reason: 'left' } })).toBe(FailureType.HoldsNothing);
    sim.send(decision('ask.1.partner.requester', paul.email, 'submit', euros));
    sim.send({ type: 'hand-over', handOver: { email: vera.email, companyId: 'acme', fallback: { 'vendor.manager': [dora] }, reason: 'left' } });
    expect(sim.openTasks()[0]?.assignees).toEqual([dora]);
    expect(sim.state.bindings.participants['vendor.manager']).toEqual([dora]);
  });
});

describe('cancel', () => {
  it('is for the initiator and admins only', () => {
    const sim = started();
    expect(refusal(sim, { type: 'cancel', cancellation: { actor: paul.email, reason: 'mine' } })).toBe(FailureType.NotInitiatorOrAdmin);
    expect(refusal(sim, { type: 'cancel', cancellation: { actor: dora.email, reason: 'admin' } })).toBeUndefined();
  });
});

describe('withdraw', () => {
  const withdraw = (actor: string, party: string) => ({ type: 'withdrawal' as const, withdrawal: { actor, party, reason: 'leaving' } });

  it('refuses an unknown party, someone outside the party, and a second withdrawal', () => {
    const sim = started();
    expect(refusal(sim, withdraw(paul.email, 'nobody'))).toBe(FailureType.UnknownParty);
    expect(refusal(sim, withdraw(vera.email, 'partner'))).toBe(FailureType.NotInParty);
    sim.send(withdraw(vera.email, 'vendor'));
    expect(refusal(sim, withdraw(vera.email, 'vendor'))).toBe(FailureType.PartyAlreadyWithdrawn);
  });

  it('ends the instance as withdrawn when the owner of the only running step leaves', () => {
    const sim = started();
    sim.send(withdraw(paul.email, 'partner'));
    expect(sim.state).toMatchObject({ lifecycle: 'completed', status: 'Withdrawn', withdrawn: ['partner'] });
    expect(sim.state.tasks[0]?.status).toBe('cancelled');
  });
});

describe('decide with funds', () => {
  const holding = Template.parse({
    ...template,
    id: 'holding',
    steps: [
      {
        id: 'ask',
        kind: 'approval',
        approvers: ['vendor.manager'],
        outcomes: ['approve', 'approve_lower', 'deny'],
        form: { lower: { type: 'money', currencyFrom: 'input.amount.currency', required: true, outcomes: ['approve_lower'] } },
        needsFunds: { approve: 'input.amount', approve_lower: 'steps.ask.form.lower' },
        next: 'done',
      },
      { id: 'done', kind: 'end', status: 'Done' },
    ],
  });
  const sim = () => new Simulation(holding, { bindings, input: { amount: { amount: 100_00, currency: 'EUR' } } });
  const task = 'ask.1.vendor.manager';
  const funds = (available: number, reserved = 0) => ({ currency: 'EUR', available, reserved });
  const fundsRefusal = (s: Simulation, outcome: string, form: Record<string, unknown> | undefined, available: ReturnType<typeof funds>) => {
    try {
      commands.decide.checkFunds(s.machine, decision(task, vera.email, outcome, form).decision, available);
      return undefined;
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      return error.type;
    }
  };

  it('names the amount each outcome holds, with the decision’s own form in place, and none for an outcome that holds nothing', () => {
    const s = sim();
    expect(commands.decide.fundsNeeded(s.machine, decision(task, vera.email, 'approve').decision)).toEqual({ amount: 100_00, currency: 'EUR' });
    expect(commands.decide.fundsNeeded(s.machine, decision(task, vera.email, 'approve_lower', { lower: { amount: 40_00, currency: 'EUR' } }).decision)).toEqual({ amount: 40_00, currency: 'EUR' });
    expect(commands.decide.fundsNeeded(s.machine, decision(task, vera.email, 'deny').decision)).toBeUndefined();
  });

  it('refuses an outcome that holds more than is available (with what the request holds) as InsufficientFunds, and lets one that fits through', () => {
    const s = sim();
    const before = JSON.stringify(s.state);
    expect(fundsRefusal(s, 'approve', undefined, funds(99_99))).toBe(FailureType.InsufficientFunds);
    expect(fundsRefusal(s, 'approve', undefined, funds(60_00, 40_00))).toBeUndefined();
    expect(fundsRefusal(s, 'approve_lower', { lower: { amount: 40_00, currency: 'EUR' } }, funds(40_00))).toBeUndefined();
    expect(fundsRefusal(s, 'approve_lower', { lower: { amount: 40_01, currency: 'EUR' } }, funds(40_00))).toBe(FailureType.InsufficientFunds);
    expect(fundsRefusal(s, 'deny', undefined, funds(0))).toBeUndefined();
    expect(JSON.stringify(s.state)).toBe(before);
  });

  it('carries the amount asked and the amount available as data, so a page can word the refusal', () => {
    const s = sim();
    expect(() => commands.decide.checkFunds(s.machine, decision(task, vera.email, 'approve_lower', { lower: { amount: 40_01, currency: 'EUR' } }).decision, funds(30_00, 10_00))).toThrow(
      expect.objectContaining({ type: FailureType.InsufficientFunds, details: { amount: 40_01, available: 40_00, currency: 'EUR' } }),
    );
  });
});

/**
 * A timeout's outcome that a step does not list for people is a system outcome, inferred from
 * the step's timing: the template validates without `systemOutcomes`, the task carries it as
 * not for people (so no mail or page offers it), a person cannot choose it, and the timeout takes it.
 */
import { describe, expect, it } from 'vitest';
import { systemOutcomes } from '../../../definitions/flow.js';
import { validateTemplate } from '../../../definitions/validate.js';
import { isForPeople } from '../../../presentation/index.js';
import { FailureType } from '../../../workflows/core/failures.js';
import type { Bindings } from '../../../workflows/schemas.js';
import { checkOf, Simulation } from './simulation.js';

const paul = { name: 'Paul', email: 'paul@globex.example', company: 'globex' };
const bindings: Bindings = { companies: { partner: 'globex' }, participants: { 'partner.requester': [paul] } };

const raw = (claim: Record<string, unknown>) => ({
  id: 'timed',
  version: 1,
  title: 'Timed',
  parties: { partner: { roles: { requester: {} } } },
  steps: [
    { id: 'claim', kind: 'task', owner: 'partner.requester', outcomes: ['submit', 'cancel'], next: { submit: 'done', cancel: 'done', expire: 'expired' }, ...claim },
    { id: 'done', kind: 'end', status: 'Done' },
    { id: 'expired', kind: 'end', status: 'Expired' },
  ],
});

function validated(claim: Record<string, unknown>) {
  const result = validateTemplate(raw(claim));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.template;
}

describe('system outcomes inferred from timing', () => {
  it('accepts a timeout outcome the step does not list, as a system outcome', () => {
    const template = validated({ timeout: { after: '1h', outcome: 'expire' } });
    const step = template.steps[0];
    if (!step) throw new Error('no step');
    expect(systemOutcomes(step)).toEqual(['expire']);
  });

  it('never offers it to a person, refuses it from one, and takes it when the time runs out', () => {
    const sim = new Simulation(validated({ timeout: { after: '1h', outcome: 'expire' } }), { bindings });
    const task = sim.openTasks()[0];
    if (!task) throw new Error('no task');
    expect(task.outcomes).toEqual(['submit', 'cancel', 'expire']);
    expect(task.outcomes.filter((outcome) => isForPeople(task, outcome))).toEqual(['submit', 'cancel']);
    expect(() => checkOf({ type: 'decision', decision: { taskId: task.id, actor: paul.email, outcome: 'expire' } })(sim.machine)).toThrow(
      expect.objectContaining({ type: FailureType.OutcomeNotAllowed }),
    );
    sim.tick();
    expect(sim.state).toMatchObject({ lifecycle: 'completed', status: 'Expired' });
  });

  it('keeps a timeout outcome that the step lists for people a choice people have', () => {
    const template = validated({ outcomes: ['submit', 'cancel'], timeout: { after: '1h', outcome: 'cancel' }, next: { submit: 'done', cancel: 'expired' } });
    const step = template.steps[0];
    if (!step) throw new Error('no step');
    expect(systemOutcomes(step)).toEqual([]);
  });

  it('still refuses a next map that does not route the timeout’s outcome', () => {
    const result = validateTemplate({ ...raw({ timeout: { after: '1h', outcome: 'expier' } }) });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('expier');
  });
});

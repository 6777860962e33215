/** Migrating an instance to a later version of its template: what the check refuses, and what moving keeps. */
import { describe, expect, it } from 'vitest';
import { Template, type TemplateInput } from '../../../definitions/template.js';
import * as core from '../../../workflows/core/index.js';
import { Failure, FailureType } from '../../../workflows/core/failures.js';
import type { Bindings, Migration } from '../../../workflows/schemas.js';
import { checkOf, Simulation } from './simulation.js';

const vera = { name: 'Vera', email: 'vera@acme.example', company: 'acme' };
const paul = { name: 'Paul', email: 'paul@globex.example', company: 'globex' };
const bindings: Bindings = { companies: { vendor: 'acme', partner: 'globex' }, participants: { 'vendor.manager': [vera], 'partner.requester': [paul] } };
const parties = { vendor: { roles: { manager: {} } }, partner: { roles: { requester: {} } } };

const v1Input: TemplateInput = {
  id: 'fix',
  version: 1,
  title: 'Fix',
  parties,
  steps: [
    { id: 'ask', kind: 'task', owner: 'partner.requester', next: 'review' },
    { id: 'review', kind: 'approval', approvers: ['vendor.manager'], reminders: ['1h'], next: { approve: 'pause', reject: 'ask', request_changes: 'ask' } },
    { id: 'pause', kind: 'wait', duration: '2h', next: 'done' },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
};
const v1 = Template.parse(v1Input);

/** Version 2: `review` is now `check`, and a notice step follows the pause. */
const v2 = Template.parse({
  ...v1Input,
  version: 2,
  steps: [
    { id: 'ask', kind: 'task', owner: 'partner.requester', next: 'check' },
    { id: 'check', kind: 'approval', approvers: ['vendor.manager'], reminders: ['1h'], next: { approve: 'pause', reject: 'ask', request_changes: 'ask' } },
    { id: 'pause', kind: 'wait', duration: '2h', next: 'recorded' },
    { id: 'recorded', kind: 'action', action: 'record', with: { name: 'fixed', value: 'true' }, next: 'closed' },
    { id: 'closed', kind: 'end', status: 'Closed' },
  ],
});

const migration = (template: Template, mapping: Record<string, string> = {}): { type: 'migration'; migration: Migration } => ({ type: 'migration', migration: { template, mapping, actor: 'ops' } });
const decision = (taskId: string, actor: string, outcome: string) => ({ type: 'decision' as const, decision: { taskId, actor, outcome } });

/** An instance of version 1 waiting on Vera's review. */
function atReview(): Simulation {
  const sim = new Simulation(v1, { bindings, input: {} });
  sim.send(decision('ask.1.partner.requester', paul.email, 'submit'));
  return sim;
}

/** The failure a migration's check gives, with its message; checks that it changed nothing. */
function refusal(sim: Simulation, event: ReturnType<typeof migration>): { type: string; message: string } | undefined {
  const before = JSON.stringify(sim.state);
  try {
    checkOf(event)(sim.machine);
    return undefined;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { type: error.type, message: error.message };
  } finally {
    expect(JSON.stringify(sim.state), 'a check changed the state').toBe(before);
    expect(sim.machine.template.version).toBe(1);
  }
}

describe('migrate: check', () => {
  it('refuses a current position the mapping leaves without a step, naming the step and how to map it', () => {
    const refused = refusal(atReview(), migration(v2));
    expect(refused?.type).toBe(FailureType.MigrationStepUnmapped);
    expect(refused?.message).toContain('the instance is at step "review", which version 2 does not have');
    expect(refused?.message).toContain('"mapping": { "review": "<step>" }');
  });

  it('refuses the same or an earlier version, and another template', () => {
    const sim = atReview();
    expect(refusal(sim, migration(v1))?.type).toBe(FailureType.MigrationTargetInvalid);
    expect(refusal(sim, migration({ ...v2, id: 'other' }, { review: 'check' }))?.type).toBe(FailureType.MigrationTargetInvalid);
  });

  it('refuses a mapping that names a step either version lacks', () => {
    const sim = atReview();
    expect(refusal(sim, migration(v2, { review: 'check', nope: 'check' }))?.message).toBe('the mapping names step "nope", which version 1 does not have');
    expect(refusal(sim, migration(v2, { review: 'chekc' }))?.type).toBe(FailureType.MigrationMappingInvalid);
  });

  it('refuses a step of another kind, and one that drops an outcome open tasks offer', () => {
    const sim = atReview();
    const wrongKind = refusal(sim, migration(v2, { review: 'pause' }));
    expect(wrongKind).toEqual({ type: FailureType.MigrationStepIncompatible, message: 'step "review" (where the instance is now) maps to "pause", a wait step; it must be an approval step like "review"' });
    const fewer = Template.parse({ ...v2, steps: v2.steps.map((step) => (step.id === 'check' ? { ...step, outcomes: ['approve', 'reject'], next: { approve: 'pause', reject: 'ask' } } : step)) });
    const dropped = refusal(sim, migration(fewer, { review: 'check' }));
    expect(dropped?.type).toBe(FailureType.MigrationStepIncompatible);
    expect(dropped?.message).toContain('does not offer "request_changes"; open task review.1.vendor.manager offers it');
  });

  it('refuses moving a branch’s position out of its branch', () => {
    const side: TemplateInput = {
      id: 'side',
      version: 1,
      title: 'Side by side',
      parties,
      steps: [
        {
          id: 'both',
          kind: 'parallel',
          branches: [
            { id: 'left', steps: [{ id: 'sign', kind: 'task', owner: 'vendor.manager', next: 'join' }] },
            { id: 'right', steps: [{ id: 'ack', kind: 'task', owner: 'partner.requester', next: 'join' }] },
          ],
          next: 'done',
        },
        { id: 'done', kind: 'end', status: 'Done' },
      ],
    };
    const sim = new Simulation(Template.parse(side), { bindings, input: {} });
    const swapped = Template.parse({
      ...side,
      version: 2,
      steps: [
        {
          id: 'both',
          kind: 'parallel',
          branches: [
            { id: 'left', steps: [{ id: 'ack', kind: 'task', owner: 'partner.requester', next: 'join' }] },
            { id: 'right', steps: [{ id: 'sign', kind: 'task', owner: 'vendor.manager', next: 'join' }] },
          ],
          next: 'done',
        },
        { id: 'done', kind: 'end', status: 'Done' },
      ],
    });
    const refused = refusal(sim, migration(swapped));
    expect(refused).toEqual({ type: FailureType.MigrationStepIncompatible, message: 'step "sign" (where the instance is now) maps to "sign", which is not in branch "left" of parallel step "both" as the instance\'s position there is' });
    expect(refusal(sim, migration(Template.parse({ ...side, version: 2 })))).toBeUndefined();
  });

  it('refuses a version that needs a role the instance was started without', () => {
    const needsLegal = Template.parse({ ...v2, parties: { ...parties, vendor: { roles: { manager: {}, legal: {} } } } });
    const refused = refusal(atReview(), migration(needsLegal, { review: 'check' }));
    expect(refused?.type).toBe(FailureType.MigrationBindingsMissing);
    expect(refused?.message).toContain('role "vendor.legal"');
  });

  it('refuses an instance that has ended', () => {
    const sim = atReview();
    sim.send({ type: 'cancel', cancellation: { actor: 'ines@acme.example', reason: 'no longer needed' } });
    expect(refusal(sim, migration(v2, { review: 'check' }))?.type).toBe(FailureType.InstanceNotRunning);
  });

  it('passes a mapping that places every current position', () => {
    expect(refusal(atReview(), migration(v2, { review: 'check' }))).toBeUndefined();
  });
});

describe('migrate: apply', () => {
  it('moves the open task with its id and holder, records who moved it, and runs on to the new version’s end', () => {
    const sim = atReview();
    sim.send(migration(v2, { review: 'check' }));
    const task = sim.openTasks()[0];
    expect(task).toMatchObject({ id: 'review.1.vendor.manager', stepId: 'check', assignees: [vera] });
    expect(sim.state.templateVersion).toBe(2);
    expect(sim.state.tokens.map((token) => token.stepId)).toEqual(['check']);
    expect(sim.state.history.at(-1)).toMatchObject({ type: 'migrated', actor: 'system', details: { fromVersion: 1, toVersion: 2, mapping: { review: 'check' }, by: 'ops' } });
    expect(sim.projections.at(-1)?.tasks.map((changed) => changed.stepId)).toEqual(['check']);

    sim.send(decision('review.1.vendor.manager', vera.email, 'approve'));
    while (sim.tick());
    expect(sim.state).toMatchObject({ lifecycle: 'completed', status: 'Closed', vars: { fixed: true } });
    expect(sim.state.steps['check']).toMatchObject({ outcome: 'approve' });
  });

  it('keeps the timers: a reminder fires at its time on the new step, and a wait ends when it would have', () => {
    const sim = atReview();
    const reminderAt = core.nextTimerAt(sim.state);
    sim.send(migration(v2, { review: 'check' }));
    expect(core.nextTimerAt(sim.state)).toBe(reminderAt);
    sim.tick();
    expect(sim.mails.at(-1)).toMatchObject({ purpose: 'reminder', to: vera, task: { id: 'review.1.vendor.manager', stepId: 'check' } });

    sim.send(decision('review.1.vendor.manager', vera.email, 'approve'));
    const waitUntil = core.nextTimerAt(sim.state);
    expect(sim.state.tokens.map((token) => token.stepId)).toEqual(['pause']);
    const later = Template.parse({ ...v2, version: 3 });
    sim.send(migration(later));
    expect(core.nextTimerAt(sim.state)).toBe(waitUntil);
    sim.tick();
    expect(sim.state).toMatchObject({ lifecycle: 'completed', status: 'Closed', templateVersion: 3 });
  });

  it('counts visits of a renamed step on, so a second visit opens a new task id', () => {
    const sim = atReview();
    sim.send(migration(v2, { review: 'check' }));
    sim.send(decision('review.1.vendor.manager', vera.email, 'request_changes'));
    sim.send(decision('ask.2.partner.requester', paul.email, 'submit'));
    expect(sim.openTasks().map((task) => task.id)).toEqual(['check.2.vendor.manager']);
  });

  it('carries the new version into the next run (continue-as-new)', () => {
    const sim = atReview();
    sim.send(migration(v2, { review: 'check' }));
    const next = core.nextRun(sim.machine);
    const resumed = new Simulation(sim.machine.template, { bindings, input: {} }, structuredClone(next));
    expect(resumed.machine.template.version).toBe(2);
    resumed.send(decision('review.1.vendor.manager', vera.email, 'approve'));
    expect(resumed.state.tokens.map((token) => token.stepId)).toEqual(['pause']);
  });
});

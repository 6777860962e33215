/**
 * The core over generated templates and generated sequences of what people and the clock
 * do, without a server: instances never get stuck, end cleanly, apply approval policies as
 * `approvalOutcome` says, refuse without changing anything, and survive continue-as-new.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexSteps } from '../../../definitions/flow.js';
import { Template, type Step } from '../../../definitions/template.js';
import { approvalOutcome } from '../../../workflows/approval.js';
import { Failure } from '../../../workflows/core/failures.js';
import type { InstanceState } from '../../../workflows/schemas.js';
import { validTemplate } from '../../definitions/template-arbitrary.js';
import { filledForm } from '../../support/forms.js';
import { checkOf, Simulation } from './simulation.js';

/** One thing that happens to an instance; the numbers pick among what is possible then. */
type Move = { kind: 'decide'; task: number; outcome: number } | { kind: 'tick' } | { kind: 'withdraw'; party: number } | { kind: 'cancel' };

const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('decide' as const), task: fc.nat(), outcome: fc.nat() }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'tick' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), party: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'cancel' as const }) },
);
const moves = fc.array(move, { maxLength: 25 });
const templates = validTemplate({ maxSteps: 5, maxDepth: 2 });

/** Applies a move if it is possible now; commands that the core refuses leave the state as it was. */
function play(sim: Simulation, next: Move): void {
  if (sim.state.lifecycle !== 'running') return;
  if (next.kind === 'tick') {
    sim.tick();
    return;
  }
  if (next.kind === 'cancel') {
    sim.send({ type: 'cancel', cancellation: { actor: sim.state.initiator.email, reason: 'no longer needed' } });
    return;
  }
  if (next.kind === 'withdraw') {
    const party = ['vendor', 'partner'][next.party % 2] ?? 'vendor';
    const actor = Object.entries(sim.state.bindings.participants).find(([role]) => role.startsWith(`${party}.`))?.[1][0];
    if (!actor || sim.state.withdrawn.includes(party)) return;
    sim.send({ type: 'withdrawal', withdrawal: { actor: actor.email, party, reason: 'leaving' } });
    return;
  }
  const open = sim.openTasks();
  const task = open[next.task % Math.max(open.length, 1)];
  const actor = task?.assignees[0];
  if (!task || !actor) {
    sim.tick();
    return;
  }
  const step = stepById(sim, task.stepId);
  const form = step.kind === 'task' || step.kind === 'approval' ? filledForm(step.form) : {};
  const outcome = task.outcomes[next.outcome % task.outcomes.length] ?? 'submit';
  sim.send({ type: 'decision', decision: { taskId: task.id, actor: actor.email, outcome, ...(Object.keys(form).length > 0 ? { form } : {}) } });
}

function stepById(sim: Simulation, stepId: string): Step {
  const placed = indexSteps(sim.machine.template).get(stepId);
  if (!placed) throw new Error(`no step ${stepId}`);
  return placed.step;
}

/** What continue-as-new does to a value: it travels as JSON. */
function throughJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every token waits on something: an open task, a timer, or the branches of its parallel step. */
function expectNothingStuck(state: InstanceState): void {
  if (state.lifecycle !== 'running') {
    expect(state.tokens).toEqual([]);
    expect(state.timers).toEqual([]);
    expect(state.tasks.filter((task) => task.status === 'open')).toEqual([]);
    return;
  }
  expect(state.tokens.length).toBeGreaterThan(0);
  for (const token of state.tokens) {
    expect(token.phase).toBe('waiting');
    const tasks = state.tasks.some((task) => task.stepId === token.stepId && task.visit === token.visit && task.status === 'open');
    const timer = state.timers.some((candidate) => candidate.tokenId === token.id);
    const branches = state.tokens.some((child) => child.parent?.tokenId === token.id);
    expect(tasks || timer || branches, `token ${token.id} at ${token.stepId} waits on nothing`).toBe(true);
  }
}

describe('the core on generated templates', () => {
  it('leaves every token waiting on a task, a timer or its branches, and nothing open after the end', () => {
    fc.assert(
      fc.property(templates, moves, (template, plan) => {
        const sim = new Simulation(template);
        expectNothingStuck(sim.state);
        for (const next of plan) {
          play(sim, next);
          expectNothingStuck(sim.state);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reaches an end step when every task is decided with its first outcome and timers run out', () => {
    fc.assert(
      fc.property(templates, (template) => {
        const sim = new Simulation(template);
        for (let moves = 0; sim.state.lifecycle === 'running'; moves++) {
          expect(moves, `stuck at ${sim.state.tokens.map((token) => token.stepId).join(', ')}`).toBeLessThan(200);
          play(sim, { kind: 'decide', task: 0, outcome: 0 });
        }
        expect(sim.state.lifecycle).toBe('completed');
        expect(template.steps.some((step) => step.kind === 'end' && step.status === sim.state.status)).toBe(true);
        expect(sim.mails.filter((mail) => mail.purpose === 'result')).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses commands that do not fit without changing the state', () => {
    fc.assert(
      fc.property(templates, moves, fc.nat(), fc.string(), (template, plan, pick, outcome) => {
        const sim = new Simulation(template);
        for (const next of plan) play(sim, next);
        const before = JSON.stringify(sim.state);
        const task = sim.state.tasks[pick % Math.max(sim.state.tasks.length, 1)];
        const attempts = [
          { type: 'decision' as const, decision: { taskId: task?.id ?? 'none', actor: 'stranger@nowhere.example', outcome: 'submit' } },
          { type: 'decision' as const, decision: { taskId: task?.id ?? 'none', actor: task?.assignees[0]?.email ?? 'x@y.example', outcome: `not-${outcome}` } },
          { type: 'cancel' as const, cancellation: { actor: 'stranger@nowhere.example', reason: 'mine now' } },
          { type: 'withdrawal' as const, withdrawal: { actor: 'stranger@nowhere.example', party: 'vendor', reason: 'not mine' } },
        ];
        for (const attempt of attempts) {
          expect(() => checkOf(attempt)(sim.machine)).toThrow(Failure);
          expect(JSON.stringify(sim.state)).toBe(before);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same results after a continue-as-new (the state through JSON) as without one', () => {
    fc.assert(
      fc.property(templates, moves, moves, (template, before, after) => {
        const straight = new Simulation(template);
        for (const next of before) play(straight, next);
        if (straight.state.lifecycle !== 'running') return;
        const carried = throughJson(straight.state);
        const continued = new Simulation(Template.parse(throughJson(template)), {}, carried);
        continued.clock = straight.clock;
        const mailsBefore = straight.mails.length;
        for (const next of after) {
          play(straight, next);
          play(continued, next);
        }
        expect(continued.state).toEqual(straight.state);
        expect(continued.mails.map((mail) => mail.key)).toEqual(straight.mails.slice(mailsBefore).map((mail) => mail.key));
      }),
      { numRuns: 100 },
    );
  });
});

describe('approval policies in the core', () => {
  const roles = ['vendor.manager', 'vendor.finance', 'vendor.legal', 'partner.admin', 'partner.sales'];
  const policy = fc.oneof(fc.constant('all' as const), fc.constant('any' as const), fc.integer({ min: 1, max: 5 }).map((quorum) => ({ quorum })));
  const votes = fc.array(fc.record({ approver: fc.nat(), outcome: fc.constantFrom('approve', 'approve', 'reject', 'request_changes') }), { maxLength: 6 });

  it('settles exactly when approvalOutcome says, with its outcome', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), policy, votes, (count, chosenPolicy, plan) => {
        const approvers = roles.slice(0, count);
        const template = Template.parse({
          id: 'policy',
          version: 1,
          title: 'Policy',
          parties: { vendor: { roles: { manager: {}, finance: {}, legal: {} } }, partner: { roles: { admin: {}, sales: {} } } },
          steps: [
            { id: 'review', kind: 'approval', approvers, policy: chosenPolicy, next: { approve: 'yes', reject: 'no', request_changes: 'again' } },
            { id: 'yes', kind: 'end', status: 'Approved' },
            { id: 'no', kind: 'end', status: 'Denied' },
            { id: 'again', kind: 'end', status: 'Changes' },
          ],
        });
        const sim = new Simulation(template);
        const decided: { outcome?: string; counted: boolean }[] = approvers.map(() => ({ counted: true }));
        for (const vote of plan) {
          if (sim.state.lifecycle !== 'running') break;
          const index = vote.approver % approvers.length;
          const task = sim.state.tasks[index];
          if (!task || task.status !== 'open') continue;
          const actor = task.assignees[0];
          if (!actor) continue;
          sim.send({ type: 'decision', decision: { taskId: task.id, actor: actor.email, outcome: vote.outcome } });
          decided[index] = { outcome: vote.outcome, counted: true };
          const expected = approvalOutcome(chosenPolicy, decided);
          if (expected === undefined) {
            expect(sim.state.lifecycle).toBe('running');
          } else {
            expect(sim.state.steps['review']?.outcome).toBe(expected);
            expect(sim.state.status).toBe({ approve: 'Approved', reject: 'Denied', request_changes: 'Changes' }[expected]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

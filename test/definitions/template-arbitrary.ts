/**
 * fast-check arbitraries for valid templates: random chains of steps of every kind,
 * parallel steps with nested branches, and transitions that are consistent by construction.
 *
 * How validity is guaranteed: every step has a transition to the step after it (the last
 * one to an end step, or to `join` in a branch), so every step is reachable and can
 * finish; system steps (action, wait, decision) only go forward, so the only loops run
 * through a task or approval step; targets are always in the same branch.
 *
 * Shared with the interpreter's tests, which run the generated templates.
 */
import fc from 'fast-check';
import { Template, type TemplateInput } from '../../definitions/template.js';

export type { TemplateInput };
type StepInput = TemplateInput['steps'][number];
type NextInput = string | Record<string, string>;
type HumanTiming = Partial<Pick<Extract<StepInput, { kind: 'task' }>, 'due' | 'reminders' | 'escalation' | 'timeout'>>;

/** Random choices for one step; the builder turns them into a step deterministically. */
type StepPlan =
  | { kind: 'task' | 'approval' | 'action' | 'wait' | 'decision'; dice: number[] }
  | { kind: 'parallel'; dice: number[]; branches: StepPlan[][] };

const DICE = 16;
const dice = fc.array(fc.nat({ max: 1_000 }), { minLength: DICE, maxLength: DICE });
const leafPlan: fc.Arbitrary<StepPlan> = fc.record({
  kind: fc.constantFrom('task', 'approval', 'action', 'wait', 'decision'),
  dice,
});

function stepPlan(depth: number): fc.Arbitrary<StepPlan> {
  if (depth <= 0) return leafPlan;
  const parallel: fc.Arbitrary<StepPlan> = fc.record({
    kind: fc.constant('parallel'),
    dice,
    branches: fc.array(chainPlan(depth - 1, 3), { minLength: 2, maxLength: 3 }),
  });
  return fc.oneof({ weight: 4, arbitrary: leafPlan }, { weight: 1, arbitrary: parallel });
}

function chainPlan(depth: number, maxLength: number): fc.Arbitrary<StepPlan[]> {
  return fc.array(stepPlan(depth), { minLength: 1, maxLength });
}

/** Options for {@link validTemplateInput}. */
export interface TemplateArbitraryOptions {
  /** Most top-level steps (before end steps). Default 6. */
  maxSteps?: number;
  /** How deep parallel steps nest. Default 2. */
  maxDepth?: number;
}

/** Random valid templates, as raw input (what a YAML file would hold). */
export function validTemplateInput(options: TemplateArbitraryOptions = {}): fc.Arbitrary<TemplateInput> {
  return fc
    .record({ chain: chainPlan(options.maxDepth ?? 2, options.maxSteps ?? 6), ends: fc.integer({ min: 1, max: 3 }), explicitStart: fc.boolean() })
    .map(({ chain, ends, explicitStart }) => buildTemplate(chain, ends, explicitStart));
}

/** Random valid templates, parsed (defaults filled in), as workflows receive them. */
export function validTemplate(options: TemplateArbitraryOptions = {}): fc.Arbitrary<Template> {
  return validTemplateInput(options).map((input) => Template.parse(input));
}

/** The parties, roles and inputs every generated template declares. */
const ROLES = ['vendor.manager', 'vendor.finance', 'vendor.legal', 'partner.admin', 'partner.sales'];
const CUSTOM_OUTCOMES = [['submit', 'withdraw'], ['accept', 'decline', 'defer'], ['done']];
const APPROVAL_OUTCOMES = [['approve', 'reject'], ['approve', 'reject', 'request_changes', 'escalate']];
const DURATIONS = ['2s', '45d', '36h', '1h30m', '500ms', 'P45D', 'PT2S', '2w'];

class Builder {
  private counter = 0;
  private readonly usedEnds = new Set<string>();
  private readonly vars: string[] = [];
  readonly stepIds: string[] = [];

  constructor(private readonly endIds: readonly string[]) {}

  /** Builds a chain whose last step goes to `exit` (an end step id or `join`). */
  chain(plans: readonly StepPlan[], exits: readonly string[]): StepInput[] {
    const ids = plans.map(() => this.nextId());
    return plans.map((plan, index) => {
      const forward = [...ids.slice(index + 1), ...exits];
      const backward = ids.slice(0, index + 1);
      return this.step(plan, ids[index] ?? 'never', forward, backward);
    });
  }

  endSteps(): StepInput[] {
    return this.endIds.filter((id) => this.usedEnds.has(id)).map((id) => ({ id, kind: 'end', status: `Finished ${id}` }));
  }

  private nextId(): string {
    const id = `s${this.counter++}`;
    this.stepIds.push(id);
    return id;
  }

  /** The first forward target is the step right after: every step keeps that edge. */
  private target(candidates: readonly string[], roll: number): string {
    const chosen = candidates[roll % candidates.length] ?? candidates[0] ?? 'never';
    if (this.endIds.includes(chosen)) this.usedEnds.add(chosen);
    return chosen;
  }

  private step(plan: StepPlan, id: string, forward: readonly string[], backward: readonly string[]): StepInput {
    const [d0 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0, d8 = 0] = plan.dice;
    const immediate = this.target(forward, 0);
    const title = d8 % 3 === 0 ? `Step "${id}" <${d8}>` : undefined;
    const base = { id, ...(title ? { title } : {}) };
    switch (plan.kind) {
      case 'task': {
        const outcomes = d0 % 2 === 0 ? undefined : pick(CUSTOM_OUTCOMES, d1);
        return {
          ...base,
          kind: 'task',
          owner: pick(ROLES, d2),
          ...(d3 % 2 === 0 ? { form: { note: { type: 'text' }, amount: { type: 'money', currency: 'USD', required: true } } } : {}),
          ...(outcomes ? { outcomes } : {}),
          next: this.humanNext(outcomes ?? ['submit'], immediate, forward, backward, plan.dice),
          ...this.timing(outcomes ?? ['submit'], d4, d5),
        };
      }
      case 'approval': {
        const outcomes = d0 % 2 === 0 ? undefined : pick(APPROVAL_OUTCOMES, d1);
        const approvers = ROLES.slice(0, 1 + (d2 % 3)).map((role, index) =>
          index > 0 && d3 % 2 === 0 ? { role, when: this.condition(d6 + index) } : role,
        );
        const policies = ['all', 'any', { quorum: 1 + (d7 % approvers.length) }] as const;
        return {
          ...base,
          kind: 'approval',
          approvers,
          ...(d5 % 4 === 0 ? {} : { policy: pick(policies, d5) }),
          ...(outcomes ? { outcomes } : {}),
          next: this.humanNext(outcomes ?? ['approve', 'reject', 'request_changes'], immediate, forward, backward, plan.dice),
          ...this.timing(outcomes ?? ['approve', 'reject', 'request_changes'], d4, d6),
        };
      }
      case 'action': {
        const next = this.systemNext(immediate, d1);
        if (d0 % 2 === 0) {
          return { ...base, kind: 'action', action: 'notify', with: { to: [pick(ROLES, d2)], subject: `About ${id}`, message: 'Something happened.' }, next };
        }
        const name = `v${id}`;
        // A variable may have been recorded on a path this instance did not take: read it guarded.
        const recorded = this.vars.length > 0 ? pick(this.vars, d4) : undefined;
        const value = recorded !== undefined && d3 % 2 === 0 ? `has(vars.${recorded}) ? vars.${recorded} : 0` : 'input.amount.amount * 2';
        this.vars.push(name);
        return { ...base, kind: 'action', action: 'record', with: { name, value }, next };
      }
      case 'wait': {
        const next = this.systemNext(immediate, d1);
        if (d0 % 3 === 0) return { ...base, kind: 'wait', until: 'input.end_date', ...(d2 % 2 === 0 ? { plus: pick(DURATIONS, d3) } : {}), next };
        if (d0 % 3 === 1) return { ...base, kind: 'wait', duration: { input: 'window' }, next };
        return { ...base, kind: 'wait', duration: pick(DURATIONS, d2), next };
      }
      case 'decision': {
        const cases = Array.from({ length: 1 + (d0 % 3) }, (_, index) => ({
          when: this.condition(d2 + index * 7),
          next: this.target(forward, (plan.dice[9 + index] ?? 0) + index),
        }));
        return { ...base, kind: 'decision', cases, otherwise: immediate };
      }
      case 'parallel': {
        const branches = plan.branches.map((branchPlan, index) => ({
          id: `b${index}`,
          ...(d2 % 2 === 0 ? { title: `Branch ${index}` } : {}),
          steps: this.chain(branchPlan, ['join']),
        }));
        return { ...base, kind: 'parallel', ...(d0 % 3 === 0 ? {} : { join: d0 % 3 === 1 ? 'all' : 'any' }), branches, next: this.systemNext(immediate, d1) };
      }
    }
  }

  /** A human step's next: one target for all outcomes, or a map that may loop back. */
  private humanNext(outcomes: readonly string[], immediate: string, forward: readonly string[], backward: readonly string[], rolls: readonly number[]): NextInput {
    if ((rolls[10] ?? 0) % 3 === 0) return immediate;
    const targets = [...forward, ...backward];
    return Object.fromEntries(outcomes.map((outcome, index) => [outcome, index === 0 ? immediate : this.target(targets, (rolls[11 + index] ?? 0) + index)]));
  }

  private systemNext(immediate: string, roll: number): NextInput {
    return roll % 2 === 0 ? immediate : { done: immediate };
  }

  private timing(outcomes: readonly string[], roll: number, other: number): HumanTiming {
    if (roll % 4 === 0) return {};
    return {
      due: roll % 2 === 0 ? pick(DURATIONS, other) : { input: 'window' },
      reminders: [pick(DURATIONS, other + 1)],
      ...(roll % 3 === 0 ? { escalation: { after: '3d', to: pick(ROLES, other) } } : {}),
      ...(roll % 4 === 1 ? { timeout: { after: '10d', outcome: pick(outcomes, other) } } : {}),
    };
  }

  private condition(roll: number): string {
    const options = [
      `input.amount.amount > ${roll * 100}`,
      'has(input.tier) && input.tier == "gold"',
      'has(input.note) && size(input.note) > 3',
      `input.end_date < "2030-01-01"`,
      ...this.stepIds.slice(0, 3).map((stepId) => `has(steps.${stepId}) && steps.${stepId}.outcome == "approve"`),
      ...this.vars.map((name) => `has(vars.${name}) && vars.${name} > 0`),
    ];
    return pick(options, roll);
  }
}

function pick<T>(items: readonly T[], roll: number): T {
  const item = items[roll % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function buildTemplate(chain: readonly StepPlan[], endCount: number, explicitStart: boolean): TemplateInput {
  const endIds = Array.from({ length: endCount }, (_, index) => `end_${index}`);
  const builder = new Builder(endIds);
  const steps = builder.chain(chain, endIds);
  const first = steps[0];
  return {
    id: 'generated',
    version: 1,
    title: 'Generated template',
    parties: {
      vendor: { roles: { manager: {}, finance: {}, legal: {} } },
      partner: { roles: { admin: {}, sales: {} } },
    },
    admins: ['vendor.manager'],
    inputs: {
      amount: { type: 'money', currency: 'USD', required: true },
      tier: { type: 'enum', values: ['silver', 'gold'] },
      note: { type: 'text' },
      end_date: { type: 'date', required: true },
      window: { type: 'duration', default: '2d' },
    },
    ...(explicitStart && first ? { start: first.id } : {}),
    steps: [...steps, ...builder.endSteps()],
  };
}

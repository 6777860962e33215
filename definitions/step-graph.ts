/**
 * What the validator and the diagram read from a template beyond `flow.ts` (where steps are
 * placed and indexed): which outcomes each step may and must route, and every transition.
 * Pure, but it brings in the action registry and its zod schemas, so workflow code imports
 * `flow.ts` only.
 */
import { findAction } from './actions.js';
import { humanOutcomes, type BranchScope } from './flow.js';
import type { Step } from './template.js';
import type { TemplatePath } from './template-error.js';

/** The one outcome of action, wait and parallel steps: they finish, then move on. */
export const DONE_OUTCOME = 'done';

/**
 * Outcomes the system itself may give a human step: when a party withdraws, a task step
 * whose `next` map has `withdrawn` goes there. A map may route them; none is required.
 */
export const SYSTEM_OUTCOMES = ['withdrawn'] as const;

/** One transition out of a step. */
export interface Transition {
  /** The step id, or {@link JOIN}. */
  target: string;
  /** Where the target is written, e.g. `[..., 'next', 'approve']`. */
  path: TemplatePath;
  /** What the edge means: an outcome, a decision's condition, `otherwise`, or undefined for "any outcome". */
  label: string | undefined;
}

/** Whether people act on this step (as opposed to the system). */
export function isHumanStep(step: Step): boolean {
  return step.kind === 'task' || step.kind === 'approval';
}

/** Outcomes that a `next` map of this step may route. */
export function routableOutcomes(step: Step): readonly string[] {
  if (isHumanStep(step)) return [...humanOutcomes(step), ...SYSTEM_OUTCOMES];
  if (step.kind === 'action') return findAction(step.action)?.outcomes ?? [DONE_OUTCOME];
  if (step.kind === 'wait' || step.kind === 'parallel') return [DONE_OUTCOME];
  return [];
}

/** Outcomes that a `next` map of this step must route. */
export function requiredOutcomes(step: Step): readonly string[] {
  if (isHumanStep(step)) return humanOutcomes(step);
  return routableOutcomes(step);
}

/** Every transition out of a step, relative to the step's own path. */
export function transitionsOf(step: Step, stepPath: TemplatePath): Transition[] {
  if (step.kind === 'end') return [];
  if (step.kind === 'decision') {
    return [
      ...step.cases.map((entry, index) => ({ target: entry.next, path: [...stepPath, 'cases', index, 'next'], label: entry.when })),
      { target: step.otherwise, path: [...stepPath, 'otherwise'], label: 'otherwise' },
    ];
  }
  if (typeof step.next === 'string') return [{ target: step.next, path: [...stepPath, 'next'], label: undefined }];
  return Object.entries(step.next).map(([outcome, target]) => ({ target, path: [...stepPath, 'next', outcome], label: outcome }));
}

/** Whether a scope is the given one or sits inside it. */
export function isWithin(scope: BranchScope | undefined, outer: BranchScope | undefined): boolean {
  for (let current = scope; ; current = current?.parent) {
    if (sameScope(current, outer)) return true;
    if (current === undefined) return false;
  }
}

/** Whether two steps are in the same branch (or both at the top level). */
export function sameScope(a: BranchScope | undefined, b: BranchScope | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.parallelId === b.parallelId && a.branchId === b.branchId;
}

export { DEFAULT_OUTCOMES, humanOutcomes, JOIN, placeSteps, startStepId, type BranchScope, type PlacedStep } from './flow.js';

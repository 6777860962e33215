/**
 * A template read as a graph: where it starts, every step with its place (top level or
 * inside a branch of a parallel step), which outcomes people choose from, and where each
 * outcome leads. The one home of these facts for the validator, the diagram and the
 * interpreter.
 *
 * Imports types only. The workflow bundle gets a fresh copy of every module it imports for
 * each workflow a worker holds, so keeping zod and the action registry out of the modules
 * workflow code imports keeps every open instance smaller.
 */
import type { Branch, ParallelStep, Step, Template } from './template.js';
import type { TemplatePath } from './template-error.js';

/** The transition target that finishes a branch of a parallel step. */
export const JOIN = 'join';

/** Outcomes of human steps whose template lists none. */
export const DEFAULT_OUTCOMES = {
  task: ['submit'],
  approval: ['approve', 'reject', 'request_changes'],
} as const;

/** The id of the first step an instance enters; undefined for a template without steps. */
export function startStepId(template: Template): string | undefined {
  return template.start ?? template.steps[0]?.id;
}

/** The outcomes a task or approval step lists (or its kind's defaults). */
function listedOutcomes(step: Step): readonly string[] {
  if (step.kind === 'task') return step.outcomes ?? DEFAULT_OUTCOMES.task;
  if (step.kind === 'approval') return step.outcomes ?? DEFAULT_OUTCOMES.approval;
  return [];
}

/**
 * A timeout's outcome the step does not list among its outcomes: the template declares it by
 * its timing alone, so only the system takes it (inferred, without `systemOutcomes`).
 */
function timedOutcome(step: Step): string | undefined {
  if (step.kind !== 'task' && step.kind !== 'approval') return undefined;
  const outcome = step.timeout?.outcome;
  return outcome !== undefined && !listedOutcomes(step).includes(outcome) ? outcome : undefined;
}

/** Every outcome of a task or approval step: those it lists (or its kind's defaults), and its timeout's. */
export function humanOutcomes(step: Step): readonly string[] {
  const timed = timedOutcome(step);
  return timed === undefined ? listedOutcomes(step) : [...listedOutcomes(step), timed];
}

/**
 * The outcomes of a step that only the system takes, never offered to people: those the
 * template marks (`systemOutcomes`), and a timeout's outcome it does not list for people.
 */
export function systemOutcomes(step: Step): readonly string[] {
  if (step.kind !== 'task' && step.kind !== 'approval') return [];
  const marked = step.systemOutcomes ?? [];
  const timed = timedOutcome(step);
  return timed === undefined || marked.includes(timed) ? marked : [...marked, timed];
}

/** Whether a person may choose `outcome` on `step` (a button, a link, a decision through the API). */
export function isForPeople(step: Step, outcome: string): boolean {
  return humanOutcomes(step).includes(outcome) && !systemOutcomes(step).includes(outcome);
}

/** The branch of a parallel step a step sits in; undefined at the top level. */
export interface BranchScope {
  parallelId: string;
  branchId: string;
  /** Where the branch is, e.g. `['steps', 2, 'branches', 0]`. */
  path: TemplatePath;
  /** The branch this branch's parallel step sits in, if any. */
  parent: BranchScope | undefined;
}

/** A step and where it is. */
export interface PlacedStep {
  step: Step;
  path: TemplatePath;
  scope: BranchScope | undefined;
}

/** Every step in template order, branches right after their parallel step. */
export function placeSteps(template: Template): PlacedStep[] {
  const placed: PlacedStep[] = [];
  const visit = (steps: readonly Step[], base: TemplatePath, scope: BranchScope | undefined): void => {
    steps.forEach((step, index) => {
      const path = [...base, index];
      placed.push({ step, path, scope });
      if (step.kind !== 'parallel') return;
      step.branches.forEach((branch, branchIndex) => {
        const branchPath = [...path, 'branches', branchIndex];
        visit(branch.steps, [...branchPath, 'steps'], { parallelId: step.id, branchId: branch.id, path: branchPath, parent: scope });
      });
    });
  };
  visit(template.steps, ['steps'], undefined);
  return placed;
}

/** Every step of a template by id, nested branches included. */
export type StepIndex = ReadonlyMap<string, PlacedStep>;

/** Indexes all steps of a template by id. */
export function indexSteps(template: Template): StepIndex {
  return new Map(placeSteps(template).map((placed) => [placed.step.id, placed]));
}

/**
 * Where `outcome` leads from `step`: a step id, {@link JOIN} to finish the branch,
 * or undefined when the step has no transition for it.
 */
export function nextOf(step: Step, outcome: string): string | undefined {
  if (step.kind === 'end' || step.kind === 'decision') return undefined;
  if (typeof step.next === 'string') return step.next;
  return step.next[outcome];
}

/** The branch of a parallel step by id. */
export function branchOf(step: ParallelStep, branchId: string): Branch | undefined {
  return step.branches.find((branch) => branch.id === branchId);
}

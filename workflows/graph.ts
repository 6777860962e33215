/**
 * Reading a template snapshot as a graph: where each step lives (top level or inside a
 * branch), which outcomes it has and where each outcome leads. Pure and deterministic.
 */
import { humanOutcomes, JOIN, startStepId as declaredStart } from '../definitions/flow.js';
import type { Branch, ParallelStep, Step, Template } from '../definitions/template.js';

/** A step and, if it sits in a branch, the parallel step and branch around it. */
export interface PlacedStep {
  step: Step;
  parallel?: { stepId: string; branchId: string };
}

/** Every step of a template by id, nested branches included. */
export type StepIndex = ReadonlyMap<string, PlacedStep>;

/** Indexes all steps of a template. */
export function indexSteps(template: Template): StepIndex {
  const index = new Map<string, PlacedStep>();
  const visit = (steps: readonly Step[], parallel?: PlacedStep['parallel']) => {
    for (const step of steps) {
      index.set(step.id, parallel ? { step, parallel } : { step });
      if (step.kind === 'parallel') {
        for (const branch of step.branches) visit(branch.steps, { stepId: step.id, branchId: branch.id });
      }
    }
  };
  visit(template.steps);
  return index;
}

/** The first step an instance enters. */
export function startStepId(template: Template): string {
  const start = declaredStart(template);
  if (start === undefined) throw new Error('template has no steps');
  return start;
}

/** The outcomes a human step offers. */
export function outcomesOf(step: Step): string[] {
  return [...humanOutcomes(step)];
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

export { JOIN };

/**
 * The few facts about a template's flow that the interpreter reads from a snapshot: where
 * it starts, which outcomes people choose from, and the target that finishes a branch.
 *
 * Imports types only. The workflow bundle gets a fresh copy of every module it imports for
 * each workflow a worker holds, so keeping zod and the action registry out of the modules
 * workflow code imports keeps every open instance smaller.
 */
import type { Step, Template } from './template.js';

/** The transition target that finishes a branch of a parallel step. */
export const JOIN = 'join';

/** Outcomes of human steps whose template lists none. */
export const DEFAULT_OUTCOMES = {
  task: ['submit'],
  approval: ['approve', 'reject', 'request_changes'],
} as const;

/** The id of the first step an instance enters. */
export function startStepId(template: Template): string | undefined {
  return template.start ?? template.steps[0]?.id;
}

/** The outcomes a person can choose on a task or approval step. */
export function humanOutcomes(step: Step): readonly string[] {
  if (step.kind === 'task') return step.outcomes ?? DEFAULT_OUTCOMES.task;
  if (step.kind === 'approval') return step.outcomes ?? DEFAULT_OUTCOMES.approval;
  return [];
}

/**
 * Checks that step ids are unique and that every transition leads somewhere it may:
 * an existing step in the same branch (or the top level), or `join` inside a branch, and
 * that `next` maps route exactly the outcomes a step has.
 */
import type { CheckContext } from './check-context.js';
import {
  JOIN,
  isWithin,
  requiredOutcomes,
  routableOutcomes,
  sameScope,
  startStepId,
  transitionsOf,
  type BranchScope,
  type PlacedStep,
} from './step-graph.js';
import { ErrorCode, didYouMean, formatPath, listNames } from './template-error.js';

/** Reports duplicate and reserved step ids, and duplicate branch ids within a parallel step. */
export function checkStepIds(context: CheckContext): void {
  const seen = new Map<string, PlacedStep>();
  for (const placed of context.placed) {
    const { step, path } = placed;
    if (step.id === JOIN) {
      context.report([...path, 'id'], ErrorCode.ReservedStepId, `"${JOIN}" is reserved for finishing a parallel branch; give this step another id`);
    }
    const first = seen.get(step.id);
    if (first) {
      context.report(
        [...path, 'id'],
        ErrorCode.DuplicateStepId,
        `step id "${step.id}" is already used at ${formatPath(first.path)}; step ids must be unique across the template, branches included`,
      );
    } else {
      seen.set(step.id, placed);
    }
    if (step.kind === 'parallel') {
      const branchIds = new Set<string>();
      step.branches.forEach((branch, index) => {
        if (branchIds.has(branch.id)) {
          context.report([...path, 'branches', index, 'id'], ErrorCode.DuplicateBranchId, `branch id "${branch.id}" is used twice in parallel step "${step.id}"; rename one`);
        }
        branchIds.add(branch.id);
      });
    }
  }
}

/** Reports a start that names no top-level step. */
export function checkStart(context: CheckContext): void {
  const start = context.template.start;
  if (start === undefined) return;
  const target = context.byId.get(start);
  if (!target) {
    context.report(['start'], ErrorCode.UnknownStep, `start names step "${start}", which does not exist${context.stepNames.didYouMean(start)}`);
  } else if (target.scope) {
    context.report(['start'], ErrorCode.EntersBranch, `start names step "${start}", which is inside branch "${target.scope.branchId}" of parallel step "${target.scope.parallelId}"; start at a top-level step`);
  }
}

/** Reports outcomes listed twice, `next` maps that miss or invent outcomes, and timeouts to unknown outcomes. */
export function checkOutcomes(context: CheckContext): void {
  for (const { step, path } of context.placed) {
    if (step.kind === 'task' || step.kind === 'approval') {
      const outcomes = step.outcomes ?? [];
      outcomes.forEach((outcome, index) => {
        if (outcomes.indexOf(outcome) !== index) context.report([...path, 'outcomes', index], ErrorCode.DuplicateOutcome, `outcome "${outcome}" is listed twice; remove one`);
      });
      const timeout = step.timeout?.outcome;
      const allowed = requiredOutcomes(step);
      if (timeout !== undefined && !allowed.includes(timeout)) {
        context.report(
          [...path, 'timeout', 'outcome'],
          ErrorCode.UnknownOutcome,
          `timeout outcome "${timeout}" is not an outcome of step "${step.id}"; use one of ${listNames(allowed)}${didYouMean(timeout, allowed)}`,
        );
      }
    }
    if (step.kind === 'end' || step.kind === 'decision' || typeof step.next === 'string') continue;
    const routable = routableOutcomes(step);
    for (const outcome of Object.keys(step.next)) {
      if (!routable.includes(outcome)) {
        context.report(
          [...path, 'next', outcome],
          ErrorCode.UnknownOutcome,
          `"${outcome}" is not an outcome of ${step.kind} step "${step.id}"; use one of ${listNames(requiredOutcomes(step))}${didYouMean(outcome, routable)}`,
        );
      }
    }
    for (const outcome of requiredOutcomes(step)) {
      if (!Object.hasOwn(step.next, outcome)) {
        context.report(
          [...path, 'next'],
          ErrorCode.MissingTransition,
          `step "${step.id}" has no transition for outcome "${outcome}"; add "${outcome}: <step id>" to next`,
        );
      }
    }
  }
}

/** Reports transitions to missing steps, into or out of branches, and `join` outside a branch. */
export function checkTransitionTargets(context: CheckContext): void {
  for (const { step, path, scope } of context.placed) {
    for (const transition of transitionsOf(step, path)) {
      const { target } = transition;
      if (target === JOIN) {
        // The onWithdraw step's `join` means "carry on"; see check-withdrawal.ts.
        if (!scope && step.id !== context.template.onWithdraw) {
          context.report(transition.path, ErrorCode.JoinOutsideBranch, `"${JOIN}" finishes a parallel branch, but step "${step.id}" is not in one; name the next step instead`);
        }
        continue;
      }
      const found = context.byId.get(target);
      if (!found) {
        const names = scope ? context.branchTargetNames : context.stepNames;
        context.report(transition.path, ErrorCode.UnknownStep, `step "${step.id}" goes to "${target}", which is not a step${names.didYouMean(target)}`);
      } else if (!sameScope(found.scope, scope)) {
        reportScopeCrossing(context, transition.path, step.id, scope, found);
      }
    }
  }
}

function reportScopeCrossing(context: CheckContext, path: PlacedStep['path'], from: string, scope: BranchScope | undefined, target: PlacedStep): void {
  if (target.scope && isWithin(target.scope, scope)) {
    context.report(
      path,
      ErrorCode.EntersBranch,
      `step "${from}" goes to "${target.step.id}", inside branch "${target.scope.branchId}" of parallel step "${target.scope.parallelId}"; go to the parallel step "${target.scope.parallelId}" instead`,
    );
    return;
  }
  const branch = scope ? `branch "${scope.branchId}" of parallel step "${scope.parallelId}"` : 'the top level';
  context.report(
    path,
    ErrorCode.BranchLeaves,
    `step "${from}" in ${branch} goes to "${target.step.id}" outside its branch; steps in a branch may only go to steps of the same branch, or to "${JOIN}" to finish it`,
  );
}

/** The start step is reported by {@link checkStart}; this is its id for the flow checks. */
export function resolvedStart(context: CheckContext): PlacedStep | undefined {
  const id = startStepId(context.template);
  const placed = id === undefined ? undefined : context.byId.get(id);
  return placed && !placed.scope ? placed : undefined;
}

/**
 * Checks the template's `onWithdraw` step, where the remaining parties decide whether to go
 * on after a party withdraws. The instance enters it beside whatever it is doing, so it must
 * be a top-level task or approval that no other step leads to, and each of its outcomes must
 * go to `join` (carry on) or to an end step (stop): any other target would run a second copy
 * of the main flow next to the first.
 */
import type { CheckContext } from './check-context.js';
import { JOIN, isHumanStep, startStepId, transitionsOf, type PlacedStep } from './step-graph.js';
import { ErrorCode } from './template-error.js';

/** The `onWithdraw` step, when it names a top-level step; the flow checks treat it as a second start. */
export function withdrawalStep(context: CheckContext): PlacedStep | undefined {
  const id = context.template.onWithdraw;
  const placed = id === undefined ? undefined : context.byId.get(id);
  return placed && !placed.scope ? placed : undefined;
}

/** Reports an `onWithdraw` that names no suitable step, is led to, or goes anywhere but `join` or an end. */
export function checkOnWithdraw(context: CheckContext): void {
  const id = context.template.onWithdraw;
  if (id === undefined) return;
  const placed = context.byId.get(id);
  if (!placed) {
    context.report(['onWithdraw'], ErrorCode.UnknownStep, `onWithdraw names step "${id}", which does not exist${context.stepNames.didYouMean(id)}`);
    return;
  }
  if (placed.scope) {
    context.report(['onWithdraw'], ErrorCode.EntersBranch, `onWithdraw names step "${id}", which is inside branch "${placed.scope.branchId}" of parallel step "${placed.scope.parallelId}"; name a top-level step`);
    return;
  }
  if (!isHumanStep(placed.step)) {
    context.report(['onWithdraw'], ErrorCode.WithdrawalStep, `onWithdraw names ${placed.step.kind} step "${id}"; name a task or approval step where the remaining parties decide whether to go on`);
  }
  if (startStepId(context.template) === id) {
    context.report(['onWithdraw'], ErrorCode.WithdrawalStep, `step "${id}" is where the instance starts, so it cannot also be the onWithdraw step; add a separate step for the decision after a withdrawal`);
  }
  for (const other of context.placed) {
    for (const transition of transitionsOf(other.step, other.path)) {
      if (transition.target !== id) continue;
      context.report(transition.path, ErrorCode.WithdrawalStep, `step "${other.step.id}" goes to "${id}", the onWithdraw step, which runs only when a party withdraws; go to another step`);
    }
  }
  for (const transition of transitionsOf(placed.step, placed.path)) {
    const target = transition.target === JOIN ? undefined : context.byId.get(transition.target);
    // `join` is what carrying on means here; unknown targets are reported as unknown_step.
    if (!target || target.step.kind === 'end') continue;
    context.report(
      transition.path,
      ErrorCode.WithdrawalStep,
      `"${id}" is the onWithdraw step, so each outcome goes to "${JOIN}" (carry on without the party) or to an end step (stop); "${target.step.id}" is a ${target.step.kind} step`,
    );
  }
}

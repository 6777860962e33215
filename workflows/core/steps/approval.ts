/**
 * An approval step: one task per approver role that applies and whose party takes part;
 * the step's policy (`approvalOutcome`) turns their decisions into the step's outcome.
 */
import { evaluateCondition } from '../../../definitions/condition.js';
import type { ApprovalStep } from '../../../definitions/template.js';
import type { Token } from '../../schemas.js';
import { approvalOutcome } from '../../approval.js';
import { closeTask, isBound, partyOf, record, scopeOf, type Machine } from '../machine.js';
import { transition } from '../tokens.js';
import { fireHumanTimer, openTask, scheduleHumanTimers } from './human.js';
import type { StepKind } from './kind.js';

export const approval: StepKind<ApprovalStep> = {
  needsActivity: () => false,

  enter(m, token, step) {
    const scope = scopeOf(m);
    const roles = step.approvers
      .map((approver) => (typeof approver === 'string' ? { role: approver } : approver))
      .filter((approver) => !approver.when || evaluateCondition(approver.when, scope))
      .map((approver) => approver.role)
      .filter((role) => isBound(m, partyOf(role)) && !m.state.withdrawn.includes(partyOf(role)));
    if (roles.length === 0) {
      // Every approver was conditional and none applies (e.g. below a threshold): nothing to approve.
      m.state.steps[step.id] = { outcome: 'approve' };
      record(m, { type: 'decided', stepId: step.id, actor: 'system', outcome: 'approve', comment: 'no approver required' });
      transition(m, token, 'approve');
      return undefined;
    }
    for (const role of roles) openTask(m, token, step, role);
    scheduleHumanTimers(m, token, step);
    return undefined;
  },

  decided: (m, token, step) => settleApproval(m, token, step),

  fire: fireHumanTimer,

  withdrawn: settleApproval,
};

/**
 * Moves on once the policy reaches an outcome: the step records the merged forms and who
 * decided it, and the tasks still open are cancelled. Withdrawn parties' votes do not count.
 */
export function settleApproval(m: Machine, token: Token, step: ApprovalStep): void {
  const tasks = m.state.tasks.filter((task) => task.stepId === step.id && task.visit === token.visit);
  const votes = tasks.map((task) => ({ counted: !m.state.withdrawn.includes(task.party), ...(task.outcome ? { outcome: task.outcome } : {}) }));
  const outcome = approvalOutcome(step.policy, votes) ?? (nobodyCounts(votes) && m.ports.patched('approve-when-every-approver-withdrew') ? 'approve' : undefined);
  if (outcome === undefined) return;
  const form: Record<string, unknown> = {};
  for (const task of tasks) Object.assign(form, task.form ?? {});
  const decider = tasks.find((task) => task.outcome === outcome)?.decidedBy;
  m.state.steps[step.id] = { outcome, form, ...(decider && decider !== 'system' ? { decidedBy: decider.email } : {}) };
  for (const task of tasks) if (task.status === 'open') closeTask(m, task, 'cancelled');
  transition(m, token, outcome);
}

/**
 * Whether every approver's party has withdrawn. Like a step that opened with no approver, it
 * then approves: under `all` and a quorum the policy already says so, and an `any` step
 * would wait for nobody. Instances from before the patch waited.
 */
function nobodyCounts(votes: readonly { counted: boolean }[]): boolean {
  return votes.length > 0 && votes.every((vote) => !vote.counted);
}

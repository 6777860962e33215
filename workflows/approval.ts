/**
 * How an approval step's policy turns individual decisions into the step's outcome.
 * Pure, so the rules are unit-tested without a workflow.
 */
import type { ApprovalPolicy } from '../definitions/template.js';

/** One approver task's state, as far as the policy cares. */
export interface ApproverVote {
  outcome?: string;
  /** Withdrawn parties' tasks no longer count toward `all`. */
  counted: boolean;
}

/**
 * The outcome the step reaches now, or undefined while it still waits.
 * `approve` counts toward the policy; any other outcome decides the step at once
 * (a rejection or a request for changes from one approver is enough).
 */
export function approvalOutcome(policy: ApprovalPolicy, votes: readonly ApproverVote[]): string | undefined {
  const decisive = votes.find((vote) => vote.outcome !== undefined && vote.outcome !== 'approve');
  if (decisive?.outcome) return decisive.outcome;
  const counted = votes.filter((vote) => vote.counted);
  const approvals = counted.filter((vote) => vote.outcome === 'approve').length;
  if (policy === 'any') return approvals >= 1 ? 'approve' : undefined;
  if (policy === 'all') return approvals === counted.length ? 'approve' : undefined;
  return approvals >= Math.min(policy.quorum, counted.length) ? 'approve' : undefined;
}

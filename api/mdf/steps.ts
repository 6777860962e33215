/**
 * The steps of the `mdf-fund-request` template that the MDF routes and the report depend on,
 * by name. The template (definitions/mdf-fund-request.yaml) is the source of these ids; a test
 * checks that each one is still a step of it, so renaming a step there fails CI instead of
 * silently emptying a report column or refusing every claim.
 */
export const MDF_STEPS = {
  /** The partner submits (or resubmits) the proposal. */
  proposal: 'proposal',
  /** Entered when the vendor has pre-approved the funds. */
  preApproved: 'pre_approved',
  /** The partner may withdraw the activity while it runs. */
  cancelActivity: 'cancel_activity',
  /** The partner files the claim with proof of performance. */
  claim: 'claim',
  /** The vendor reviews the claim: approve, approve partially, deny, or ask for more. */
  claimReview: 'claim_review',
  /** Entered when the reimbursement is committed. */
  commit: 'commit',
  /** The partner reports what the activity won (template version 4 on). */
  outcomeReport: 'outcome_report',
} as const;

/** A step id the MDF code refers to. */
export type MdfStepId = (typeof MDF_STEPS)[keyof typeof MDF_STEPS];

/** The id of the first task of `stepId` for `role` (`proposal.1.partner.requester`), as the interpreter numbers tasks. */
export function firstTaskId(stepId: MdfStepId, role: string): string {
  return `${stepId}.1.${role}`;
}

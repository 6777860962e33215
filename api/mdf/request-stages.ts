/**
 * How far fund requests got and how long each stage took, from the moments their audit trail
 * records: the proposal submitted, the funds pre-approved, the claim filed, the reimbursement
 * booked. Pure: the report gathers the moments, this decides what they add up to.
 *
 * The rules, for any group of fund requests (a partner's period):
 * - The funnel counts the requests that reached each stage. A request that reached a later
 *   stage counts at every earlier one too, so the funnel never widens (a request whose
 *   earlier moment is missing from the trail still passed through that stage).
 * - A stage's time is the days between its start and its end, for the requests that have both
 *   moments; the median of those, two decimals, or null when none has.
 */

/** The moments of one fund request; null for a stage it has not reached. */
export interface StageMoments {
  proposedAt: Date | null;
  preApprovedAt: Date | null;
  claimedAt: Date | null;
  reimbursedAt: Date | null;
}

/** How many requests reached each stage, in the order they pass them. */
export interface Funnel {
  submitted: number;
  preApproved: number;
  claimed: number;
  reimbursed: number;
}

/** The median days of each stage, proposal → pre-approval → claim → reimbursement. */
export interface StageMedians {
  medianDaysToPreApproval: number | null;
  medianDaysPreApprovalToClaim: number | null;
  medianDaysClaimToReimbursement: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The stages in order, each by the moment that marks reaching it. */
const STAGES = [
  ['submitted', 'proposedAt'],
  ['preApproved', 'preApprovedAt'],
  ['claimed', 'claimedAt'],
  ['reimbursed', 'reimbursedAt'],
] as const;

/** The median of some numbers, two decimals, or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 100) / 100;
}

/** The funnel of `requests`, by the rules above. */
export function funnelOf(requests: readonly StageMoments[]): Funnel {
  const funnel: Funnel = { submitted: 0, preApproved: 0, claimed: 0, reimbursed: 0 };
  for (const request of requests) {
    const furthest = STAGES.reduce((reached, [, moment], index) => (request[moment] === null ? reached : index), -1);
    STAGES.forEach(([stage], index) => {
      if (index <= furthest) funnel[stage] += 1;
    });
  }
  return funnel;
}

function daysBetween(requests: readonly StageMoments[], from: keyof StageMoments, to: keyof StageMoments): number[] {
  return requests.flatMap((request) => {
    const start = request[from];
    const end = request[to];
    return start && end ? [(end.getTime() - start.getTime()) / DAY_MS] : [];
  });
}

/** The median days of each stage of `requests`, by the rules above. */
export function stageMedians(requests: readonly StageMoments[]): StageMedians {
  return {
    medianDaysToPreApproval: median(daysBetween(requests, 'proposedAt', 'preApprovedAt')),
    medianDaysPreApprovalToClaim: median(daysBetween(requests, 'preApprovedAt', 'claimedAt')),
    medianDaysClaimToReimbursement: median(daysBetween(requests, 'claimedAt', 'reimbursedAt')),
  };
}

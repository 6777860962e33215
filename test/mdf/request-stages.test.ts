/**
 * How far fund requests got and how long each stage took: the funnel never widens, and each
 * stage's median is over the requests that have both its moments.
 */
import { describe, expect, it } from 'vitest';
import { funnelOf, median, stageMedians, type StageMoments } from '../../api/mdf/request-stages.js';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.UTC(2025, 0, 1) + days * DAY);
const request = (proposed: number | null, preApproved: number | null, claimed: number | null, reimbursed: number | null): StageMoments => ({
  proposedAt: proposed === null ? null : at(proposed),
  preApprovedAt: preApproved === null ? null : at(preApproved),
  claimedAt: claimed === null ? null : at(claimed),
  reimbursedAt: reimbursed === null ? null : at(reimbursed),
});

describe('the stages of fund requests', () => {
  it('counts each request at every stage it reached', () => {
    const requests = [request(0, 1, 10, 12), request(0, 2, 20, null), request(0, 3, null, null), request(0, null, null, null)];
    expect(funnelOf(requests)).toEqual({ submitted: 4, preApproved: 3, claimed: 2, reimbursed: 1 });
  });

  it('counts a request at the earlier stages when only a later moment is recorded, so the funnel never widens', () => {
    expect(funnelOf([request(null, null, 5, 6)])).toEqual({ submitted: 1, preApproved: 1, claimed: 1, reimbursed: 1 });
  });

  it('is empty for no requests', () => {
    expect(funnelOf([])).toEqual({ submitted: 0, preApproved: 0, claimed: 0, reimbursed: 0 });
    expect(stageMedians([])).toEqual({ medianDaysToPreApproval: null, medianDaysPreApprovalToClaim: null, medianDaysClaimToReimbursement: null });
  });

  it('takes each stage’s median over the requests that have both of its moments', () => {
    const requests = [request(0, 1, 10, 12), request(0, 2, 20, null), request(0, 3, null, null), request(0, null, null, null)];
    expect(stageMedians(requests)).toEqual({ medianDaysToPreApproval: 2, medianDaysPreApprovalToClaim: 13.5, medianDaysClaimToReimbursement: 2 });
  });

  it('gives medians in days to two decimals', () => {
    expect(median([1 / 3])).toBe(0.33);
    expect(median([1, 2, 3, 100])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

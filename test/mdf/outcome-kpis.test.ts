/**
 * What MDF funds returned, computed from the partners' answers to the results follow-up:
 * win rate, average deal size, influenced revenue and return on MDF, with nothing divided by 0.
 */
import { describe, expect, it } from 'vitest';
import { outcomeKpis, perUnit, ratio, type OutcomeFacts } from '../../api/mdf/outcome-kpis.js';

const reported = (committed: number, leads: number | null, won: number, revenue: number): OutcomeFacts => ({
  committed: BigInt(committed),
  leads: leads === null ? null : BigInt(leads),
  followUp: 'reported',
  won: BigInt(won),
  revenue: BigInt(revenue),
});
const waiting = (committed: number, leads: number, followUp: 'pending' | 'unanswered'): OutcomeFacts => ({ committed: BigInt(committed), leads: BigInt(leads), followUp, won: null, revenue: null });

describe('the outcome KPIs of fund requests', () => {
  it('sums what partners reported and divides it by the leads and funds of those requests', () => {
    const kpis = outcomeKpis([reported(4_000_00, 40, 4, 120_000_00), reported(1_000_00, 10, 1, 30_000_00)]);
    expect(kpis).toEqual({
      followUpsReported: 2,
      followUpsUnanswered: 0,
      followUpsPending: 0,
      wonOpportunities: 5,
      influencedRevenue: '15000000',
      winRate: 0.1,
      averageDealSize: '3000000',
      returnOnMdf: 30,
    });
  });

  it('leaves requests without an answer out of every ratio, and counts them apart', () => {
    const kpis = outcomeKpis([reported(2_000_00, 20, 2, 10_000_00), waiting(8_000_00, 80, 'unanswered'), waiting(5_000_00, 50, 'pending')]);
    expect(kpis).toMatchObject({ followUpsReported: 1, followUpsUnanswered: 1, followUpsPending: 1, wonOpportunities: 2, winRate: 0.1, averageDealSize: '500000', returnOnMdf: 5 });
  });

  it('counts no request that was never reimbursed', () => {
    expect(outcomeKpis([reported(0, 10, 3, 9_000_00), waiting(0, 5, 'pending')])).toMatchObject({ followUpsReported: 0, followUpsPending: 0, wonOpportunities: 0, influencedRevenue: '0' });
  });

  it('gives null, not 0 and not a division by zero, for ratios it cannot compute', () => {
    expect(outcomeKpis([])).toEqual({ followUpsReported: 0, followUpsUnanswered: 0, followUpsPending: 0, wonOpportunities: 0, influencedRevenue: '0', winRate: null, averageDealSize: null, returnOnMdf: null });
    // Nothing won: no deal size; no leads claimed: no win rate; the revenue still counts.
    expect(outcomeKpis([reported(1_000_00, null, 0, 0)])).toMatchObject({ winRate: null, averageDealSize: null, returnOnMdf: 0 });
    expect(outcomeKpis([reported(1_000_00, 0, 2, 5_000_00)])).toMatchObject({ winRate: null, averageDealSize: '250000', returnOnMdf: 5 });
  });

  it('rounds half up on exact integers, whatever the size of the sums', () => {
    expect(ratio(1n, 3n, 3)).toBe(0.333);
    expect(ratio(2n, 3n, 3)).toBe(0.667);
    expect(perUnit(5n, 2n)).toBe('3');
    const huge = 9_007_199_254_740_993n;
    expect(perUnit(huge * 3n, 3n)).toBe(String(huge));
  });
});

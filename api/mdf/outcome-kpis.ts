/**
 * What MDF funds returned, from the partners' answers to the results follow-up (template
 * step `outcome_report`, version 4 on): opportunities won, their revenue, and the ratios
 * partner programs judge themselves by. Pure: the report gathers the facts, this decides
 * what they add up to.
 *
 * The rules, for any group of fund requests (a partner's period, or one activity type of it):
 * - Only reimbursed requests count (some funds committed); the others returned nothing to measure.
 * - A follow-up is `reported` (the partner answered), `unanswered` (its window passed) or
 *   `pending` (not asked yet, still open, or a request from before the follow-up existed).
 * - Won opportunities and influenced revenue are sums over reported follow-ups.
 * - Ratios compare like with like, over the reported follow-ups only, so requests still
 *   waiting do not drag them down: win rate = won / leads those requests claimed; average deal
 *   size = revenue / won; return on MDF = revenue / funds reimbursed for those requests.
 * - A ratio whose divisor is 0 is null (not computable), never 0 and never a division by zero.
 */

/** What one fund request contributes; money in minor units of the group's currency. */
export interface OutcomeFacts {
  /** Funds reimbursed (committed) for the request. */
  committed: bigint;
  /** Leads the partner reported in the claim; null when none were given. */
  leads: bigint | null;
  followUp: 'reported' | 'unanswered' | 'pending';
  /** Opportunities won, as reported; null unless reported. */
  won: bigint | null;
  /** Revenue of the won opportunities in the group's currency; null unless reported in it. */
  revenue: bigint | null;
}

/** The outcome figures of a group of fund requests. Money as decimal strings of minor units. */
export interface OutcomeKpis {
  followUpsReported: number;
  followUpsUnanswered: number;
  followUpsPending: number;
  wonOpportunities: number;
  influencedRevenue: string;
  /** Won / leads claimed by the requests whose results were reported, three decimals. */
  winRate: number | null;
  /** Influenced revenue per won opportunity, in minor units rounded half up. */
  averageDealSize: string | null;
  /** Influenced revenue per unit of funds reimbursed for the reported requests, two decimals. */
  returnOnMdf: number | null;
}

/** part / whole rounded half up to `places` decimals, on integers so no sum loses a digit; null for a zero whole. */
export function ratio(part: bigint, whole: bigint, places: number): number | null {
  if (whole === 0n) return null;
  const scale = 10n ** BigInt(places);
  const scaled = (part * scale * 2n + whole) / (whole * 2n);
  return Number(scaled) / Number(scale);
}

/** part / whole in whole minor units, rounded half up; null for a zero whole. */
export function perUnit(part: bigint, whole: bigint): string | null {
  return whole === 0n ? null : String((part * 2n + whole) / (whole * 2n));
}

const sumOf = (values: bigint[]) => values.reduce((sum, value) => sum + value, 0n);

/** The outcome figures of `requests`, by the rules above. */
export function outcomeKpis(requests: OutcomeFacts[]): OutcomeKpis {
  const reimbursed = requests.filter((request) => request.committed > 0n);
  const reported = reimbursed.filter((request) => request.followUp === 'reported');
  const won = sumOf(reported.map((request) => request.won ?? 0n));
  const revenue = sumOf(reported.map((request) => request.revenue ?? 0n));
  const leads = sumOf(reported.map((request) => request.leads ?? 0n));
  const spent = sumOf(reported.map((request) => request.committed));
  return {
    followUpsReported: reported.length,
    followUpsUnanswered: reimbursed.filter((request) => request.followUp === 'unanswered').length,
    followUpsPending: reimbursed.filter((request) => request.followUp === 'pending').length,
    wonOpportunities: Number(won),
    influencedRevenue: String(revenue),
    winRate: ratio(won, leads, 3),
    averageDealSize: perUnit(revenue, won),
    returnOnMdf: ratio(revenue, spent, 2),
  };
}

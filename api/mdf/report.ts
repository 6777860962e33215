/**
 * The MDF report: per vendor, period, partner and currency, where the money went
 * (allocated, reserved, committed, released, unused, expired, clawed back), how far requests
 * got and how fast (the funnel of stages and the median days of each; rules in
 * request-stages.ts), how claims fared, what partners reported for the money spent, and what it
 * returned (won opportunities and revenue from the results follow-up; rules in outcome-kpis.ts).
 * Each partner row also comes split by activity type ({@link ActivityRow}).
 *
 * Periods are the budgets' own: a request counts in the period of the budget its allocation
 * belongs to, whenever its results are reported. Figures that cannot be computed (no claims,
 * no leads, nothing won) are null, never 0.
 *
 * Money comes from the ledger; times and claim decisions from the instances' audit trail,
 * so the report needs no bookkeeping of its own. Step ids are those of the
 * `mdf-fund-request` template.
 */
import type pg from 'pg';
import { z } from 'zod';
import { csvField as csvText } from '../../presentation/csv.js';
import { queryAs } from '../projection.js';
import { outcomeKpis, ratio, type OutcomeFacts, type OutcomeKpis } from './outcome-kpis.js';
import { funnelOf, stageMedians, type Funnel, type StageMoments } from './request-stages.js';
import { MDF_STEPS } from './steps.js';

/**
 * Minor units as a decimal string, e.g. `"123450"` for 1,234.50 USD. Sums over many
 * allocations can pass 2^53 − 1, past which a JSON number loses digits in most clients, so
 * every money amount of the report is a string of digits, exact at any size.
 */
export type MinorUnitsText = string;

/** Pipeline reported in another currency than the row's, kept apart (never added in). */
export interface OtherCurrencyAmount {
  currency: string;
  amount: MinorUnitsText;
}

/** One row of the report. Money in minor units of `currency`, as decimal strings. */
export interface ReportRow {
  vendorCompanyId: string;
  period: string;
  partnerCompanyId: string;
  currency: string;
  allocated: MinorUnitsText;
  reserved: MinorUnitsText;
  committed: MinorUnitsText;
  released: MinorUnitsText;
  unused: MinorUnitsText;
  expired: MinorUnitsText;
  clawedBack: MinorUnitsText;
  /** Committed as a share of allocated, in percent with one decimal. */
  utilisationPercent: number;
  fundRequests: number;
  /** How many of the row's requests reached each stage. */
  funnel: Funnel;
  medianDaysToPreApproval: number | null;
  medianDaysPreApprovalToClaim: number | null;
  medianDaysClaimToReimbursement: number | null;
  claimsReviewed: number;
  claimRejectionRate: number | null;
  partialApprovalRate: number | null;
  reportedLeads: number;
  /** Pipeline partners reported in the row's currency. */
  reportedPipeline: MinorUnitsText;
  /** Pipeline reported in other currencies, by currency; not part of any ratio. */
  reportedPipelineOtherCurrencies: OtherCurrencyAmount[];
  /** Committed funds per reported lead, in minor units (rounded). */
  costPerLead: MinorUnitsText | null;
  /** Reported pipeline (in the row's currency) per unit of committed funds. */
  pipelinePerSpend: number | null;
  followUpsReported: number;
  followUpsUnanswered: number;
  followUpsPending: number;
  wonOpportunities: number;
  influencedRevenue: MinorUnitsText;
  winRate: number | null;
  averageDealSize: MinorUnitsText | null;
  returnOnMdf: number | null;
}

/**
 * One activity type of a partner's period: the reimbursed fund requests of that type, the
 * leads their claims reported, and what they returned. Money in minor units of `currency`.
 */
export interface ActivityRow extends OutcomeKpis {
  vendorCompanyId: string;
  period: string;
  partnerCompanyId: string;
  currency: string;
  activityType: string;
  reimbursedRequests: number;
  committed: MinorUnitsText;
  reportedLeads: number;
}

/** The report in both shapes: per partner (`rows`) and per partner and activity type (`activities`). */
export interface MdfReport {
  rows: ReportRow[];
  activities: ActivityRow[];
}

const digits = z.union([z.string().regex(/^-?\d+$/), z.number().int(), z.bigint()]).transform((value) => BigInt(value));
const AllocationTotals = z.object({
  vendor_company_id: z.string(),
  period: z.string(),
  partner_company_id: z.string(),
  currency: z.string(),
  allocated: digits,
  reserved: digits,
  committed: digits,
  released: digits,
  clawed_back: digits,
  unused: digits,
  expired: digits,
});
const RequestFacts = z.object({
  vendor_company_id: z.string(),
  period: z.string(),
  partner_company_id: z.string(),
  currency: z.string(),
  committed: digits,
  proposed_at: z.date().nullable(),
  pre_approved_at: z.date().nullable(),
  claimed_at: z.date().nullable(),
  reimbursed_at: z.date().nullable(),
  claim_outcome: z.string().nullable(),
  leads: digits.nullable(),
  pipeline: digits.nullable(),
  pipeline_currency: z.string().nullable(),
  activity_type: z.string().nullable(),
  follow_up: z.string().nullable(),
  won: digits.nullable(),
  revenue: digits.nullable(),
  revenue_currency: z.string().nullable(),
});
type RequestFacts = z.infer<typeof RequestFacts>;

const keyOf = (row: { vendor_company_id: string; period: string; partner_company_id: string; currency: string }) =>
  [row.vendor_company_id, row.period, row.partner_company_id, row.currency].join('\u0000');

/** The moments of a request's stages, as request-stages.ts reads them. */
const momentsOf = (fact: RequestFacts): StageMoments => ({ proposedAt: fact.proposed_at, preApprovedAt: fact.pre_approved_at, claimedAt: fact.claimed_at, reimbursedAt: fact.reimbursed_at });

const sumOf = (values: bigint[]) => values.reduce((sum, value) => sum + value, 0n);

/** What a request contributes to the outcome figures of a row in `currency`. */
function outcomeFactsOf(fact: RequestFacts, currency: string): OutcomeFacts {
  const followUp = fact.follow_up === 'submit' ? 'reported' : fact.follow_up === 'expire' ? 'unanswered' : 'pending';
  const reported = followUp === 'reported';
  // The form takes the request's currency; revenue in any other would not add up, so it is left out.
  const revenue = reported && fact.revenue !== null && (fact.revenue_currency ?? currency) === currency ? fact.revenue : null;
  return { committed: fact.committed, leads: fact.leads, followUp, won: reported ? fact.won : null, revenue };
}

/**
 * The report rows `companyId` may see (as vendor or as partner), optionally of one period.
 * Sums are `numeric` in SQL and exact strings here, whatever their size.
 */
export async function mdfReport(pool: pg.Pool, companyId: string, period?: string): Promise<MdfReport> {
  const totals = await queryAs(
    pool,
    companyId,
    `SELECT a.vendor_company_id, b.period, a.partner_company_id, a.currency,
            sum(a.amount::numeric)::text AS allocated, sum(a.reserved::numeric)::text AS reserved, sum(a.committed::numeric)::text AS committed,
            sum(a.released::numeric)::text AS released, sum(a.clawed_back::numeric)::text AS clawed_back,
            sum(CASE WHEN a.expires_at IS NULL OR a.expires_at > now() THEN a.amount::numeric - a.reserved - a.committed ELSE 0 END)::text AS unused,
            sum(CASE WHEN a.expires_at <= now() THEN a.amount::numeric - a.reserved - a.committed ELSE 0 END)::text AS expired
     FROM mdf_allocations a JOIN mdf_budgets b ON b.id = a.budget_id
     WHERE (a.vendor_company_id = $1 OR a.partner_company_id = $1) AND ($2::text IS NULL OR b.period = $2)
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    [companyId, period ?? null],
  );
  const facts = await queryAs(
    pool,
    companyId,
    `SELECT f.vendor_company_id, b.period, f.partner_company_id, f.currency, f.committed::text AS committed,
            (SELECT min(e.at) FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'decided' AND e.step_id = $3 AND e.outcome = 'submit') AS proposed_at,
            (SELECT min(e.at) FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'step_entered' AND e.step_id = $4) AS pre_approved_at,
            (SELECT min(e.at) FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'decided' AND e.step_id = $5 AND e.outcome = 'submit') AS claimed_at,
            (SELECT min(e.at) FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'step_entered' AND e.step_id = $6) AS reimbursed_at,
            (SELECT e.outcome FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'decided' AND e.step_id = $7
               AND e.outcome IN ('approve', 'approve_partial', 'deny') ORDER BY e.seq DESC LIMIT 1) AS claim_outcome,
            CASE WHEN i.state #>> ARRAY['steps', $5, 'form', 'leads'] ~ '^[0-9]{1,18}$' THEN i.state #>> ARRAY['steps', $5, 'form', 'leads'] END AS leads,
            CASE WHEN i.state #>> ARRAY['steps', $5, 'form', 'pipeline', 'amount'] ~ '^[0-9]{1,18}$' THEN i.state #>> ARRAY['steps', $5, 'form', 'pipeline', 'amount'] END AS pipeline,
            i.state #>> ARRAY['steps', $5, 'form', 'pipeline', 'currency'] AS pipeline_currency,
            i.state #>> ARRAY['steps', $3, 'form', 'activity_type'] AS activity_type,
            i.state #>> ARRAY['steps', $8, 'outcome'] AS follow_up,
            CASE WHEN i.state #>> ARRAY['steps', $8, 'form', 'won_count'] ~ '^[0-9]{1,18}$' THEN i.state #>> ARRAY['steps', $8, 'form', 'won_count'] END AS won,
            CASE WHEN i.state #>> ARRAY['steps', $8, 'form', 'won_revenue', 'amount'] ~ '^[0-9]{1,18}$' THEN i.state #>> ARRAY['steps', $8, 'form', 'won_revenue', 'amount'] END AS revenue,
            i.state #>> ARRAY['steps', $8, 'form', 'won_revenue', 'currency'] AS revenue_currency
     FROM mdf_fund_requests f
     JOIN mdf_allocations a ON a.id = f.allocation_id JOIN mdf_budgets b ON b.id = a.budget_id
     LEFT JOIN instances i ON i.id = f.id
     WHERE (f.vendor_company_id = $1 OR f.partner_company_id = $1) AND ($2::text IS NULL OR b.period = $2)`,
    [companyId, period ?? null, MDF_STEPS.proposal, MDF_STEPS.preApproved, MDF_STEPS.claim, MDF_STEPS.commit, MDF_STEPS.claimReview, MDF_STEPS.outcomeReport],
  );
  const byKey = new Map<string, RequestFacts[]>();
  for (const raw of facts.rows) {
    const fact = RequestFacts.parse(raw);
    byKey.set(keyOf(fact), [...(byKey.get(keyOf(fact)) ?? []), fact]);
  }
  const rows = totals.rows.map((raw): ReportRow => {
    const row = AllocationTotals.parse(raw);
    const requests = byKey.get(keyOf(row)) ?? [];
    const reviewed = requests.filter((fact) => fact.claim_outcome !== null);
    const reimbursed = requests.filter((fact) => fact.committed > 0n);
    const spent = sumOf(reimbursed.map((fact) => fact.committed));
    const leads = sumOf(reimbursed.map((fact) => fact.leads ?? 0n));
    const pipelines = new Map<string, bigint>();
    for (const fact of reimbursed) {
      if (fact.pipeline === null) continue;
      const currency = fact.pipeline_currency ?? row.currency;
      pipelines.set(currency, (pipelines.get(currency) ?? 0n) + fact.pipeline);
    }
    const pipeline = pipelines.get(row.currency) ?? 0n;
    const count = (outcome: string) => BigInt(reviewed.filter((fact) => fact.claim_outcome === outcome).length);
    return {
      vendorCompanyId: row.vendor_company_id,
      period: row.period,
      partnerCompanyId: row.partner_company_id,
      currency: row.currency,
      allocated: String(row.allocated),
      reserved: String(row.reserved),
      committed: String(row.committed),
      released: String(row.released),
      unused: String(row.unused),
      expired: String(row.expired),
      clawedBack: String(row.clawed_back),
      utilisationPercent: ratio(row.committed * 100n, row.allocated, 1) ?? 0,
      fundRequests: requests.length,
      funnel: funnelOf(requests.map(momentsOf)),
      ...stageMedians(requests.map(momentsOf)),
      claimsReviewed: reviewed.length,
      claimRejectionRate: ratio(count('deny'), BigInt(reviewed.length), 3),
      partialApprovalRate: ratio(count('approve_partial'), BigInt(reviewed.length), 3),
      reportedLeads: Number(leads),
      reportedPipeline: String(pipeline),
      reportedPipelineOtherCurrencies: [...pipelines]
        .filter(([currency]) => currency !== row.currency)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, amount]) => ({ currency, amount: String(amount) })),
      costPerLead: leads === 0n ? null : String((spent * 2n + leads) / (leads * 2n)),
      pipelinePerSpend: ratio(pipeline, spent, 2),
      ...outcomeKpis(requests.map((fact) => outcomeFactsOf(fact, row.currency))),
    };
  });
  return { rows, activities: activityRows([...byKey.values()].flat()) };
}

/** The reimbursed requests per vendor, period, partner, currency and activity type, in that order. */
function activityRows(facts: RequestFacts[]): ActivityRow[] {
  const groups = new Map<string, RequestFacts[]>();
  for (const fact of facts) {
    if (fact.committed <= 0n) continue;
    const key = `${keyOf(fact)}\u0000${fact.activity_type ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  return [...groups.keys()].sort().map((key) => {
    const group = groups.get(key) ?? [];
    const first = group[0];
    const currency = first?.currency ?? '';
    return {
      vendorCompanyId: first?.vendor_company_id ?? '',
      period: first?.period ?? '',
      partnerCompanyId: first?.partner_company_id ?? '',
      currency,
      activityType: first?.activity_type ?? 'unknown',
      reimbursedRequests: group.length,
      committed: String(sumOf(group.map((fact) => fact.committed))),
      reportedLeads: Number(sumOf(group.map((fact) => fact.leads ?? 0n))),
      ...outcomeKpis(group.map((fact) => outcomeFactsOf(fact, currency))),
    };
  });
}

/** What the funds returned (the results follow-up), the same columns in both CSV tables. */
const RESULT_COLUMNS = ['followUpsReported', 'followUpsUnanswered', 'followUpsPending', 'wonOpportunities', 'influencedRevenue', 'winRate', 'averageDealSize', 'returnOnMdf'] as const;

const COLUMNS: ReadonlyArray<Exclude<keyof ReportRow, 'funnel'>> = [
  'vendorCompanyId',
  'period',
  'partnerCompanyId',
  'currency',
  'allocated',
  'reserved',
  'committed',
  'released',
  'unused',
  'expired',
  'clawedBack',
  'utilisationPercent',
  'fundRequests',
  'medianDaysToPreApproval',
  'medianDaysClaimToReimbursement',
  'claimsReviewed',
  'claimRejectionRate',
  'partialApprovalRate',
  'reportedLeads',
  'reportedPipeline',
  'reportedPipelineOtherCurrencies',
  'costPerLead',
  'pipelinePerSpend',
  ...RESULT_COLUMNS,
  'medianDaysPreApprovalToClaim',
];

/** The funnel's stages as CSV columns, after the others (columns are only ever added at the end). */
const FUNNEL_COLUMNS = [
  ['funnelSubmitted', 'submitted'],
  ['funnelPreApproved', 'preApproved'],
  ['funnelClaimed', 'claimed'],
  ['funnelReimbursed', 'reimbursed'],
] as const;

const ACTIVITY_COLUMNS: ReadonlyArray<keyof ActivityRow> = [
  'vendorCompanyId',
  'period',
  'partnerCompanyId',
  'currency',
  'activityType',
  'reimbursedRequests',
  'committed',
  'reportedLeads',
  ...RESULT_COLUMNS,
];

/** A report cell as CSV (presentation/csv.ts), with pipeline in other currencies as `CUR amount; …`. */
export function csvField(value: string | number | null | OtherCurrencyAmount[]): string {
  return csvText(Array.isArray(value) ? value.map((entry) => `${entry.currency} ${entry.amount}`).join('; ') : value);
}

/** The report as CSV with a header row (RFC 4180, CRLF line ends). */
export function reportCsv(rows: ReportRow[]): string {
  const header = [...COLUMNS, ...FUNNEL_COLUMNS.map(([heading]) => heading)];
  const cells = (row: ReportRow) => [...COLUMNS.map((column) => csvField(row[column])), ...FUNNEL_COLUMNS.map(([, stage]) => csvField(row.funnel[stage]))];
  const lines = [header.join(','), ...rows.map((row) => cells(row).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The rows per activity type as CSV, in the same form as {@link reportCsv}. */
export function activityCsv(rows: ActivityRow[]): string {
  const lines = [ACTIVITY_COLUMNS.join(','), ...rows.map((row) => ACTIVITY_COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

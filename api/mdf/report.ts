/**
 * The MDF report: per vendor, period, partner and currency, where the money went
 * (allocated, reserved, committed, released, unused, expired, clawed back), how fast the
 * vendor worked (median days from proposal to pre-approval and from claim to
 * reimbursement), how claims fared, and what partners reported for the money spent.
 *
 * Money comes from the ledger; times and claim decisions from the instances' audit trail,
 * so the report needs no bookkeeping of its own. Step ids are those of the
 * `mdf-fund-request` template.
 */
import type pg from 'pg';
import { z } from 'zod';
import { queryAs } from '../projection.js';

/** One row of the report. Money in minor units of `currency`. */
export interface ReportRow {
  vendorCompanyId: string;
  period: string;
  partnerCompanyId: string;
  currency: string;
  allocated: number;
  reserved: number;
  committed: number;
  released: number;
  unused: number;
  expired: number;
  clawedBack: number;
  /** Committed as a share of allocated, in percent with one decimal. */
  utilisationPercent: number;
  fundRequests: number;
  medianDaysToPreApproval: number | null;
  medianDaysClaimToReimbursement: number | null;
  claimsReviewed: number;
  claimRejectionRate: number | null;
  partialApprovalRate: number | null;
  reportedLeads: number;
  reportedPipeline: number;
  /** Committed funds per reported lead, in minor units. */
  costPerLead: number | null;
  /** Reported pipeline per unit of committed funds. */
  pipelinePerSpend: number | null;
}

const int = z.union([z.string(), z.number()]).transform(Number).pipe(z.int());
const AllocationTotals = z.object({
  vendor_company_id: z.string(),
  period: z.string(),
  partner_company_id: z.string(),
  currency: z.string(),
  allocated: int,
  reserved: int,
  committed: int,
  released: int,
  clawed_back: int,
  unused: int,
  expired: int,
});
const RequestFacts = z.object({
  vendor_company_id: z.string(),
  period: z.string(),
  partner_company_id: z.string(),
  currency: z.string(),
  committed: int,
  proposed_at: z.date().nullable(),
  pre_approved_at: z.date().nullable(),
  claimed_at: z.date().nullable(),
  reimbursed_at: z.date().nullable(),
  claim_outcome: z.string().nullable(),
  leads: int.nullable(),
  pipeline: int.nullable(),
});
type RequestFacts = z.infer<typeof RequestFacts>;

const DAY_MS = 24 * 60 * 60 * 1000;

const keyOf = (row: { vendor_company_id: string; period: string; partner_company_id: string; currency: string }) =>
  [row.vendor_company_id, row.period, row.partner_company_id, row.currency].join('\u0000');

/** The median of some numbers, or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 100) / 100;
}

const ratio = (part: number, whole: number, digits: number) => (whole === 0 ? null : Math.round((part / whole) * 10 ** digits) / 10 ** digits);

function daysBetween(facts: RequestFacts[], from: 'proposed_at' | 'claimed_at', to: 'pre_approved_at' | 'reimbursed_at'): number[] {
  return facts.flatMap((fact) => {
    const start = fact[from];
    const end = fact[to];
    return start && end ? [(end.getTime() - start.getTime()) / DAY_MS] : [];
  });
}

/** The report rows `companyId` may see (as vendor or as partner), optionally of one period. */
export async function mdfReport(pool: pg.Pool, companyId: string, period?: string): Promise<ReportRow[]> {
  const totals = await queryAs(
    pool,
    companyId,
    `SELECT a.vendor_company_id, b.period, a.partner_company_id, a.currency,
            sum(a.amount) AS allocated, sum(a.reserved) AS reserved, sum(a.committed) AS committed,
            sum(a.released) AS released, sum(a.clawed_back) AS clawed_back,
            sum(CASE WHEN a.expires_at IS NULL OR a.expires_at > now() THEN a.amount - a.reserved - a.committed ELSE 0 END) AS unused,
            sum(CASE WHEN a.expires_at <= now() THEN a.amount - a.reserved - a.committed ELSE 0 END) AS expired
     FROM mdf_allocations a JOIN mdf_budgets b ON b.id = a.budget_id
     WHERE (a.vendor_company_id = $1 OR a.partner_company_id = $1) AND ($2::text IS NULL OR b.period = $2)
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    [companyId, period ?? null],
  );
  const facts = await queryAs(
    pool,
    companyId,
    `SELECT f.vendor_company_id, b.period, f.partner_company_id, f.currency, f.committed,
            (SELECT min(e.at) FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'decided' AND e.step_id = 'proposal' AND e.outcome = 'submit') AS proposed_at,
            (SELECT min(e.at) FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'step_entered' AND e.step_id = 'pre_approved') AS pre_approved_at,
            (SELECT min(e.at) FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'decided' AND e.step_id = 'claim' AND e.outcome = 'submit') AS claimed_at,
            (SELECT min(e.at) FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'step_entered' AND e.step_id = 'commit') AS reimbursed_at,
            (SELECT e.outcome FROM audit_events e WHERE e.instance_id = f.id AND e.type = 'decided' AND e.step_id = 'claim_review'
               AND e.outcome IN ('approve', 'approve_partial', 'deny') ORDER BY e.seq DESC LIMIT 1) AS claim_outcome,
            (i.state #>> '{steps,claim,form,leads}')::bigint AS leads,
            (i.state #>> '{steps,claim,form,pipeline,amount}')::bigint AS pipeline
     FROM mdf_fund_requests f
     JOIN mdf_allocations a ON a.id = f.allocation_id JOIN mdf_budgets b ON b.id = a.budget_id
     LEFT JOIN instances i ON i.id = f.id
     WHERE (f.vendor_company_id = $1 OR f.partner_company_id = $1) AND ($2::text IS NULL OR b.period = $2)`,
    [companyId, period ?? null],
  );
  const byKey = new Map<string, RequestFacts[]>();
  for (const raw of facts.rows) {
    const fact = RequestFacts.parse(raw);
    byKey.set(keyOf(fact), [...(byKey.get(keyOf(fact)) ?? []), fact]);
  }
  return totals.rows.map((raw) => {
    const row = AllocationTotals.parse(raw);
    const requests = byKey.get(keyOf(row)) ?? [];
    const reviewed = requests.filter((fact) => fact.claim_outcome !== null);
    const reimbursed = requests.filter((fact) => fact.committed > 0);
    const spent = reimbursed.reduce((sum, fact) => sum + fact.committed, 0);
    const leads = reimbursed.reduce((sum, fact) => sum + (fact.leads ?? 0), 0);
    const pipeline = reimbursed.reduce((sum, fact) => sum + (fact.pipeline ?? 0), 0);
    return {
      vendorCompanyId: row.vendor_company_id,
      period: row.period,
      partnerCompanyId: row.partner_company_id,
      currency: row.currency,
      allocated: row.allocated,
      reserved: row.reserved,
      committed: row.committed,
      released: row.released,
      unused: row.unused,
      expired: row.expired,
      clawedBack: row.clawed_back,
      utilisationPercent: ratio(row.committed * 100, row.allocated, 1) ?? 0,
      fundRequests: requests.length,
      medianDaysToPreApproval: median(daysBetween(requests, 'proposed_at', 'pre_approved_at')),
      medianDaysClaimToReimbursement: median(daysBetween(requests, 'claimed_at', 'reimbursed_at')),
      claimsReviewed: reviewed.length,
      claimRejectionRate: ratio(reviewed.filter((fact) => fact.claim_outcome === 'deny').length, reviewed.length, 3),
      partialApprovalRate: ratio(reviewed.filter((fact) => fact.claim_outcome === 'approve_partial').length, reviewed.length, 3),
      reportedLeads: leads,
      reportedPipeline: pipeline,
      costPerLead: leads === 0 ? null : Math.round(spent / leads),
      pipelinePerSpend: ratio(pipeline, spent, 2),
    };
  });
}

const COLUMNS: ReadonlyArray<keyof ReportRow> = [
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
  'costPerLead',
  'pipelinePerSpend',
];

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV with a header row (RFC 4180, CRLF line ends). */
export function reportCsv(rows: ReportRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

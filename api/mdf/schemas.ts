/**
 * Request schemas of the MDF routes: budgets, allocations, fund requests, claims and
 * reports. Money is whole minor units with a currency; the messages say how to fix a value.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { isCurrency } from '../../definitions/currency.js';
import { parseDuration } from '../../definitions/duration.js';
import type { Money as MoneyShape } from '../../presentation/index.js';
import { Person } from '../../workflows/schemas.js';
import { InstanceId } from '../schemas.js';

extendZodWithOpenApi(z);

/** Whole minor units (cents for USD): never a fraction, never negative. */
export const MinorUnits = z
  .number({ error: 'give the amount as a number of minor units, e.g. 150000 for 1,500.00' })
  .int('give whole minor units (e.g. cents), not a fraction')
  .nonnegative('an amount cannot be negative')
  .max(Number.MAX_SAFE_INTEGER, 'the amount is too large');

/** An ISO 4217 currency code of money one can pay in (not XXX, XTS, metals or units of account). */
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'use a three-letter ISO 4217 code such as USD')
  .refine(isCurrency, { error: (issue) => `${String(issue.input)} is not an ISO 4217 currency money can be paid in; use a code such as USD, EUR or JPY` });

/** Money ({@link MoneyShape}) as a request gives it, with messages that say how to fix it. */
export const Money = z.strictObject({ amount: MinorUnits, currency: Currency }).openapi('Money', { description: 'Integer minor units and an ISO 4217 currency.' }) satisfies z.ZodType<MoneyShape>;
export type Money = z.infer<typeof Money>;

const Duration = z.string().refine((text) => {
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
}, 'write a duration such as 45d, 36h or 90s');

/** The vendor's people for each vendor role of a fund request. */
export const BudgetTeam = z.strictObject({
  channel_manager: z.array(Person).min(1),
  marketing_approver: z.array(Person).min(1),
  finance: z.array(Person).min(1),
  compliance: z.array(Person).min(1),
});
export type BudgetTeam = z.infer<typeof BudgetTeam>;

/** What each fund request of a budget is started with; omitted values take the template's defaults. */
export const BudgetSettings = z.strictObject({
  financeThreshold: MinorUnits.optional().openapi({ description: 'Requests above this also need finance (default 1000000).' }),
  auditThreshold: MinorUnits.optional().openapi({ description: 'Reimbursements above this are always audited (default 2500000).' }),
  auditSamplePercent: z.int().min(0).max(100).optional().openapi({ description: 'Share of other reimbursements audited (default 10).' }),
  claimWindow: Duration.optional().openapi({ description: 'Time to claim after the activity ends (default 45d).' }),
  claimReminder: Duration.optional(),
  claimLastReminder: Duration.optional(),
  informationWindow: Duration.optional().openapi({ description: 'Time to answer a request for more information (default 14d).' }),
  followUpAfter: Duration.optional().openapi({ description: "When the partner is asked what the activity won, after the reimbursement's payment date (default 90d)." }),
  followUpReminder: Duration.optional().openapi({ description: 'Reminder to report the results, after they are asked for (default 14d).' }),
  followUpWindow: Duration.optional().openapi({ description: 'Time to report the results before the request closes with its follow-up unanswered (default 30d).' }),
});
export type BudgetSettings = z.infer<typeof BudgetSettings>;

/** The team as a vendor names it: people of its own directory, by email (a person object's email counts, nothing else). */
const TeamMember = z.union([z.email().max(320), z.strictObject({ email: z.email().max(320), name: z.string().max(200).optional(), company: z.string().max(100).optional() })]).transform((ref) => (typeof ref === 'string' ? ref : ref.email).toLowerCase());
export const BudgetTeamInput = z.strictObject({
  channel_manager: z.array(TeamMember).min(1).max(50),
  marketing_approver: z.array(TeamMember).min(1).max(50),
  finance: z.array(TeamMember).min(1).max(50),
  compliance: z.array(TeamMember).min(1).max(50),
});
export type BudgetTeamInput = z.infer<typeof BudgetTeamInput>;

/** A new budget; its vendor is always the caller's company. */
export const CreateBudgetBody = z
  .strictObject({
    name: z.string().min(1).max(200),
    period: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/, 'name the period in up to 40 letters, digits, dots or dashes, e.g. 2025-H1'),
    currency: Currency,
    total: MinorUnits,
    team: BudgetTeamInput.openapi({ description: "People of your directory for each vendor role of the budget's fund requests." }),
    settings: BudgetSettings.default({}),
  })
  .openapi('CreateBudget');

/** Part of a budget granted to one partner. */
export const CreateAllocationBody = z
  .strictObject({
    partnerCompanyId: z.string().min(1).max(100),
    amount: MinorUnits,
    expiresAt: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Use it or lose it: no new reservations after this moment.' }),
  })
  .openapi('CreateAllocation');

/** A path with one id. */
export const IdParams = z.strictObject({ id: InstanceId });
/** A path to one uploaded document of a fund request. */
export const DocumentParams = z.strictObject({ id: InstanceId, documentId: z.string().regex(/^doc_[0-9a-f]{24}$/) });

/** Filters of the allocation list. */
export const ListBudgetsQuery = z.strictObject({ period: z.string().max(40).optional() });
export const ListAllocationsQuery = z.strictObject({ period: z.string().max(40).optional(), partner: z.string().max(100).optional() });

/** What the partner proposes. */
export const Proposal = z
  .strictObject({
    activityType: z.enum(['event', 'webinar', 'campaign', 'training', 'trade_show', 'digital', 'content', 'other']),
    description: z.string().min(1).max(5000),
    startDate: z.iso.date('give the first day as YYYY-MM-DD'),
    endDate: z.iso.date('give the last day as YYYY-MM-DD'),
    requestedAmount: Money,
    expectedLeads: z.int().nonnegative().optional(),
    expectedPipeline: Money.optional(),
  })
  .openapi('Proposal');
export type Proposal = z.infer<typeof Proposal>;

/** A partner's request for funds from one of its allocations, with its proposal. */
export const CreateFundRequestBody = z
  .strictObject({
    allocationId: z.string().min(1).max(100),
    businessKey: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,150}$/).optional().openapi({ description: 'Your identity of this request; one fund request per key. Required unless the request carries an Idempotency-Key header, from which it is then derived, so a retry finds the first request (400 business_key_required with neither).' }),
    requester: TeamMember.openapi({ description: 'An active person of your directory (email).' }),
    marketingLead: TeamMember.optional().openapi({ description: 'Defaults to the requester.' }),
    proposal: Proposal,
  })
  .openapi('CreateFundRequest');

/** A revised proposal after the vendor asked for changes. */
export const ResubmitProposalBody = z.strictObject({ actor: z.email(), proposal: Proposal }).openapi('ResubmitProposal');

/** A document of a claim: one uploaded here, or a link elsewhere. */
export const DocumentRef = z.union([
  z.strictObject({ documentId: z.string().regex(/^doc_[0-9a-f]{24}$/, 'use the id the upload returned') }),
  z.strictObject({ name: z.string().min(1).max(300), url: z.url({ protocol: /^https?$/, error: 'give an http or https link' }), sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'give the sha256 as 64 hex digits').optional() }),
]);
export type DocumentRef = z.infer<typeof DocumentRef>;

/** A claim with proof of performance, after the activity ended. */
export const ClaimBody = z
  .strictObject({
    actor: z.email(),
    claim: z.strictObject({
      proof: z.array(DocumentRef).min(1, 'attach at least one proof of performance').max(20),
      invoices: z.array(DocumentRef).min(1, 'attach at least one invoice').max(20),
      actualCost: Money,
      attendees: z.int().nonnegative().optional(),
      leads: z.int().nonnegative().optional(),
      pipeline: Money.optional(),
      notes: z.string().max(5000).optional(),
    }),
  })
  .openapi('Claim');

/** The marketing approver's decision on a claim. */
export const ClaimReviewBody = z
  .strictObject({
    actor: z.email(),
    outcome: z.enum(['approve', 'approve_partial', 'request_information', 'deny']),
    approvedAmount: Money.optional().openapi({ description: 'Required with approve_partial; at most the reserved amount.' }),
    reason: z.string().min(1).max(5000).optional().openapi({ description: 'Required with approve_partial.' }),
    comment: z.string().max(5000).optional(),
  })
  .openapi('ClaimReview');

/** Who cancels a fund request and why. */
export const CancelFundRequestBody = z.strictObject({ actor: z.email(), reason: z.string().min(1).max(5000) }).openapi('CancelFundRequest');

/** Filters of the fund request list. */
export const ListFundRequestsQuery = z.strictObject({
  status: z.string().min(1).max(100).optional(),
  partner: z.string().min(1).max(100).optional(),
  period: z.string().min(1).max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The period of a report; all periods when left out. */
export const ReportQuery = z.strictObject({ period: z.string().min(1).max(40).optional() });
/** The CSV holds one table: the rows per partner (default) or per partner and activity type. */
export const ReportCsvQuery = ReportQuery.extend({ by: z.enum(['partner', 'activity']).default('partner').openapi({ description: 'partner: the JSON `rows`; activity: the JSON `activities`.' }) });
